extension Catalogue {
    /// The councillors' and the staff's provisions on confidences match the same words: one side binds each.
    private static let disclosingConfidences = (
        all: [["confidential", "in confidence"], ["disclose", "divulge", "reveal", "pass on", "passed on", "release"]],
        none: ["party group", "political group", "marked", "not for publication", "advice"]
    )
    /// Rules for both sides, which either provision recognises.
    private static let sharedConfidenceExamples = [
        "Members and officers must not disclose information given to them in confidence without the consent of a person authorised to give it, or unless required by law to do so.",
        "Confidential information must never be disclosed or used for personal or political advantage or to the disadvantage or the discredit of the Council or anyone else.",
    ]

    /// Confidential information and documents.
    static let confidentiality: [Provision] = [
        Provision(
            id: "confidential-papers",
            topic: .confidentiality,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.must, .mustNot, .should, .shouldNot, .mayNot],
                all: [
                    ["confidential", "not for publication"],
                    ["document", "papers", "report"],
                    ["disclose", "other person", "anyone else", "anyone other", "shown to", "show it", "pass on", "passed on",
                     "passed to", "exclusively"],
                ]
            ),
            examples: [
                "Any document provided for a Councillor and marked as “Confidential” or “Not For Publication” shall be exclusively for the use of that Councillor and shall not be disclosed to any other person.",
                "Any document provided for a member and marked \"Not for Publication\" shall be exclusively for the use of that member and shall not be disclosed to any other person.",
                "Councillors must not pass on to any other person a document marked confidential which has been supplied to them.",
                "Papers marked \"Not for Publication\" are for the use of the councillor to whom they are sent and should not be shown to anyone else.",
            ],
            nonExamples: [
                "Members and officers must not disclose information given to them in confidence without the consent of a person authorised to give it, or unless required by law to do so.",
                "Officers must respect the confidentiality of any party group discussions at which they are present.",
                "The Proper Officer may decline to allow inspection of any document which in his/her opinion discloses exempt information.",
                "A councillor may not inspect any document which contains confidential information about a member of staff.",
            ],
            frames: [
                Frame(
                    id: "bowls-club",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} sits on the committee looking at the bowls club's request to take over the lease of its green. Among the papers is a report marked confidential, setting out what the council thinks the site is worth. The club's secretary, an old friend, asks {cllr.short} for a quick look at it so that the club can prepare its case. What should {cllr.short} do?",
                    options: [
                        .right("Keep the report to {cllr.them}self and tell the secretary that {cllr.they} cannot share it.",
                               "Yes. A paper marked confidential is for the councillor's own use and must not be shown or passed to anyone else ({clause})."),
                        .wrong("Let the secretary read it at {cllr.their} house, as long as no copy leaves the room.",
                               "No. Showing the report to someone is disclosing it, even if no copy is handed over ({clause})."),
                        .wrong("Give the secretary the gist of the valuation, but not the exact figures.",
                               "No. Passing on what a confidential report says is disclosing it, however much is left out ({clause})."),
                        .wrong("Share it, because the club will learn the council's position when the committee decides anyway.",
                               "No. The report is confidential now. Whether and when it is made public is not for an individual councillor to decide ({clause})."),
                    ]
                ),
                Frame(
                    id: "solicitor-partner",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} is reading the papers for next {day}'s meeting at home. One of them, marked \"Not for Publication\", is about a contractor's claim against the council over the new play area. {Cllr.their} partner is a solicitor, and {cllr.short} would like a second opinion on the legal points. May {cllr.they} show the paper to {cllr.their} partner?",
                    options: [
                        .wrong("Yes", "No. The paper is for the councillor's own use only. Wanting expert help does not allow showing it to anyone else, family included ({clause})."),
                        .right("No", "Right. A paper marked not for publication is for the councillor it was sent to, and must not be shown to anyone else, however well qualified ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "confidential-information",
            topic: .confidentiality,
            match: ProvisionMatch(
                binds: [.both, .councillors],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: disclosingConfidences.all, none: disclosingConfidences.none
            ),
            examples: sharedConfidenceExamples + [
                "Councillors and staff should not disclose confidential information, or information which they believe to be confidential, unless they have the consent of someone authorised to give it.",
                "Councillors must not reveal to anyone information which has been given to them in confidence.",
            ],
            nonExamples: [
                "If Officers receive information which, although confidential, they have a duty to disclose elsewhere (e.g. under FOISA legislation), Officers must indicate that this is the case.",
                "At party group meetings where some of those present are not members of the Council, care must be taken not to divulge confidential information relating to Council business.",
                "The Town Clerk will instigate any appropriate investigations into actual or alleged breaches of confidence in relation to the release of confidential information.",
                "Any document provided for a member and marked \"Not for Publication\" shall be exclusively for the use of that member and shall not be disclosed to any other person.",
            ],
            frames: [
                Frame(
                    id: "field-rumour",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "At a meeting closed to the public, {cllr} and the other councillors are told in confidence that the council is negotiating to buy a field next to {place} for new allotments. On {day} evening, at the pub, a friend says he has heard a rumour about it and asks {cllr.short} whether it is true. What should {cllr.short} do?",
                    options: [
                        .right("Tell the friend that {cllr.they} cannot talk about it.",
                               "Yes. Information given to councillors in confidence must not be passed on, not even to confirm a rumour ({clause})."),
                        .wrong("Confirm it quietly, and ask the friend to keep it to himself.",
                               "No. Telling one person, even in confidence, is still disclosing the information ({clause})."),
                        .wrong("Confirm it, since the rumour is already going round.",
                               "No. A rumour does not make the information public. Confirming it is disclosing it ({clause})."),
                        .wrong("Post a short note on {cllr.their} ward Facebook page, so that every resident hears the same thing.",
                               "No. Telling everyone is a bigger disclosure, not a fairer one ({clause})."),
                    ]
                ),
                Frame(
                    id: "staff-hearing",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "As a member of the staffing committee, {cllr} has been told in confidence that a member of staff faces a disciplinary hearing. A resident who complained about that member of staff stops {cllr.short} in {place} and asks whether anything is being done. {Cllr.they} replies: \"Don't worry, it's being dealt with formally, and it's serious.\" Was {cllr.short} right to say this?",
                    options: [
                        .wrong("Yes", "No. Hinting at a confidential staffing matter is disclosing it, even without giving a name ({clause})."),
                        .right("No", "Right. What {cllr.short} learned in confidence must not be passed on. {Cllr.they} could simply have thanked the resident without saying what action, if any, is being taken ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "confidential-information-staff",
            topic: .confidentiality,
            match: ProvisionMatch(
                binds: [.both, .officers],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: disclosingConfidences.all, none: disclosingConfidences.none
            ),
            examples: sharedConfidenceExamples + [
                "Officers must not disclose confidential information about the Council's business to anyone not entitled to receive it.",
            ],
            nonExamples: [
                "If Officers receive information which, although confidential, they have a duty to disclose elsewhere (e.g. under FOISA legislation), Officers must indicate that this is the case.",
                "Officers must respect the confidentiality of any party group discussions at which they are present.",
                "Councillors must not reveal to anyone information which has been given to them in confidence.",
            ],
            frames: [
                Frame(
                    id: "cafe-lease",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, has been told in confidence that the council plans to end the lease of the café in the park. The café's owner, a friend of {officer.their} family, asks {officer.first} straight out whether the lease will be renewed. What should {officer.first} do?",
                    options: [
                        .right("Tell the owner that {officer.they} cannot discuss the lease.",
                               "Yes. Information given in confidence must not be passed on, and a friendship makes no difference ({clause})."),
                        .wrong("Drop a hint, so that the owner can start making plans.",
                               "No. A hint passes on the information just as surely as saying it outright ({clause})."),
                        .wrong("Tell the owner, but make clear that it is unofficial.",
                               "No. Calling it unofficial does not stop it being a disclosure of confidential information ({clause})."),
                        .wrong("Suggest the owner asks one of the councillors, who also know about it.",
                               "No. Pointing the owner to someone else who knows does not make it right for the information to be passed on ({clause})."),
                    ]
                ),
                Frame(
                    id: "toilets-reporter",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "Councillors discussed closing the public toilets by the bus station in a confidential session last week. On {day}, a reporter rings {officer}, the council's {officer.role}, and asks whether the closure is going ahead. {Officer.first} replies: \"I'm sorry, I can't comment on that.\" Was {officer.first} right?",
                    options: [
                        .right("Yes", "Yes. What was discussed in confidence must not be passed on, to a reporter or anyone else ({clause})."),
                        .wrong("No", "No. The press asking does not make the information any less confidential ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "confidential-advice",
            topic: .confidentiality,
            match: ProvisionMatch(
                binds: [.officers, .clerk, .both],
                kinds: [.must, .mustNot, .should, .shouldNot, .statement],
                all: [["advice"], ["confidential", "in confidence"], ["member", "councillor"]],
                none: ["party group", "political group"]
            ),
            examples: [
                "When requested to do so, officers will keep confidential from other members advice requested by a member.",
                "Where a councillor asks for advice in confidence, officers will not disclose that advice to other councillors.",
                "Officers should treat as confidential any advice given to an individual councillor at that councillor's request.",
            ],
            nonExamples: [
                "Officers must respect the confidentiality of any party group discussions at which they are present and will not relay advice given to one group to another.",
                "Members must not disclose confidential advice given by officers to the council.",
                "Respect, courtesy, integrity and appropriate confidentiality from Officers",
            ],
            frames: [
                Frame(
                    id: "parking-motion",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} asks {clerkName}, the {clerk}, whether a motion {cllr.they} is thinking of bringing on parking charges in the council's car park would be within the council's powers, and asks for the advice to stay between the two of them. A week later {cllr2} asks {clerkName.first} whether anyone has been asking about parking charges, and what {clerkName.they} told them. What should {clerkName.first} do?",
                    options: [
                        .right("Keep the advice to {cllr.short} confidential, as {cllr.they} asked.",
                               "Yes. When a councillor asks for advice to be kept confidential, officers keep it from other councillors ({clause})."),
                        .wrong("Tell {cllr2.short}, because all councillors have the same right to information.",
                               "No. Councillors have the same rights, but advice that one councillor has asked to be kept confidential is not passed to others ({clause})."),
                        .wrong("Tell {cllr2.short} what the advice was, without saying who asked for it.",
                               "No. Leaving out the name still passes on advice that was asked for in confidence ({clause})."),
                        .wrong("Tell {cllr2.short}, since the motion will be public once it is on an agenda.",
                               "No. The motion may never be brought. Until {cllr.short} chooses to make it public, the advice stays confidential ({clause})."),
                    ]
                ),
                Frame(
                    id: "budget-amendment",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr2} hears that {cllr} has asked the {clerk} for advice, in confidence, on an amendment {cllr.they} may move to the budget. {Cllr2.short} asks the {clerk} what the advice was, and the {clerk} politely declines to say. Was the {clerk} right to decline?",
                    options: [
                        .right("Yes", "Yes. Where a councillor asks for advice to be kept confidential, officers keep it from other councillors ({clause})."),
                        .wrong("No", "No. Being a councillor does not entitle {cllr2.short} to advice that another councillor asked to be kept confidential ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
