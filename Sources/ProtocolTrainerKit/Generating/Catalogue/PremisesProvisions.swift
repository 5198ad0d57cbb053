extension Catalogue {
    /// Councillors' visits to council land and premises.
    static let premises: [Provision] = [
        Provision(
            id: "visits-arranged-in-advance",
            topic: .premises,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.should, .must],
                all: [["notify", "advance", "let the", "inform", "give notice", "contact the"],
                      ["visit", "premises", "council land", " site", "depot"],
                      ["manager", "officer in charge", "person in charge"]]
            ),
            examples: [
                "When making visits as individual members, members should, whenever practicable, notify and make advance arrangements with the appropriate manager or officer in charge.",
                "Members visiting council premises should, wherever possible, give advance notice to the officer in charge.",
                "When visiting council premises, councillors should let the manager know in advance.",
            ],
            nonExamples: [
                "Members have a right of access to Council land and premises to fulfil their duties.",
                "If a local member intends to arrange a public meeting on a matter concerning some aspect of the Council's work, he/she should inform the Town Clerk.",
                "When visiting council premises, members should not interfere with the services being provided at the time.",
            ],
            frames: [
                Frame(
                    id: "drop-in",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} has heard that the refurbishment of the sports pavilion is running late. Passing by on a {day} morning, {cllr.they} walks in unannounced and asks the staff on duty to show {cllr.them} round there and then. Nothing urgent has happened. What should {cllr.short} have done?",
                    options: [
                        .right("Arranged the visit beforehand with the manager or officer in charge of the pavilion.",
                               "Yes. When visiting council premises as an individual, a councillor should arrange the visit in advance with the manager or officer in charge ({clause})."),
                        .wrong("Nothing different: councillors have a right of access to council premises, so need not tell anyone.",
                               "No. A right of access does not remove the need to arrange visits in advance with the officer in charge ({clause}).",
                               unless: [["without notice"], ["unannounced"], ["without prior notice"]]),
                        .wrong("Asked the Chair of the council for permission before going in.",
                               "No. The protocol asks {cllr.them} to arrange the visit with the manager or officer in charge, not to get the Chair's permission ({clause})."),
                        .wrong("Gone in, but only looked around quietly without troubling the staff.",
                               "No. A quiet look round is still a visit nobody was told about; {cllr.they} should have arranged it in advance with the officer in charge ({clause})."),
                    ]
                ),
                Frame(
                    id: "changing-rooms",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "Before the committee discusses the state of the changing rooms at the recreation ground, {cllr} wants to see them for {cllr.them}self. A few days ahead {cllr.they} emails the manager to agree a time to call in. Is that what the protocol asks of {cllr.them}?",
                    options: [
                        .right("Yes", "Yes. A councillor visiting council premises as an individual should arrange it in advance with the manager or officer in charge ({clause})."),
                        .wrong("No", "No. Arranging the visit beforehand with the manager is exactly what the protocol asks ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "visits-follow-site-rules",
            topic: .premises,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.should, .must],
                all: [["health and safety", "safety rules", "security", "workplace rules", "site rules"],
                      ["visit", "premises", "council land", " site", "depot"]]
            ),
            examples: [
                "When making visits as individual members, members should comply with health and safety, security and other workplace rules.",
                "Members visiting council sites must comply with health and safety and security rules.",
                "Councillors visiting council premises should follow the health and safety rules that apply there.",
            ],
            nonExamples: [
                "Members should ensure they understand and comply with the Council's own rules about the use of such resources, particularly regarding ICT security.",
                "Officers have the right to enter Council land and premises to carry out their work.",
                "When visiting council premises, councillors should let the manager know in advance.",
            ],
            frames: [
                Frame(
                    id: "hard-hat",
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} has arranged with the manager to see the new workshop at the council depot. At the gate {cllr.they} is asked to sign in and put on a hard hat and a high-visibility jacket. {Cllr.they} is only staying ten minutes and thinks it is a fuss. What should {cllr.they} do?",
                    options: [
                        .right("Sign in and wear the kit, like anyone else on the site.",
                               "Yes. Councillors visiting council premises should follow the health and safety, security and other rules that apply there ({clause})."),
                        .wrong("Politely decline: as a councillor {cllr.they} has a right of access to council premises.",
                               "No. A right of access comes with following the site's safety and security rules ({clause})."),
                        .wrong("Go in without the kit, but keep to the marked paths.",
                               "No. Site rules are not for visitors to pick and choose from; {cllr.they} should follow them in full ({clause})."),
                        .wrong("Ring the {clerk} and ask for the rules to be waived for this visit.",
                               "No. The rules apply to councillors as they do to everyone else; they are not something to ask the {clerk} to set aside ({clause})."),
                    ]
                ),
                Frame(
                    id: "after-hours-key",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} still has a key to the community centre from an event {cllr.they} helped to run. The centre's rules say that only staff on the key-holder rota may open it after hours. One {day} night {cllr.they} lets {cllr.them}self in to check on a leak residents have mentioned. Was that in keeping with the protocol?",
                    options: [
                        .wrong("Yes", "No. Councillors on council premises should follow their security and other rules, and the rules here were that only key holders on the rota open up after hours ({clause})."),
                        .right("No", "Right, it was not. Councillors visiting council premises should follow their security and other workplace rules; {cllr.they} should have reported the leak instead ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "visits-do-not-disrupt",
            topic: .premises,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.should, .shouldNot, .must, .mustNot],
                all: [["interfere", "disrupt", "get in the way"],
                      ["visit", "premises", "council land", " site", "depot"]]
            ),
            examples: [
                "When making visits as individual members, members should not interfere with the services or activities being provided at the time of the visit.",
                "When visiting council premises, members should not interfere with the services being provided at the time.",
                "Councillors visiting council facilities must take care not to disrupt the services being delivered there.",
            ],
            nonExamples: [
                "Members should avoid disrupting officers' work by imposing their own priorities.",
                "Officers have the right to enter Council land and premises to carry out their work.",
                "Members visiting council sites must comply with health and safety and security rules.",
            ],
            frames: [
                Frame(
                    id: "toddler-group",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} has arranged to call in at the community centre on a {day} morning to look at the worn floor in the main hall. When {cllr.they} arrives, a toddler group is in full swing in the hall, with the centre's staff helping. What should {cllr.they} do?",
                    options: [
                        .right("Look at what {cllr.they} can without disturbing the session, or come back when the hall is free.",
                               "Yes. On a visit, a councillor should not interfere with the services or activities going on at the time ({clause})."),
                        .wrong("Ask the staff to pause the group for ten minutes, since the visit was arranged in advance.",
                               "No. Having arranged the visit does not entitle {cllr.them} to interrupt what is going on ({clause})."),
                        .wrong("Take the staff away from the group to go through the repair history with {cllr.them}.",
                               "No. Taking staff away from the activity they are running interferes with it; {cllr.they} can ask for the information another time ({clause})."),
                        .wrong("Carry on as planned: as a councillor {cllr.they} has a right of access to council premises.",
                               "No. A right of access does not extend to getting in the way of the services or activities going on ({clause})."),
                    ]
                ),
                Frame(
                    id: "funeral",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} goes to the cemetery to look into a complaint about overgrown graves. A funeral is taking place, and {cllr.they} calls over the groundsman on duty for the service to walk {cllr.them} round the plots. Was that in keeping with the protocol?",
                    options: [
                        .wrong("Yes", "No. Pulling the groundsman away from a funeral interferes with the service being provided; the complaint could wait ({clause})."),
                        .right("No", "Right, it was not. On a visit, a councillor should not interfere with the services or activities going on at the time ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "visits-vulnerable-people",
            topic: .premises,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.should, .shouldNot, .must, .mustNot],
                all: [["schools", "vulnerable", "children", "young people"],
                      ["impression", "improper", "inappropriate", "special care", "particular care"],
                      ["visit", "premises", "establishment"]]
            ),
            examples: [
                "When making visits as individual members, members should take special care at schools and establishments serving vulnerable sections of society to avoid giving any impression of improper or inappropriate behaviour.",
                "Members should take particular care when visiting schools or premises used by children or vulnerable adults.",
                "Councillors visiting establishments serving vulnerable people should take special care to avoid any impression of inappropriate behaviour.",
            ],
            nonExamples: [
                "Members visiting council sites must comply with health and safety and security rules.",
                "Members should take care in what they say in the run-up to elections to avoid giving the impression of electioneering.",
            ],
            frames: [
                Frame(
                    id: "youth-club",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is visiting the youth club that meets at the community centre, to hear what the young people think of it. At the end of the evening {cllr.they} offers two of the teenagers a lift home, so that they can carry on talking in the car. What should {cllr.they} do instead?",
                    options: [
                        .right("Hear their views at the club, in the open, with the youth workers around.",
                               "Yes. At places serving children or vulnerable people, councillors should take special care that nothing they do could look improper ({clause})."),
                        .wrong("Nothing: {cllr.they} is a councillor, so there is nothing improper about a lift.",
                               "No. Being a councillor is a reason to take extra care, not to relax it; being alone with young people gives exactly the wrong impression ({clause})."),
                        .wrong("Give the lift, as long as the parents are told afterwards.",
                               "No. Telling the parents after the event does not change how it looks; {cllr.they} should take special care ({clause})."),
                        .wrong("Ask the youth workers to leave {cllr.them} alone with the group, so that the young people speak freely.",
                               "No. Sending the staff away is the opposite of the special care the protocol asks for ({clause})."),
                    ]
                ),
                Frame(
                    id: "photos",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} visits the primary school next to the recreation ground to see a gardening project the council has helped to fund. Without asking the teachers, {cllr.they} takes photos of the children on {cllr.their} own phone to put on {cllr.their} councillor Facebook page. Was that in keeping with the protocol?",
                    options: [
                        .wrong("Yes", "No. With children, councillors should take special care; photographing them without the school's agreement can look improper ({clause})."),
                        .right("No", "Right, it was not. At places serving children, councillors should take special care that nothing they do could look improper ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
