extension Catalogue {
    /// Officers are politically neutral; councillors do not compromise that.
    static let neutrality: [Provision] = [
        Provision(
            id: "officers-politically-impartial",
            topic: .neutrality,
            match: ProvisionMatch(
                binds: [.officers],
                kinds: [.must, .mustNot, .should, .shouldNot, .canExpect],
                all: [["political bias", "politically neutral", "politically impartial", "political neutrality", "political opinions",
                       "political views", "personal or political", "objectively", "impartial"]],
                // "They must still respect the impartiality of Officers and must not ask them …" is about councillors.
                none: ["respect the impartiality", "compromise", "prejudice"]
            ),
            examples: [
                "Officers are required to discharge their responsibilities in a professional manner and without political bias or favour.",
                "Officers are required to discharge their responsibilities without political bias or favour.",
                "Officers must not allow their personal or political opinions to influence or interfere with their work.",
                "Officers must serve the whole Council objectively.",
                "Staff must remain politically neutral in all their work for the council.",
            ],
            nonExamples: [
                "Officers must not be involved in advising Members on matters of party political business.",
                "Members should raise with the Town Clerk any concerns about the political neutrality of an Officer.",
                "Members must not do anything which compromises or is likely to compromise officers' impartiality.",
                "Officers must respect the confidentiality of any party group discussions at which they are present.",
                "However, they must still respect the impartiality of Officers and must not ask them to undertake work of a party political nature.",
            ],
            frames: [
                Frame(
                    id: "toilets-report",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, is writing a report on whether to close the public toilets at {place}. One party group wants to keep them open and {officer.first} privately agrees. {Officer.they} is tempted to leave the running costs out of the report. What should {officer.first} do?",
                    options: [
                        .right("Set out the facts and options fairly, costs included, whatever {officer.their} own view.",
                               "Yes. Officers do their work without political bias, so the report must be fair to every side ({clause})."),
                        .wrong("Leave the costs out: what goes into a report is for the officer to judge.",
                               "No. Leaving out facts because they do not suit {officer.their} view would let politics shape the report ({clause})."),
                        .wrong("Include the costs, but add a line saying which side {officer.they} agrees with.",
                               "No. An officer's work should not take a political side; the report should give the facts and options, not {officer.their} politics ({clause})."),
                        .wrong("Ask the leader of that group to check the draft before it goes out.",
                               "No. Letting one group shape the report would favour it over the others ({clause})."),
                    ]
                ),
                Frame(
                    id: "precept-counter",
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "At the council office counter on a {day}, a resident asks {officer}, the council's {officer.role}, which of the party groups is to blame for this year's rise in council tax. What should {officer.first} say?",
                    options: [
                        .right("Explain what the council decided and why, without taking sides between the groups.",
                               "Yes. Officers serve the whole council and must not show political bias. {Officer.first} can give the facts but not take sides ({clause})."),
                        .wrong("Give an honest view, as long as {officer.they} says it is only {officer.their} own opinion.",
                               "No. Calling it a personal opinion does not help: a member of staff taking a political side at work is what the protocol rules out ({clause})."),
                        .wrong("Say that {officer.they} cannot comment on politics, but that {officer.they} thinks the rise is too high.",
                               "No. That is still giving a political view while at work, which an officer must not do ({clause})."),
                        .wrong("Suggest the resident speaks to the group that voted against the rise, as it can explain what went wrong.",
                               "No. Pointing the resident to one group, and calling the decision a mistake, takes that group's side ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "no-party-political-work-from-officers",
            topic: .neutrality,
            match: ProvisionMatch(
                kinds: [.must, .mustNot, .should, .shouldNot, .mayNot],
                all: [["party political", "party-political", "political party", "political nature"], ["ask", "request"]],
                none: ["surger"]
            ),
            examples: [
                "However, they must still respect the impartiality of Officers and must not ask them to undertake work of a party political nature or to do anything which could prejudice their impartiality.",
                "Officers should not take part, and Members should not ask Officers to take part, in any activity which could be seen as influencing support for a political party.",
                "Councillors must not ask officers to carry out work of a party political nature.",
                "Members should not request staff to help with work for a political party or an election campaign.",
            ],
            nonExamples: [
                "Party political groups have no power to require the Town Clerk or any other employee to attend group meetings or to prepare written reports for them, and employees can legitimately refuse to do so.",
                "Whilst support for members' ward work is legitimate, staff should not be asked to accompany members to surgeries.",
                "Officers must not be involved in advising Members on matters of party political business.",
            ],
            frames: [
                Frame(
                    id: "campaign-leaflet",
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr}, who chairs the council's Amenities Committee, is standing for re-election in May. {Cllr.they} asks {officer}, the council's {officer.role}, to check the spelling in {cllr.their} party group's campaign leaflet during {officer.their} lunch break, \"just as a favour\". What should {cllr.short} have done?",
                    options: [
                        .right("Not asked at all: a party's campaign leaflet is political work that staff must not be drawn into.",
                               "Yes. Councillors, chairs included, must not ask staff to do party political work; it compromises their neutrality ({clause})."),
                        .wrong("Nothing different: it was in {officer.first}'s own lunch break, not council time.",
                               "No. The problem is drawing a member of staff into party political work, whenever it happens ({clause})."),
                        .wrong("Asked the {clerk} instead, as the most senior member of staff.",
                               "No. The {clerk} is an officer too and must stay politically neutral ({clause})."),
                        .wrong("Offered to pay {officer.first} for the time, to keep it separate from council work.",
                               "No. Paying for it does not change that it is party political work for a member of staff ({clause})."),
                    ]
                ),
                Frame(
                    id: "group-newsletter",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{cllr}, who chairs the council's Finance Committee, asks {officer}, the council's {officer.role}, to write a piece for {cllr.their} party group's newsletter explaining why the group voted against new parking charges. {Officer.first} politely says no. Was {officer.first} right to say no?",
                    options: [
                        .right("Yes", "Yes. Writing for a party group's newsletter is party political work, and councillors must not ask staff to do it ({clause})."),
                        .wrong("No", "No. Whoever asks, and however senior, a member of staff should not be asked to do party political work ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "councillors-protect-officer-impartiality",
            topic: .neutrality,
            match: ProvisionMatch(
                binds: [.councillors, .chairs, .both],
                kinds: [.must, .mustNot, .should, .shouldNot],
                all: [["impartiality", "neutrality"], ["compromise", "prejudice", "undermine", "respect the"]]
            ),
            examples: [
                "Members must not do anything which compromises or is likely to compromise officers' impartiality.",
                "Members must respect the impartiality of officers and do nothing to compromise it, e.g. by insisting that an officer change his/her professional advice.",
                "The Code of Conduct for Councillors states that members should \"not do anything which comprises or which is likely to compromise the impartiality of those who work for, or on behalf of, the authority\" and they \"should treat others with respect\".",
                "Councillors should not do anything that could undermine the political neutrality of staff.",
            ],
            nonExamples: [
                "Officers are required to discharge their responsibilities without political bias or favour.",
                "Members should raise with the Town Clerk any concerns about the political neutrality of an Officer.",
                "Officers have a contractual and legal duty to be impartial.",
            ],
            frames: [
                Frame(
                    id: "claims-clerk-backing",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "At a packed public meeting about the future of {place}, {cllr} tells the audience that the {clerk} privately agrees with {cllr.their} party group's plan. What should {cllr.short} have done?",
                    options: [
                        .right("Made the group's case without claiming the {clerk}'s support.",
                               "Yes. Claiming an officer backs one side drags the officer into politics and compromises their impartiality ({clause})."),
                        .wrong("Nothing different, as long as the {clerk} really did say so.",
                               "No. True or not, telling the public an officer is on one side compromises the officer's impartiality ({clause})."),
                        .wrong("Said it only on {cllr.their} own Facebook page, not at the meeting.",
                               "No. Saying it online does the same damage to the officer's impartiality ({clause})."),
                        .wrong("Asked the {clerk} to stand up and confirm it at the meeting.",
                               "No. That would put the {clerk} on one side in public, which is exactly what councillors must avoid ({clause})."),
                    ]
                ),
                Frame(
                    id: "market-stall",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr}'s party group is running a stall outside the supermarket on Saturday to collect views on the council's plans for {place}. {Cllr.they} asks {officer}, the council's {officer.role}, to stand on the stall for an hour to answer residents' questions. What should {cllr.short} have done?",
                    options: [
                        .right("Not asked: being seen on a party group's stall would compromise {officer.first}'s impartiality.",
                               "Yes. Councillors must not do anything that compromises an officer's political impartiality, and a party stall would tie {officer.first} to one group ({clause})."),
                        .wrong("Nothing different, as long as {officer.first} only answers factual questions.",
                               "No. Even answering only facts, standing on a party group's stall links the officer with that group ({clause})."),
                        .wrong("Asked {officer.first} to do it on {officer.their} day off instead.",
                               "No. A day off does not stop residents seeing a council officer helping a party group ({clause})."),
                        .wrong("Asked the {clerk} to agree to it first.",
                               "No. The {clerk}'s agreement would not stop it compromising {officer.first}'s impartiality ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "neutrality-concerns-to-clerk",
            topic: .neutrality,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.concernGoesTo, .should],
                all: [["neutrality", "impartiality", "political bias", "politically"], ["clerk", "proper officer", "chief executive", "head of paid service"]]
            ),
            examples: [
                "Members should raise with the Town Clerk any concerns about the political neutrality of an Officer.",
                "Councillors should raise any concern about the impartiality of a member of staff with the Clerk.",
                "Any concerns a Member has about the political neutrality of an officer should be referred to the Chief Executive.",
            ],
            nonExamples: [
                "Members must not do anything which compromises or is likely to compromise officers' impartiality.",
                "If a Councillor is dissatisfied with the conduct, behaviour or performance of the Town Clerk or another employee, the matter should be raised with the Town Clerk in the first instance.",
            ],
            frames: [
                Frame(
                    id: "slanted-report",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} reads the draft report on new allotment rents by {officer}, the council's {officer.role}, and feels it is slanted towards another party group's position. What should {cllr.short} do?",
                    options: [
                        .right("Raise the concern with the {clerk}.",
                               "Yes. Concerns about an officer's political neutrality go to the {clerk} ({clause})."),
                        .wrong("Say at the committee meeting, in front of the public, that the report is biased.",
                               "No. Concerns about an officer's neutrality go to the {clerk}, not out in public ({clause})."),
                        .wrong("Ask {cllr.their} group leader to have a word with {officer.first}.",
                               "No. Party groups have no part in how staff are managed; the concern goes to the {clerk} ({clause})."),
                        .wrong("Post about it in a residents' Facebook group to warn people.",
                               "No. Concerns about an officer's neutrality go to the {clerk}, not to social media ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
