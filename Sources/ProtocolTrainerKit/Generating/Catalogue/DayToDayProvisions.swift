extension Catalogue {
    /// Councillors keep out of day-to-day running and operational matters; decisions are made in meetings.
    static let dayToDay: [Provision] = [
        Provision(
            id: "keep-out-of-day-to-day-running",
            topic: .dayToDay,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.should, .shouldNot, .mustNot, .mayNot, .statement],
                all: [
                    ["day to day", "day-to-day", "operational", "administrative aspects", "service delivery"],
                    ["avoid", "not involve", "not become involved", "not get involved", "not be involved", "not interfere",
                     "not the role", "refrain", "keep out", "stay out"],
                ]
            ),
            examples: [
                "Councillors should not involve themselves in the day to day running of the Council.",
                "In most cases Councillors should avoid becoming involved in the operational and administrative aspects of service delivery.",
                "In most cases councillors should avoid becoming involved in the operational detail of service delivery.",
                "Members must not interfere in the day-to-day management of the council's staff and services, which is the responsibility of the Clerk.",
                "It is not the role of councillors to become involved in operational matters.",
            ],
            nonExamples: [
                "Members need to be kept informed of significant or sensitive operational matters.",
                "Officers, led by the Town Clerk, manage the day-to-day running of the Council's services.",
                "Members should not put pressure on an Officer with regard to matters which have been delegated for Officer decision.",
            ],
            frames: [
                Frame(
                    id: "office-mornings",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} has run a small business for years. Since being elected, {cllr.they} drops into the council office most mornings, reads through the new hall bookings and tells {officer}, the council's {officer.role}, how the booking diary ought to be kept. What should {cllr.short} be doing instead?",
                    options: [
                        .right("Leaving the running of the office to the {clerk}, and passing any suggestions about the bookings to the {clerk}.",
                               "Yes. Councillors should keep out of the day-to-day running of the council. How the office handles bookings is for the {clerk} and the staff ({clause})."),
                        .wrong("Nothing different: a councillor is entitled to check how the council's services are run, day by day.",
                               "No. Councillors oversee the council's work through reports to meetings, not by taking part in the day-to-day running of the office ({clause})."),
                        .wrong("Only coming in on days when the {clerk} is away, to keep an eye on things.",
                               "No. The {clerk} being away does not make the running of the office a councillor's job ({clause})."),
                        .wrong("Asking the Chair of the council to agree the new way of keeping the diary with the staff.",
                               "No. How the office works day to day is not something the Chair, or any councillor, should get involved in ({clause})."),
                    ]
                ),
                Frame(
                    id: "staff-leave",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is helping the council's staff organise this year's summer fun day. {Cllr.they} finds out that {officer}, the council's {officer.role}, has booked a week's holiday over the fun day. What should {cllr.short} do?",
                    options: [
                        .right("Mention the clash to the {clerk}, and leave it to the {clerk} to decide how the staff's time is managed.",
                               "Yes. Managing staff, their leave and their work is part of the day-to-day running of the council, which councillors should keep out of ({clause})."),
                        .wrong("Ask {officer.first} to move the holiday, since the fun day matters more.",
                               "No. Sorting out a member of staff's leave is day-to-day running, which is not a councillor's job, however important the event ({clause})."),
                        .wrong("Raise it at the next council meeting, so that residents can see the event is at risk.",
                               "No. It is a staffing matter for the {clerk}, and a member of staff should not be discussed in a public meeting ({clause})."),
                        .wrong("Ask the chair of the events committee to turn down the holiday request.",
                               "No. Approving staff leave is part of running the council day to day; it is not for a committee chair, or any councillor, to do ({clause})."),
                    ]
                ),
                Frame(
                    id: "post-sorting",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{cllr} has started coming into the council office on {day} mornings to go through the post and tell {officer}, the council's {officer.role}, which letters to answer first. {Officer.first} politely tells {cllr.short} that the {clerk} sets the office's priorities, and asks {cllr.them} to take any concerns to the {clerk}. Was {officer.first} right?",
                    options: [
                        .right("Yes", "Yes. Councillors should not involve themselves in the day-to-day running of the council. How the office deals with its post is for the {clerk} and the staff ({clause})."),
                        .wrong("No", "No. Deciding which letters the office answers first is day-to-day running, which councillors should keep out of ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "no-pressure-on-delegated-decisions",
            topic: .dayToDay,
            match: ProvisionMatch(
                binds: [.councillors, .chairs],
                kinds: [.shouldNot, .mustNot, .mayNot],
                all: [["delegated", "delegation"], ["pressure", "influence", "interfere", "lobby"]],
                // "… other than where they are properly appointed to an appointments panel … in accordance with the scheme of
                // delegation" is about appointments.
                none: ["appointment", "selection panel"]
            ),
            examples: [
                "Members should not put pressure on an Officer with regard to matters which have been delegated for Officer decision under the Scheme of Delegation to Officers.",
                "Councillors must not seek to influence an officer's decision on a matter delegated to that officer.",
                "Members should not interfere in decisions which the Council has delegated to the Clerk.",
            ],
            nonExamples: [
                "Members should not put pressure on staff to provide resources or support which officers are not permitted to give.",
                "Members who serve on committees and sub-committees collectively have delegated responsibilities.",
                "Councillors should not involve themselves in the day to day running of the Council.",
                "Members must not seek to influence the appointment of council staff other than where they are properly appointed to an appointments panel to consider a chief officer appointment in accordance with the scheme of delegation.",
            ],
            frames: [
                Frame(
                    id: "small-grant",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "The council has given the {clerk} the power to decide small grants to local groups. The {clerk} has turned down a request from a youth football club in {cllr}'s ward. {Cllr.short} has phoned the {clerk} twice since to say the decision makes the council look mean. What should {cllr.short} do now?",
                    options: [
                        .right("Accept that the decision is the {clerk}'s; if {cllr.they} thinks the grant rules are wrong, ask for them to be looked at by the council.",
                               "Yes. Once a decision has been given to an officer, councillors should not put pressure on the officer over it. If the rules need changing, that is for the council or committee to decide ({clause})."),
                        .wrong("Keep pressing: standing up for local groups is what a ward councillor is for.",
                               "No. A councillor can speak up for the ward at meetings, but should not put pressure on an officer over a decision that has been given to the officer ({clause})."),
                        .wrong("Ask the Chair of the council to overturn the {clerk}'s decision.",
                               "No. The decision was given to the {clerk}; neither the Chair nor any other councillor should lean on the officer to change it ({clause})."),
                        .wrong("Suggest the club tells the local paper, so that the {clerk} has to think again.",
                               "No. Stirring up the press to push an officer into changing a delegated decision is still putting pressure on the officer ({clause})."),
                    ]
                ),
                Frame(
                    id: "market-pitches",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, has been given the job of deciding where the stalls go at the council's monthly market. {cllr} rings {officer.them} on a {day} evening and says a friend's cake stall should have the best pitch by the entrance, and that {cllr.they} will be \"very disappointed\" otherwise. Should {officer.first} change the plan because of the call?",
                    options: [
                        .wrong("Yes", "No. The decision has been given to {officer.first}, and councillors should not put pressure on officers over such decisions. {Officer.first} should decide on the usual fair basis ({clause})."),
                        .right("No", "Right. Councillors should not lean on an officer over a decision that has been delegated to the officer. {Officer.first} should decide on the usual fair basis, and can tell the {clerk} about the call ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
