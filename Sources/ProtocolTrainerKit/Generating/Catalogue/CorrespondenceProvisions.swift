extension Catalogue {
    /// Correspondence between councillors and officers.
    static let correspondence: [Provision] = [
        Provision(
            id: "no-blind-copies",
            topic: .correspondence,
            match: ProvisionMatch(
                kinds: [.shouldNot, .mustNot, .mayNot, .should, .must],
                all: [["correspondence", "letter", "email", "e-mail", "blind", "silent"],
                      ["copied", "copies", "copy"],
                      ["another member", "other member", "another councillor", "other councillor", "blind", "silent"]]
            ),
            examples: [
                "Correspondence between an individual member and an officer should not be copied to another member unless the author expressly intends and states that this is the case or consents.",
                "Correspondence between an individual member and an officer should not normally be copied (by the officer) to any other member.",
                "Where correspondence is copied, this should always be made explicit, i.e. there should be no “blind” copies.",
                "Officers should not send blind copies of a councillor's emails to other councillors.",
            ],
            nonExamples: [
                "Official letters written on behalf of the Council should normally be in the name of the relevant officer.",
                "A member may not pass a copy of any confidential document to another member.",
                "Copies of all agendas and minutes will be sent to every member of the Council.",
                "Members should reply promptly to letters and emails from officers.",
            ],
            frames: [
                Frame(
                    id: "keep-me-in-the-loop",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} emails {officer}, the council's {officer.role}, with questions about a grant application from the local youth club. The next day {cllr2}, who represents the same ward, asks {officer.first} to blind-copy {cllr2.them} into anything {cllr.short} sends about the club, \"just to keep me in the loop\". What should {officer.first} do?",
                    options: [
                        .right("Tell {cllr2.short} that {officer.they} will not copy {cllr.short}'s emails to anyone without {cllr.short} knowing.",
                               "Yes. A councillor's correspondence with an officer is not passed to another councillor without the writer knowing, and there are no hidden copies ({clause})."),
                        .wrong("Do as {cllr2.short} asks, since both councillors represent the same ward.",
                               "No. Sharing a ward does not entitle one councillor to see another's correspondence with an officer, least of all by a hidden copy ({clause})."),
                        .wrong("Forward the emails to {cllr2.short}, asking {cllr2.them} to keep them to {cllr2.them}self.",
                               "No. Asking for discretion does not make a hidden copy acceptable: {cllr.short} would still not know {cllr.their} emails had been passed on ({clause})."),
                        .wrong("Ask the Chair of the council to decide whether {cllr2.short} should be copied in.",
                               "No. This is not for the Chair to decide. Correspondence is not copied to another councillor without the writer knowing, and never blind ({clause})."),
                    ]
                ),
                Frame(
                    id: "found-out",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} emails {officer}, the council's {officer.role}, for advice about a dispute between two stallholders at the farmers' market. A week later {cllr2} mentions the email in passing. {cllr.short} had no idea that {officer.first} had copied it to {cllr2.short}. Was {officer.first} right to do that?",
                    options: [
                        .wrong("Yes", "No. The email was passed on without {cllr.short} knowing, and the protocol rules out hidden copies ({clause})."),
                        .right("No", "Right. A councillor's correspondence with an officer should not be passed to another councillor without the writer knowing, and blind copies are not allowed ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "letters-in-officers-name",
            topic: .correspondence,
            match: ProvisionMatch(
                kinds: [.should, .shouldNot, .must, .mustNot],
                all: [["letter", "correspondence"],
                      ["in the name of", "sent out in the name", "signed by"],
                      ["on behalf of the council", "official", "obligation", "legally"]],
                none: ["own name"]
            ),
            examples: [
                "Official letters written on behalf of the Council should normally be in the name of the relevant officer.",
                "Letters which create legally enforceable obligations or which give instructions on behalf of the Council should never be sent in the name of a member.",
                "Official letters on behalf of the Council should normally be sent out in the name of the appropriate officer, rather than in the name of a member.",
                "Letters which, for example, create obligations or give instructions on behalf of the Council should never be sent out in the name of a member.",
            ],
            nonExamples: [
                "The Town Mayor may initiate correspondence in his/her own name.",
                "When writing in an individual capacity as a member, a member must make clear that fact.",
                "All written correspondence about Council business should be undertaken by Council email or letter.",
            ],
            frames: [
                Frame(
                    id: "contractor-order",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "The Amenities Committee has agreed to hire a firm to resurface the paths at the recreation ground. {cllr}, who chairs the committee, wants the work to start quickly, so {cllr.they} drafts a letter to the firm on council headed paper confirming the order, ready to sign it {cllr.them}self. What should {cllr.they} do instead?",
                    options: [
                        .right("Pass it to the {clerk}, so that the letter goes out in the name of an officer.",
                               "Yes. Letters written for the council, above all ones that commit it to a contract, go out in an officer's name, not a councillor's ({clause})."),
                        .wrong("Sign it as Chair: the committee has made the decision, so {cllr.they} is only carrying it out.",
                               "No. Officers carry out the committee's decisions. A letter that acts for the council should not go out in a councillor's name, the Chair's included ({clause}).",
                               unless: [["chair", "sign"], ["chairman", "sign"], ["mayor", "sign"]]),
                        .wrong("Sign it {cllr.them}self, but copy the {clerk} in so that the office has a record.",
                               "No. Copying the {clerk} in does not change whose name the letter is in; it should come from an officer ({clause})."),
                        .wrong("Send the order by email from {cllr.their} own account instead, so that it is not on headed paper.",
                               "No. An email placing the council's order is still a letter on the council's behalf in a councillor's name; it should come from an officer ({clause})."),
                    ]
                ),
                Frame(
                    id: "caterers",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "The Events Committee has decided to end the contract with the caterers for the summer fair. {cllr}, who chairs the committee, asks {officer}, the council's {officer.role}, to type the letter to the caterers so that {cllr.short} can sign it and send it in {cllr.their} own name. {Officer.first} says that the letter should go out in an officer's name instead. Was {officer.first} right?",
                    options: [
                        .right("Yes", "Yes. Letters that act for the council, such as ending a contract, go out in an officer's name, not a councillor's ({clause})."),
                        .wrong("No", "No. Chairing the committee does not change this: the council's letters go out in an officer's name ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "writing-as-individual",
            topic: .correspondence,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.must, .should],
                all: [["writing", "writes", "write ", "letter", "correspondence"],
                      ["individual capacity", "personal capacity", "own capacity", "as a ward", "not on behalf", "not writing on behalf"],
                      ["clear"]]
            ),
            examples: [
                "When writing in an individual capacity as a member, a member must make clear that fact.",
                "Where a member writes in an individual capacity, for example as a ward councillor, they must make this clear.",
                "Councillors writing in a personal capacity should make it clear that they are not writing on behalf of the Council.",
            ],
            nonExamples: [
                "Members should make clear to the press in what capacity they are speaking.",
                "Official letters written on behalf of the Council should normally be in the name of the relevant officer.",
                "The Town Mayor may initiate correspondence in his/her own name.",
            ],
            frames: [
                Frame(
                    id: "bus-stop",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is unhappy that the county council plans to remove the bus stop outside the library. The matter has not been discussed by {council}, but {cllr.they} wants to write to the county's transport team to object, signing as a councillor. What must {cllr.they} make clear in the letter?",
                    options: [
                        .right("That {cllr.they} is writing as an individual councillor, not for the council.",
                               "Yes. A councillor writing in an individual capacity must make that clear, so that nobody takes the letter as the council's view ({clause})."),
                        .wrong("That the {clerk} has read and approved the letter.",
                               "No. The {clerk} does not approve a councillor's own letters. What {cllr.they} must make clear is that {cllr.they} is writing as an individual ({clause})."),
                        .wrong("Nothing: a councillor's letter carries the council's authority anyway.",
                               "No. A councillor on {cllr.their} own does not speak for the council, so {cllr.they} must make clear that the letter is {cllr.their} own ({clause})."),
                        .wrong("That the council will back {cllr.their} objection at its next meeting.",
                               "No. {Cllr.they} cannot promise what the council will decide; {cllr.they} must make clear that the letter is {cllr.their} own ({clause})."),
                    ]
                ),
                Frame(
                    id: "letters-page",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} writes to the letters page of the local paper attacking plans for new parking charges in the town. {Cllr.they} signs it with {cllr.their} councillor title and says nothing about whose view it is. The paper prints it under the headline \"Council slams parking plans\". Did {cllr.short} do what the protocol asks?",
                    options: [
                        .wrong("Yes", "No. {Cllr.they} was writing as an individual, so {cllr.they} needed to say so; as it was, readers took the letter as the council's view ({clause})."),
                        .right("No", "Right. When a councillor writes in an individual capacity, {cllr.they} must make that clear; signing only as a councillor let readers take it as the council's view ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "council-email",
            topic: .correspondence,
            match: ProvisionMatch(
                kinds: [.must, .should],
                all: [["email", "e-mail"],
                      ["council email", "council e-mail", "council's email", "council's e-mail", "council-provided", "official email",
                       "official e-mail"]],
                none: ["encouraged"]
            ),
            examples: [
                "All written correspondence about Council business should be undertaken by Council email or letter.",
                "Councillors must use their council email account for all correspondence about council business.",
                "Members should use the council's email system for council business and not personal email accounts.",
            ],
            nonExamples: [
                "Members are encouraged to make use of Council's e-mail facility.",
                "Members should reply promptly to emails from officers.",
                "Correspondence between an individual member and an officer should not be copied to another member.",
            ],
            frames: [
                Frame(
                    id: "facebook-messages",
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "For the past month {cllr} has been sending {officer}, the council's {officer.role}, questions about the budget for {place} as Facebook messages, and {officer.first} has been answering there. How should they be writing to each other about council business?",
                    options: [
                        .right("Through the council's email, not social media messages.",
                               "Yes. Written correspondence about council business should go through the council's email, not social media ({clause})."),
                        .wrong("Any way they like, as long as both of them keep copies.",
                               "No. Keeping copies is not enough: council business should go through the council's own email ({clause})."),
                        .wrong("By text message, which is quicker and just as private.",
                               "No. Text messages are no better than Facebook; council business should go through the council's email ({clause})."),
                        .wrong("Through {cllr.short}'s personal email account, so that it is at least in writing.",
                               "No. A personal email account is not the council's; council business should go through council email ({clause})."),
                    ]
                ),
                Frame(
                    id: "resend-please",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "On a {day} morning {clerkName}, the {clerk}, finds a request from {cllr} about the allotment waiting list, sent as a message to {clerkName.first}'s personal Facebook account. {ClerkName.first} replies asking {cllr.short} to send it again by council email. Was {clerkName.first} right to ask?",
                    options: [
                        .right("Yes", "Yes. Correspondence about council business should go through the council's email, not personal social media accounts ({clause})."),
                        .wrong("No", "No. The protocol asks for council business to be written through council email, so asking was right ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
