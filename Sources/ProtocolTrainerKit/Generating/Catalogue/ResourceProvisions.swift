extension Catalogue {
    /// Council equipment, supplies and support services.
    static let resources: [Provision] = [
        Provision(
            id: "councillor-resources-council-work-only",
            topic: .resources,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.must, .mustNot, .should, .shouldNot, .statement],
                all: [["equipment", "supplies", "stationery", "support services", "resources", "photocopying", "goods and services",
                       "facilities"],
                      ["only", "role as", "roles as", "council business", "private purpose", "party political", "campaign"]],
                none: ["human resources", "pressure", "not permitted"]
            ),
            examples: [
                "Council equipment and supplies e.g., stationery provided to Councillors must only be used to assist them in their role as members of the Council.",
                "Any support services provided to elected councillors are to assist them in their role as members of the council.",
                "The Council provides all members with services such as typing, printing and photocopying, and goods such as stationery and computer equipment, to assist them in discharging their roles as members of the Council.",
                "Council equipment and supplies must only be used by councillors for council business.",
            ],
            nonExamples: [
                "Council equipment and supplies e.g., stationery provided to Officers must only be used to assist them in their role as employees of the Council.",
                "Members should not put pressure on staff to provide resources or support which officers are not permitted to give.",
                "Members should ensure they understand and comply with the Council's own rules about the use of such resources.",
                "Members' roles are limited to determining human resources policies and conditions of employment.",
            ],
            frames: [
                Frame(
                    id: "club-newsletter",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is secretary of the local bowls club. One {day} evening {cllr.they} uses the laptop and printer that the council has given {cllr.them} for council work to produce 150 copies of the club's newsletter. What should {cllr.they} have done?",
                    options: [
                        .right("Used {cllr.their} own equipment: what the council provides is for {cllr.their} work as a councillor.",
                               "Yes. Equipment and supplies the council provides are for councillors' council work, not for clubs or private interests ({clause})."),
                        .wrong("Nothing different, as long as {cllr.they} paid the council back for the paper and ink.",
                               "No. Paying for the paper does not turn club work into council work; the equipment is provided for {cllr.their} role as a councillor ({clause}).",
                               unless: [["payment for private"], ["private photocopying"], ["pay for private"], ["private use", "pay"]]),
                        .wrong("Nothing different: the bowls club serves people in {cllr.their} ward, so this is part of {cllr.their} role.",
                               "No. Running a club {cllr.they} belongs to is not council business, even if the club serves {cllr.their} ward ({clause})."),
                        .wrong("Nothing different, as long as {cllr.they} did it in {cllr.their} own time.",
                               "No. When {cllr.they} did it makes no difference: the equipment is provided for council work ({clause})."),
                    ]
                ),
                Frame(
                    id: "campaign-leaflets",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "With the local elections a month away, {cllr} prints {cllr.their} own campaign leaflets on the printer the council has given {cllr.them}, using paper from the council office. Was that acceptable?",
                    options: [
                        .wrong("Yes", "No. An election campaign is not council work, and council equipment and supplies are provided for council work ({clause})."),
                        .right("No", "Right, it was not. Council equipment and supplies are for {cllr.their} work as a councillor, and standing for election is not council work ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "staff-resources-council-work-only",
            topic: .resources,
            match: ProvisionMatch(
                binds: [.officers, .both],
                kinds: [.must, .mustNot, .should, .shouldNot],
                all: [["equipment", "supplies", "stationery", "resources", "photocopying", "facilities"],
                      ["only be used", "only for", "used only", "must only", "should only", "private", "personal use", "not be used",
                       "role as"]],
                none: ["human resources", "pressure", "not permitted"]
            ),
            examples: [
                "Council equipment and supplies e.g., stationery provided to Officers must only be used to assist them in their role as employees of the Council.",
                "Council equipment must not be used by officers for private purposes.",
                "Staff should use council equipment, stationery and facilities only for council business.",
            ],
            nonExamples: [
                "Council equipment and supplies e.g., stationery provided to Councillors must only be used to assist them in their role as members of the Council.",
                "Officers should provide members with the stationery they need for council business.",
                "Members should not put pressure on staff to provide resources or support which officers are not permitted to give.",
            ],
            frames: [
                Frame(
                    id: "fair-flyers",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, has offered to make flyers for {officer.their} daughter's school fair. The office is quiet on a {day} afternoon, and the council's colour printer is right there. What should {officer.first} do?",
                    options: [
                        .right("Print them at home or at a print shop: the council's printer is for council work.",
                               "Yes. Council equipment and supplies are for staff to use in their work for the council, not for private jobs ({clause})."),
                        .wrong("Print them, since the office is quiet and it costs the council very little.",
                               "No. A quiet afternoon and a small cost do not turn a private job into council work ({clause})."),
                        .wrong("Print them, and bring in a pack of paper the next day to replace what {officer.they} used.",
                               "No. Replacing the paper does not make it council work; the printer and supplies are for the council's business ({clause}).",
                               unless: [["payment for private"], ["private photocopying"], ["pay for private"], ["private use", "pay"]]),
                        .wrong("Print them, because a school fair is a good cause.",
                               "No. However good the cause, it is a private job, not the council's work ({clause})."),
                    ]
                ),
                Frame(
                    id: "laptop-homework",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{officer}, the council's {officer.role}, takes the office laptop home over the weekend so that {officer.their} teenage son can use it for his homework. Was that in keeping with the protocol?",
                    options: [
                        .wrong("Yes", "No. Council equipment is for staff to use in their work for the council; a family member's homework is a private use ({clause})."),
                        .right("No", "Right, it was not. Council equipment is provided for council work, not for private or family use ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "no-pressure-for-improper-support",
            topic: .resources,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.shouldNot, .mustNot, .mayNot],
                all: [["resources", "support"],
                      ["not permitted", "not allowed", "not entitled", "private", "electioneering", "campaign"],
                      ["staff", "officer", "employee"]]
            ),
            examples: [
                "Members should not put pressure on staff to provide resources or support which officers are not permitted to give.",
                "Members should not ask officers to provide resources or support which they are not permitted to give.",
                "Councillors must not press staff for help or support with private matters or election campaigns.",
            ],
            nonExamples: [
                "Officers should not take part, and Members should not ask Officers to take part, in any activity which could be seen as influencing support for a political party.",
                "Any support services provided to elected councillors are to assist them in their role as members of the council.",
                "Members should not put pressure on an Officer with regard to matters which have been delegated for Officer decision under the Scheme of Delegation to Officers.",
            ],
            frames: [
                Frame(
                    id: "landlord-letter",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} drops into the council office on a {day} and asks {officer}, the council's {officer.role}, to type and post a letter about a dispute with {cllr.short}'s landlord. \"It'll only take you ten minutes,\" {cllr.they} says. What should {officer.first} do?",
                    options: [
                        .right("Politely say no: it is {cllr.short}'s private business, and staff may not help with that.",
                               "Yes. Staff support councillors in their council work, not their private affairs, and councillors should not press staff for help they are not allowed to give ({clause})."),
                        .wrong("Do it, since it will only take a few minutes and the office is quiet.",
                               "No. However quick it is, a councillor's private letter is not council work, and {officer.first} should not be pressed into doing it ({clause})."),
                        .wrong("Do it this once, but tell {cllr.short} that it cannot become a habit.",
                               "No. Doing it once is still giving help that staff may not give ({clause})."),
                        .wrong("Do it, as long as {cllr.short} pays for the stamp.",
                               "No. Paying the postage does not make a private letter council work ({clause})."),
                    ]
                ),
                Frame(
                    id: "election-leaflet",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is standing for re-election next month. {Cllr.they} asks {officer}, the council's {officer.role}, to design {cllr.their} election leaflet on the office computer, saying {officer.first} is \"so much better at this than me\". When {officer.first} hesitates, {cllr.short} says {cllr.they} will mention it to the {clerk}. What should {cllr.short} have done?",
                    options: [
                        .right("Not asked at all: council staff may not help with election campaigns, and {cllr.they} should not press them to.",
                               "Yes. Election work is not something council staff may do for a councillor, and councillors should not put pressure on staff to give help they are not permitted to give ({clause})."),
                        .wrong("Asked again, but made clear that it was a personal favour and not an instruction.",
                               "No. Calling it a favour does not change anything: staff may not help with a councillor's election campaign ({clause})."),
                        .wrong("Asked the {clerk} to approve it first, so that {officer.first} would feel able to help.",
                               "No. The {clerk} cannot approve council staff working on an election campaign, and asking only adds to the pressure on {officer.first} ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
