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
                    stem: "{cllr}'s landscaping business has bid for the council's contract to look after the flower beds at {place}. {Cllr.they} asks the {clerk} for the officers' report scoring the bids, saying {cllr.they} wants to be sure the scoring has been done properly. What is the position?",
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
                    stem: "{cllr} runs the kiosk at {place}, which {cllr.they} leases from the council, and the lease is up for renewal. {Cllr.they} asks {officer}, the council's {officer.role}, for a copy of the valuer's advice on the new rent. {Officer.first} says that {officer.they} cannot give it to {cllr.them}. Was {officer.first} right?",
                    options: [
                        .right("Yes", "Yes. {Cllr.short} has a financial interest in the lease, so {cllr.they} may not see or ask for papers about it ({clause})."),
                        .wrong("No", "No. Councillors' right to see council documents does not extend to a matter in which they have a financial interest ({clause})."),
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
                    stem: "{officer}, the council's {officer.role}, is drafting the council's comments on a planning application. The applicant is {officer.their} next-door neighbour, with whom {officer.first} has had a long dispute over a boundary fence. {Officer.they} is sure {officer.they} can be fair. Should {officer.first} declare the interest all the same?",
                    options: [
                        .right("Yes", "Yes. A dispute with the applicant is an interest relating to {officer.their} work, and feeling sure of being fair does not remove the need to declare it ({clause})."),
                        .wrong("No", "No. It is not for the officer alone to decide that {officer.they} can be fair; the interest must be declared ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
