extension Catalogue {
    /// Interests: pecuniary and prejudicial interests.
    static let interests: [Provision] = [
        Provision(
            id: "interest-documents",
            topic: .interests,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.mayNot, .mustNot, .shouldNot],
                all: [
                    ["document", "papers"],
                    ["inspect", "see", "access", "look at"],
                    ["pecuniary", "professionally interested", "financial interest", "personal interest", "prejudicial interest",
                     "an interest"],
                ]
            ),
            examples: [
                "A Councillor may not knowingly inspect or call for a copy of any document relating to a matter in which they have a professional, personal pecuniary interest.",
                "A member may not knowingly inspect and shall not call for a copy of any document relating to a matter in which he/she is professionally interested or in which he/she has directly or indirectly any pecuniary interest",
                "Councillors must not ask to see or copy council documents about any matter in which they have a pecuniary interest.",
            ],
            nonExamples: [
                "A member should obtain advice from the Town Clerk before asking to see documents about a matter in which he/she has an interest.",
                "Any Councillor may inspect and make a copy of any document in the possession or under the control of the Council and which the Councillor may require in the course of their duties as a Member of the Council.",
                "Members should declare any interest at the start of the meeting.",
            ],
            frames: [
                Frame(
                    id: "grounds-contract",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr}'s landscaping business has bid for the council's contract to look after the town's flower beds and verges. {Cllr.they} asks the {clerk} for the officers' report scoring the bids, saying {cllr.they} wants to be sure the scoring has been done properly. What is the position?",
                    options: [
                        .right("{Cllr.they} must not ask for the report, because {cllr.they} has a financial interest in the contract.",
                               "Yes. A councillor may not knowingly look at, or ask for a copy of, a document about a matter in which {cllr.they} has a pecuniary (money) interest ({clause})."),
                        .wrong("{Cllr.they} may have it, because checking that the council acts fairly is part of a councillor's job.",
                               "No. Councillors do check the council's work, but not on a matter in which they have a financial interest ({clause})."),
                        .wrong("{Cllr.they} may have it once the contract has been awarded.",
                               "No. {Cllr.their} business still has a financial interest in the contract after it is awarded ({clause})."),
                        .wrong("{Cllr.they} may read it in the office, as long as {cllr.they} does not take a copy away.",
                               "No. The rule covers looking at the document, not only taking a copy ({clause})."),
                    ]
                ),
                Frame(
                    id: "kiosk-lease",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} runs the kiosk in the park, which {cllr.they} leases from the council, and the lease is up for renewal. {Cllr.they} asks {officer}, who works in the council office, for a copy of the valuer's advice on the new rent. {Officer.first} says that {officer.they} cannot give it to {cllr.them}. Was {officer.first} right?",
                    options: [
                        .right("Yes", "Yes. {Cllr.short} has a financial interest in the lease, so {cllr.they} may not see or ask for papers about it ({clause})."),
                        .wrong("No", "No. Councillors' right to see council documents does not extend to a matter in which they have a financial interest ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "interest-documents-advice",
            topic: .interests,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.must, .should, .concernGoesTo],
                all: [["advice", "guidance"], ["document", "papers", "information"], ["interest"], ["clerk"]]
            ),
            examples: [
                "A member should obtain advice from the Town Clerk before asking to see documents about a matter in which he/she has an interest.",
                "Councillors should seek the guidance of the Clerk before asking for documents or information on any matter in which they have an interest as defined in the Code of Conduct.",
                "Where a member wishes to see papers on a subject in which he or she has an interest, he or she should first take the advice of the Clerk.",
            ],
            nonExamples: [
                "A Councillor may not knowingly inspect or call for a copy of any document relating to a matter in which they have a professional, personal pecuniary interest.",
                "Members may request the Town Clerk to provide them with such information, explanation and advice as they may reasonably need to assist them to discharge their roles as members.",
                "Officers are expected to declare any prejudicial interests relating to their work to the Town Clerk.",
            ],
            frames: [
                Frame(
                    id: "charity-trustee",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is a trustee of the charity that runs the community centre, which has applied to the council for a grant. Before the committee meets, {cllr.short} would like to read the officers' notes on the application. What should {cllr.they} do first?",
                    options: [
                        .right("Ask the {clerk} for advice before asking for the notes.",
                               "Yes. A councillor who wants to see papers on a matter in which {cllr.they} has an interest should get the {clerk}'s advice first ({clause})."),
                        .wrong("Ask for the notes straight away: councillors may see the council's papers.",
                               "No. Where {cllr.they} has an interest in the matter, {cllr.they} should take the {clerk}'s advice before asking for papers ({clause})."),
                        .wrong("Ask a fellow councillor on the committee to pass on a copy.",
                               "No. Getting the papers through someone else sidesteps the advice {cllr.they} should take first ({clause})."),
                        .wrong("Ask for the notes, and declare the interest later at the meeting.",
                               "No. Declaring at the meeting comes too late: the advice is to be taken before {cllr.they} asks for the papers ({clause})."),
                    ]
                ),
                Frame(
                    id: "daughter-application",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr}'s daughter has asked the council for permission to run a food stall at the farmers' market every Saturday. Before asking for the officers' papers on the request, {cllr.short} asks the {clerk} for advice. Was {cllr.short} right to do so?",
                    options: [
                        .right("Yes", "Yes. {Cllr.short} has an interest in {cllr.their} daughter's request, so taking the {clerk}'s advice before asking for the papers is just what {cllr.they} should do ({clause})."),
                        .wrong("No", "No. Where a councillor has an interest in the matter, asking the {clerk}'s advice before seeking the papers is the right course ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "officers-declare-interests",
            topic: .interests,
            match: ProvisionMatch(
                binds: [.officers],
                kinds: [.must, .should, .concernGoesTo],
                all: [["declare", "disclose", "register"], ["interest"]],
                none: ["party group", "political group"]
            ),
            examples: [
                "Officers are expected to declare any prejudicial interests relating to their work to the Town Clerk.",
                "Staff must declare to the Clerk any personal or financial interest which could conflict with their duties.",
                "Employees should declare to the Clerk any interest, such as a family or business connection, which relates to their work.",
            ],
            nonExamples: [
                "Members should declare any interest at the start of the meeting.",
                "Officers must serve the whole Council and must not allow their own interests to conflict with their duties.",
                "That Officers will not use their contact with Councillors to advance their personal interests or to influence decisions improperly",
            ],
            frames: [
                Frame(
                    id: "railings-quotes",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, has been asked to get quotes for repainting the railings at {place}. One of the local firms that could do the job belongs to {officer.their} brother-in-law. What should {officer.first} do?",
                    options: [
                        .right("Tell the {clerk} about the family link before going any further.",
                               "Yes. Officers declare interests relating to their work to the {clerk}, and a relative's firm bidding for work {officer.they} is arranging is one ({clause})."),
                        .wrong("Get the quotes as normal: if {officer.their} brother-in-law's price is best, the council gets good value.",
                               "No. A good price does not remove the interest; it still has to be declared ({clause})."),
                        .wrong("Quietly leave {officer.their} brother-in-law's firm off the list, so that the question never arises.",
                               "No. Leaving the firm out without saying why is still acting on an undeclared interest, and may be unfair to the firm ({clause})."),
                        .wrong("Mention it in passing to the Chair of the committee.",
                               "No. The interest is declared to the {clerk}, not mentioned informally to a councillor ({clause}).",
                               unless: [["chair", "declare"], ["chairman", "declare"]]),
                    ],
                    requires: [["clerk"]]
                ),
                Frame(
                    id: "boundary-dispute",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, who works in the council office, is drafting the council's comments on a planning application. The applicant is {officer.their} next-door neighbour, with whom {officer.first} has had a long dispute over a boundary fence. {Officer.they} is sure {officer.they} can be fair. Should {officer.first} declare the interest all the same?",
                    options: [
                        .right("Yes", "Yes. A dispute with the applicant is an interest relating to {officer.their} work, and feeling sure of being fair does not remove the need to declare it ({clause})."),
                        .wrong("No", "No. It is not for the officer alone to decide that {officer.they} can be fair; the interest must be declared ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
