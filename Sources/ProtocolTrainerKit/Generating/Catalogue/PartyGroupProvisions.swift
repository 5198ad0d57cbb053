extension Catalogue {
    /// Party groups and the officers who advise them.
    static let partyGroups: [Provision] = [
        Provision(
            id: "groups-cannot-require-officers",
            topic: .partyGroups,
            match: ProvisionMatch(
                kinds: [.mayNot, .mustNot, .hasRight, .may],
                all: [["group"], ["no power to require", "refuse", "decline", "not obliged", "cannot require", "not be required"]],
                none: ["another group", "other group", "another party group", "other party group"]
            ),
            examples: [
                "Party political groups have no power to require the Town Clerk or any other employee to attend group meetings or to prepare written reports for them, and employees can legitimately refuse to do so.",
                "The Town Clerk has the right to refuse such requests but will not attend a meeting of a party group where some of those attending are not members of the Council.",
                "Officers are not obliged to attend meetings of party groups and may decline any invitation to do so.",
            ],
            nonExamples: [
                "The Town Clerk accepting an invitation to the meeting of one party group shall not decline an invitation to advise another group about the same matters.",
                "The duration of an officer's attendance at a party group meeting will be at the discretion of the group, but an officer may leave at any time if he/she feels it is no longer appropriate to be there.",
                "The Town Clerk may properly be asked to contribute to deliberations of matters concerning Council business by party groups.",
            ],
            frames: [
                Frame(
                    id: "clerk-says-no",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{cllr}, who leads one of the party groups on the council, emails {clerkName}, the {clerk}, asking {clerkName.them} to come to the group's meeting at {cllr.their} house on {day} evening and to bring a written briefing on the options for {place}. {ClerkName.first} replies politely that {clerkName.they} will not be attending. Was {clerkName.first} entitled to turn the request down?",
                    options: [
                        .right("Yes", "Yes. A party group cannot require the {clerk} to attend its meetings or to prepare papers for it, and the {clerk} may refuse ({clause})."),
                        .wrong("No", "No. The {clerk} works for the council as a whole, and is entitled to refuse a party group's request to attend or to write for it ({clause})."),
                    ]
                ),
                Frame(
                    id: "group-leader-refused",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} leads the largest party group on the council. {Cllr.they} invited the {clerk}, {clerkName}, to the group's meeting next week to talk through the plans for {place}, but {clerkName.first} has said no. What should {cllr.short} do now?",
                    options: [
                        .right("Accept the answer, and get the information the group needs through the council's normal channels.",
                               "Yes. A party group cannot make the {clerk} attend its meetings, and the {clerk} is entitled to say no ({clause})."),
                        .wrong("Insist, since {cllr.their} group holds the most seats on the council.",
                               "No. The size of a group makes no difference: no party group can require the {clerk} to attend ({clause})."),
                        .wrong("Put the request in a formal letter, so that the {clerk} has to comply.",
                               "No. Putting it in writing does not turn the request into something the {clerk} must do ({clause})."),
                        .wrong("Complain at the next council meeting that the {clerk} is refusing to help councillors.",
                               "No. The {clerk} was entitled to refuse, and criticising staff in a public meeting is not the way to deal with a disagreement ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "group-discussions-confidential",
            topic: .partyGroups,
            match: ProvisionMatch(
                binds: [.officers, .clerk],
                kinds: [.must, .mustNot, .should, .shouldNot],
                all: [["group"], ["confidential", "relay", "pass on", "report back", "disclose"]]
            ),
            examples: [
                "Officers must respect the confidentiality of any party group discussions at which they are present.",
                "Officers will respect the confidentiality of any party group discussions at which they are present and, unless requested to do so by that party group, will not relay the content of such discussions to another party group or to any other members.",
                "Staff who attend a party group meeting must keep its discussions confidential and must not pass them on to other groups.",
            ],
            nonExamples: [
                "At party group meetings where some of those present are not members of the Council, care must be taken not to divulge confidential information relating to Council business.",
                "Special care needs to be exercised if Officers are involved in providing information and advice to a party group meeting which includes persons who are not Members.",
                "In their dealings with party groups, officers must treat each group in a fair and even-handed manner.",
            ],
            frames: [
                Frame(
                    id: "rival-asks",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "Last week {officer}, the council's {officer.role}, gave a briefing on the budget at one party group's meeting. On {day}, a councillor from another group stops {officer.them} in the high street and asks what the first group is planning to propose. What should {officer.first} do?",
                    options: [
                        .right("Say that {officer.they} cannot share anything from the group's discussion.",
                               "Yes. Officers keep a party group's discussions confidential and do not pass them on to other groups ({clause})."),
                        .wrong("Tell the councillor, since officers must treat every group the same.",
                               "No. Treating groups fairly means keeping each group's discussions private, not sharing them ({clause})."),
                        .wrong("Give the general drift, without saying who said what.",
                               "No. A summary still passes on what was discussed in confidence ({clause})."),
                        .wrong("Tell the {clerk}, and leave it to the {clerk} to decide whether to pass it on.",
                               "No. The discussion is confidential to the group; passing it up the line to be shared is still passing it on ({clause})."),
                    ]
                ),
                Frame(
                    id: "councillor-fishes",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} hears that {officer}, the council's {officer.role}, was at another party group's meeting on {day}. Keen to know what that group is planning for {place}, {cllr.short} asks {officer.first} over a cup of tea what was said. What should {cllr.short} have done?",
                    options: [
                        .right("Not asked: {officer.first} must keep the other group's discussion confidential.",
                               "Yes. Officers respect the confidentiality of party group discussions, so a councillor should not try to get them to pass it on ({clause})."),
                        .wrong("Nothing different: councillors are entitled to any information an officer has.",
                               "No. A councillor's right to information does not cover another group's private discussion, which officers keep confidential ({clause})."),
                        .wrong("Asked by email instead, so that the request was on the record.",
                               "No. Putting it in writing does not change that {officer.first} must keep the discussion confidential ({clause})."),
                        .wrong("Asked the {clerk} instead, who can decide what to share.",
                               "No. The discussion is confidential to that group; asking a more senior officer does not change that ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "officer-support-to-groups-limited",
            topic: .partyGroups,
            match: ProvisionMatch(
                binds: [.officers, .clerk],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: [["party business", "party political business", "council business"], ["advis", "advice", "support"]]
            ),
            examples: [
                "Officers must not be involved in advising on matters of party business, and therefore should not be expected to be present at meetings or parts of meetings when such matters are to be discussed.",
                "Officers must not be involved in advising Members on matters of party political business.",
                "Officer support in these circumstances must not extend beyond providing information and advice in relation to matters of Council business.",
                "Officer support will not extend beyond providing factual information or professional advice in relation to matters of Council business.",
                "Staff should not give advice to party groups on party business or election matters.",
            ],
            nonExamples: [
                "Officers must respect the confidentiality of any party group discussions at which they are present.",
                "Party political groups have no power to require the Town Clerk or any other employee to attend group meetings or to prepare written reports for them, and employees can legitimately refuse to do so.",
                "Officers must assist and advise all parts of the Council.",
            ],
            frames: [
                Frame(
                    id: "by-election-talk",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, has been invited to a party group's meeting to explain the costs of new play equipment for the recreation ground. When {officer.they} has finished, the group moves on to who it should put up in next month's by-election, and asks {officer.first} what {officer.they} thinks. What should {officer.first} do?",
                    options: [
                        .right("Say that {officer.they} can only help with council business, and take no part in that discussion.",
                               "Yes. Officers help party groups only with facts and advice on council business, never with party business such as elections ({clause})."),
                        .wrong("Give a view, since the group asked for it and the meeting is private.",
                               "No. A private meeting makes no difference: officers must not advise on party business ({clause})."),
                        .wrong("Give a view, but ask the group not to put it in their notes.",
                               "No. Keeping it out of the notes does not make it right to advise on party business ({clause})."),
                        .wrong("Give a view, and offer the other groups the same help to be fair.",
                               "No. Being even-handed does not help: no group should get an officer's advice on party business ({clause})."),
                    ]
                ),
                Frame(
                    id: "winning-the-vote",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} leads a party group. Before a close vote on the future of {place}, {cllr.they} asks the {clerk} to come to the group's meeting and help work out how the group can win the argument in the council chamber. What should {cllr.short} have done?",
                    options: [
                        .right("Asked the {clerk} only for the facts and professional advice on the proposal, and left the tactics to the group.",
                               "Yes. Officers can give a party group facts and advice on council business, but not help with party business such as how to win a vote ({clause})."),
                        .wrong("Nothing different: the {clerk} is there to advise councillors.",
                               "No. The {clerk} advises on council business, not on a group's political tactics ({clause})."),
                        .wrong("Asked another member of staff instead, to keep the {clerk} out of it.",
                               "No. No officer should advise a party group on party business ({clause})."),
                        .wrong("Asked, but promised to keep the {clerk}'s help to the group confidential.",
                               "No. Keeping it quiet does not make it right; officers must not advise on party business ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "groups-treated-even-handedly",
            topic: .partyGroups,
            match: ProvisionMatch(
                kinds: [.must, .mustNot, .should, .shouldNot],
                all: [["group"], ["even-handed", "even handed", "fair", "all other political groups", "all other groups", "each group",
                                  "same advice", "favours", "favour one", "another group"]],
                none: ["confidential", "relay"]
            ),
            examples: [
                "In their dealings with party groups, officers must treat each group in a fair and even-handed manner.",
                "If a report is prepared for one political group, the Town Clerk will advise all other political groups that the report has been prepared, or that advice was given.",
                "Special relationships with particular individuals or party-political groups should be avoided as it can create suspicion that an employee favours that Councillor or political group above others.",
                "Staff should treat all party groups fairly and give each group the same information.",
            ],
            nonExamples: [
                "Officers will respect the confidentiality of any party group discussions at which they are present and, unless requested to do so by that party group, will not relay the content of such discussions to another party group or to any other members.",
                "Party political groups have no power to require the Town Clerk or any other employee to attend group meetings or to prepare written reports for them, and employees can legitimately refuse to do so.",
                "Every person must be treated fairly with dignity and respect.",
            ],
            frames: [
                Frame(
                    id: "second-briefing",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "Last month the {clerk}, {clerkName}, gave one party group a briefing on the options for {place}. Now a smaller group asks for a briefing on the same subject. {ClerkName.first} is very busy. What should {clerkName.first} do?",
                    options: [
                        .right("Offer the second group the same help as the first.",
                               "Yes. Officers must deal with every party group fairly and even-handedly, without favouring one ({clause})."),
                        .wrong("Say no, since the first group asked first and the briefing was done.",
                               "No. Helping one group and refusing another on the same matter would favour the first group ({clause})."),
                        .wrong("Agree, but give a shorter version, as it is the smaller group.",
                               "No. Even-handed means the same help whatever the group's size ({clause})."),
                        .wrong("Agree, and tell the second group what the first group said in its meeting.",
                               "No. Being fair to both groups does not mean passing on one group's private discussion ({clause})."),
                    ]
                ),
                Frame(
                    id: "handed-to-opposition",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} leads the largest party group. {Cllr.they} finds out that the {clerk} has given the other group the same briefing on the budget that {cllr.their} group asked for, and complains that {cllr.their} group's work is being handed to the opposition. Was the {clerk} right to brief both groups?",
                    options: [
                        .right("Yes", "Yes. Officers must treat the party groups fairly and even-handedly; a briefing for one group is not a favour to keep from the others ({clause})."),
                        .wrong("No", "No. Officers must not favour one group over another, so giving both groups the same briefing was right ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "group-advice-not-quoted-in-public",
            topic: .partyGroups,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.must, .mustNot, .shouldNot],
                all: [["group"], ["refer", "quote", "mention", "disclose"], ["in public", "public meeting", "meetings of the council"],
                      ["advice"]]
            ),
            examples: [
                "No member will refer in public or at meetings of the Council to advice or information given by officers to a party group meeting.",
                "Members should not quote in public any advice given by an officer to a party group.",
                "Councillors must not refer at public meetings to advice given by staff at a party group meeting.",
            ],
            nonExamples: [
                "This policy prohibits Members raising matters related to the conduct or capability of employees in public.",
                "Officers must respect the confidentiality of any party group discussions at which they are present.",
            ],
            frames: [
                Frame(
                    id: "chamber-quote",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "During a heated council debate on the new car park charges, {cllr} tells the chamber: \"Our group was told by the {clerk} last week that the other side's plan simply won't work.\" What should {cllr.short} have done?",
                    options: [
                        .right("Argued the case without mentioning what the {clerk} told the group.",
                               "Yes. Councillors must not refer in public, or at council meetings, to advice an officer gave a party group ({clause})."),
                        .wrong("Nothing different, as long as it is an accurate account of the advice.",
                               "No. However accurate, advice given to a party group must not be quoted at a council meeting ({clause})."),
                        .wrong("Quoted the advice without saying which officer gave it.",
                               "No. Leaving out the name does not help: the rule covers any advice given to a party group ({clause})."),
                        .wrong("Waited and posted the advice on the group's website after the meeting.",
                               "No. Making it public online is referring to it in public just the same ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
