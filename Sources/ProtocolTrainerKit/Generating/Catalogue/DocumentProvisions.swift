extension Catalogue {
    /// Councillors' access to documents and information.
    static let documents: [Provision] = [
        Provision(
            id: "inspect-documents",
            topic: .documents,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.may, .hasRight],
                all: [["inspect", "see", "access to", "copy of"], ["document", "papers"]],
                none: ["need to know", "third party", "decline", "pecuniary", "interest"]
            ),
            examples: [
                "Any Councillor may inspect and make a copy of any document in the possession or under the control of the Council and which the Councillor may require in the course of their duties as a Member of the Council – subject to 2.6 below",
                "Any elected member of the Council may inspect and make a copy of any document in the possession or under the control of the Council and which the member may require in the course of his/her duties as a member of the Council.",
                "Every member of a committee or sub-committee has a right to inspect documents about the business of that committee or sub-committee.",
                "Councillors have the right to inspect any council document which they reasonably need to carry out their duties as councillors.",
            ],
            nonExamples: [
                "A Councillor may not knowingly inspect or call for a copy of any document relating to a matter in which they have a professional, personal pecuniary interest.",
                "The Proper Officer may decline to allow inspection of any document which in his/her opinion discloses exempt information.",
                "A councillor who does not sit on a committee may see its papers only where he or she can show a need to know the information in order to perform his or her duties as a councillor.",
                "Members have a right of access to Council land and premises to fulfil their duties.",
            ],
            frames: [
                Frame(
                    id: "roof-survey",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} sits on the committee that looks after the council's buildings. Ahead of the committee's next meeting, {cllr.they} asks {officer}, who works in the council office, for the surveyor's report on the roof of the sports pavilion. {Officer.first} is unsure whether councillors may see a report before it goes out with an agenda. What should {officer.first} do?",
                    options: [
                        .right("Let {cllr.short} see the report, since {cllr.they} needs it for {cllr.their} council work.",
                               "Yes. A councillor may inspect council documents that {cllr.they} needs for {cllr.their} work as a councillor, and this report is about the business of {cllr.their} committee ({clause})."),
                        .wrong("Tell {cllr.short} to wait until the report is sent out with the agenda.",
                               "No. The right to inspect documents does not wait for the agenda; {cllr.short} needs the report now to prepare ({clause})."),
                        .wrong("Ask {cllr.short} to make a Freedom of Information request, like any member of the public.",
                               "No. That is the public's route. A councillor has {cllr.their} own right to see documents needed for council work ({clause})."),
                        .wrong("Show it only if the Chair of the committee agrees.",
                               "No. The right belongs to each councillor; it does not depend on the Chair's say-so ({clause}).",
                               unless: [["chair", "document"], ["chairman", "document"]]),
                    ]
                ),
                Frame(
                    id: "play-inspection",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} sits on the committee that looks after the council's play areas. Ahead of a debate on safety there, {cllr.they} asks to see the latest inspection report on the swings and climbing frames. The office tells {cllr.them} that councillors only see what is in the agenda papers. Is that right?",
                    options: [
                        .wrong("Yes", "No. A councillor may inspect council documents that {cllr.they} needs for {cllr.their} council work, not only what is in the agenda ({clause})."),
                        .right("No", "Right. {Cllr.short} needs the report for {cllr.their} work on the committee, and councillors may inspect council documents they need for that ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "exempt-information-withheld",
            topic: .documents,
            match: ProvisionMatch(
                binds: [.clerk, .officers],
                kinds: [.may, .hasRight],
                all: [["decline", "refuse", "withhold"], ["exempt", "confidential"], ["inspect", "document", "papers"]]
            ),
            examples: [
                "The Proper Officer may decline to allow inspection of any document which in his/her opinion discloses exempt information of a description falling within paragraphs 1 to 6, 9, 11, 12 and 14 of Part I of Schedule 12A to the Local Government Act 1972 (as amended).",
                "The Clerk may refuse to allow a councillor to inspect any document which contains exempt information.",
                "The Town Clerk may withhold from inspection any papers which, in his or her opinion, disclose exempt information as defined by the Local Government Act 1972.",
            ],
            nonExamples: [
                "Any elected member of the Council may inspect and make a copy of any document in the possession or under the control of the Council and which the member may require in the course of his/her duties as a member of the Council.",
                "The Town Clerk has the right to refuse such requests but will not attend a meeting of a party group where some of those attending are not members of the Council.",
            ],
            frames: [
                Frame(
                    id: "sickness-file",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} asks {clerkName}, the {clerk}, to let {cllr.them} look through the file on a member of staff's long sickness absence, saying {cllr.they} is worried about the cost. The file is full of personal details about that employee's health, which count as exempt information. What is the position?",
                    options: [
                        .right("{ClerkName.first} may decline to let {cllr.short} inspect the file.",
                               "Yes. The {clerk} may decline to allow inspection of a document that discloses exempt information, such as personal details about an employee ({clause})."),
                        .wrong("{ClerkName.first} must hand it over, because any councillor may inspect any council document.",
                               "No. The general right to inspect documents does not stop the {clerk} declining where a document discloses exempt information ({clause})."),
                        .wrong("{ClerkName.first} must hand it over if {cllr.short} promises to keep it confidential.",
                               "No. A promise of confidentiality does not change what the file contains; the {clerk} may still decline ({clause})."),
                        .wrong("{ClerkName.first} may decline only if the Chair of the council agrees.",
                               "No. The power to decline is the {clerk}'s; it does not depend on the Chair ({clause}).",
                               unless: [["chair", "exempt"], ["chairman", "exempt"], ["mayor", "exempt"]]),
                    ]
                ),
                Frame(
                    id: "tenant-arrears",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} asks to see the council's papers on a named allotment tenant who is behind with the rent, which set out the tenant's personal circumstances. The {clerk} declines, saying the papers contain exempt information. Was the {clerk} entitled to decline?",
                    options: [
                        .right("Yes", "Yes. The {clerk} may decline to let a councillor inspect a document that discloses exempt information, such as an individual's personal circumstances ({clause})."),
                        .wrong("No", "No. A councillor's right to inspect council documents does not override the {clerk}'s power to decline where a document discloses exempt information ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "need-to-know",
            topic: .documents,
            match: ProvisionMatch(
                binds: [.councillors],
                all: [["need to know", "need to see", "reasonable need", "genuine need"], ["document", "papers", "information"]],
                none: ["dispute", "determined by", "decided by"]
            ),
            examples: [
                "he/she can demonstrate a reasonable need to see the documents in order to carry out his/her roles as a member (the \"need to know\" principle), and",
                "A councillor who does not sit on a committee may see its papers only where he or she can show a need to know the information in order to perform his or her duties as a councillor.",
                "Councillors should only be given access to documents held by another committee where they can show a genuine need to know.",
            ],
            nonExamples: [
                "Disputes as to the validity of a member's request to see a document on a need to know basis will be determined by the Town Clerk.",
                "Every member of a committee or sub-committee has a right to inspect documents about the business of that committee or sub-committee.",
                "To enable them to carry out their ward role effectively, members need to be fully informed about matters affecting the town.",
            ],
            frames: [
                Frame(
                    id: "cafe-file",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} does not sit on the committee dealing with the new lease for the café in the park. {Cllr.they} asks the office for that committee's file on the lease. What will {cllr.short} need to show to be given it?",
                    options: [
                        .right("That {cllr.they} reasonably needs to see it to carry out {cllr.their} role as a councillor.",
                               "Yes. A councillor who is not on the committee may see its papers where {cllr.they} can show a reasonable need to see them for {cllr.their} work: the \"need to know\" test ({clause})."),
                        .wrong("Nothing: every councillor may see every council document.",
                               "No. For a committee {cllr.they} does not sit on, {cllr.they} must show a need to know ({clause})."),
                        .wrong("That the Chair of that committee has agreed.",
                               "No. The test is whether {cllr.short} needs to see the papers for {cllr.their} role, not whether the Chair agrees ({clause}).",
                               unless: [["chair", "agree"], ["chair", "consent"], ["chairman", "agree"], ["chairman", "consent"]]),
                        .wrong("That {cllr.they} will keep the file confidential.",
                               "No. A promise of confidentiality is not the test; the test is whether {cllr.they} needs the papers for {cllr.their} role ({clause})."),
                    ]
                ),
                Frame(
                    id: "asked-why",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr}, who is not on the events committee, asks {officer}, who works in the council office, for all that committee's papers on the plans for the Christmas lights. {Officer.first} asks {cllr.short} why {cllr.they} needs them for {cllr.their} work as a councillor. Was {officer.first} right to ask?",
                    options: [
                        .right("Yes", "Yes. A councillor who is not on the committee may see its papers where {cllr.they} can show a reasonable need to see them, so the question is a fair one ({clause})."),
                        .wrong("No", "No. Outside {cllr.their} own committees, {cllr.short} has to be able to show a need to know. Asking about it is not obstruction ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "information-for-purpose",
            topic: .documents,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.must, .mustNot, .should, .shouldNot, .mayNot],
                all: [["information"], ["purpose for which", "purposes for which", "purpose it was", "purpose they were"]]
            ),
            examples: [
                "Information given to a member must only be used for the purpose for which it was requested.",
                "Councillors must only use information provided by officers for the purpose for which it was provided.",
                "Members should use information obtained from the Clerk only for the purposes for which it was supplied.",
            ],
            nonExamples: [
                "Members may request the Town Clerk to provide them with such information, explanation and advice as they may reasonably need to assist them to discharge their roles as members.",
                "Council equipment and supplies e.g., stationery provided to Councillors must only be used to assist them in their role as members of the Council.",
            ],
            frames: [
                Frame(
                    id: "allotment-list",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} asked the office for the contact details of the council's allotment holders, to sort out their complaints about the water supply. A month later, {cllr.they} wants to use the list to invite them all to a summer barbecue run by {cllr.their} party group. What should {cllr.short} do?",
                    options: [
                        .right("Not use the list for the barbecue, because it was given for dealing with the water complaints.",
                               "Yes. Information given to a councillor may only be used for the purpose it was asked for ({clause})."),
                        .wrong("Use it, since {cllr.they} is the ward councillor and the allotment holders are {cllr.their} constituents.",
                               "No. Being the ward councillor does not widen the purpose the list was given for ({clause})."),
                        .wrong("Use it just this once, then delete it.",
                               "No. Deleting it afterwards does not change the fact that it was used for a different purpose ({clause})."),
                        .wrong("Ask the office to send out the invitations instead, so that {cllr.they} never touches the list.",
                               "No. Having someone else send the invitations still uses the list for a purpose it was not given for ({clause})."),
                    ]
                ),
                Frame(
                    id: "petition-names",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} asked the {clerk} for the names of residents who had complained about noise from a late-night takeaway, so that {cllr.they} could visit them about their complaints. A neighbour who is organising a petition against the noise now asks {cllr.short} for the names. May {cllr.short} pass them on?",
                    options: [
                        .wrong("Yes", "No. The names were given to {cllr.short} to follow up the complaints, and may only be used for that ({clause})."),
                        .right("No", "Right. Information given to a councillor may only be used for the purpose it was asked for. Handing it to someone else for a petition is a different purpose ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "third-party-information",
            topic: .documents,
            match: ProvisionMatch(
                kinds: [.must, .mustNot, .should, .shouldNot, .mayNot, .statement],
                all: [["third party", "constituent", "on behalf of"], ["public domain", "publicly available", "already public"]]
            ),
            examples: [
                "Where information is requested on behalf of a third party, it will only be provided if it is in the public domain and it is not barred by the Data Protection Act from being given.",
                "Information requested by a councillor on behalf of a constituent will only be given if it is already in the public domain and data protection law allows it to be disclosed.",
                "Information sought by a member for a third party will be provided only where it is publicly available and its release would not breach the Data Protection Act.",
            ],
            nonExamples: [
                "This may range from general information about some aspect of the Council's services to specific information on behalf of a constituent.",
                "Members may request the Town Clerk to provide them with such information, explanation and advice as they may reasonably need to assist them to discharge their roles as members.",
            ],
            frames: [
                Frame(
                    id: "hedge-complaint",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} rings {officer}, who works in the council office. A resident in {cllr.their} ward has heard that a neighbour complained to the council about her overgrown hedge, and wants to know who it was. {Cllr.short} asks for the neighbour's name so that {cllr.they} can pass it on. What should {officer.first} do?",
                    options: [
                        .right("Explain that the name cannot be given out, because it is not public information.",
                               "Yes. Information asked for on behalf of someone else is only given if it is already public, and a complainant's name is not ({clause})."),
                        .wrong("Give the name, since councillors may ask for information to help their constituents.",
                               "No. A councillor may ask for information for casework, but information wanted for a third party is only given if it is already public ({clause})."),
                        .wrong("Give the name, as long as {cllr.short} promises to keep it to {cllr.them}self.",
                               "No. The name is being asked for on the resident's behalf, and a promise does not make it public information ({clause})."),
                    ]
                ),
                Frame(
                    id: "shelter-cost",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "A resident asks {cllr} how much the council paid for the new bus shelter outside the library. The figure was given in the minutes of a public council meeting. {Cllr.short} asks {officer}, who works in the council office, for it so that {cllr.they} can pass it on. May {officer.first} give {cllr.short} the figure?",
                    options: [
                        .right("Yes", "Yes. The figure is already public, in the minutes, and is not personal information, so it can be given for the resident ({clause})."),
                        .wrong("No", "No. Information for a third party can be given where it is already in the public domain, as this figure is ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
