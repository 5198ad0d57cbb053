extension Catalogue {
    /// An individual councillor cannot instruct staff; staff work to the clerk.
    static let instructions: [Provision] = [
        Provision(
            id: "individual-cannot-instruct",
            topic: .instructions,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.mayNot, .mustNot, .shouldNot],
                all: [["instruct", "instructions", "direct"], ["employee", "officer", "staff"]]
            ),
            examples: [
                "A Councillor acting as an individual cannot give instructions to a Council employee",
                "Members are not authorised to instruct officers other than:",
                "Individual councillors must not give instructions to any member of staff.",
            ],
            nonExamples: [
                "Officers work to the instructions of the Town Clerk or Manager, not individual members.",
                "Members should not bring influence to bear on any Officer to take any action which is contrary to law.",
            ],
            frames: [
                Frame(
                    id: "hedges",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} notices that the hedges along the path by {place} in {cllr.their} ward are badly overgrown. On {cllr.their} way home {cllr.they} meets {officer}, the council's {officer.role}, and asks {officer.them} to cut them back first thing tomorrow, before the work {officer.they} has planned. What should {cllr.short} have done?",
                    options: [
                        .right("Raised it with the {clerk}, who directs the staff's work.",
                               "Yes. A councillor acting on their own cannot give instructions to staff; the {clerk} manages the staff's work ({clause})."),
                        .wrong("Nothing different: a councillor may direct staff when a matter in their own ward is urgent.",
                               "No. Being the ward councillor, or the matter being urgent, does not give an individual councillor the power to instruct staff ({clause}).",
                               unless: [["urgent", "may"], ["emergency", "may"]]),
                        .wrong("Asked {officer.first}, but confirmed the request by email so that there is a record.",
                               "No. Putting an instruction in writing does not give an individual councillor the power to give it ({clause})."),
                        .wrong("Asked the Chair of the council to tell {officer.first} to do it instead.",
                               "No. Staff take their work from the {clerk}, acting on decisions of the council and its committees, not from individual councillors, the Chair included ({clause}).",
                               unless: [["chair", "instruct"], ["chairman", "instruct"]]),
                    ]
                ),
                Frame(
                    id: "press-release",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "On a {day} morning {cllr} phones {officer}, the council's {officer.role}, and tells {officer.them} to drop everything and put out a press release about a new bench scheme {cllr.they} has thought of. The council has not discussed the scheme. {Officer.first} says {officer.they} will pass the request to the {clerk}. Was {officer.first} right not simply to do as {cllr.short} said?",
                    options: [
                        .right("Yes", "Yes. An individual councillor cannot instruct staff; requests go through the {clerk}, who directs the staff's work on the council's decisions ({clause})."),
                        .wrong("No", "No: a councillor acting on their own has no power to instruct a member of staff ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
