extension Catalogue {
    /// Close personal familiarity between councillors and officers.
    static let familiarity: [Provision] = [
        Provision(
            id: "avoid-close-familiarity",
            topic: .familiarity,
            match: ProvisionMatch(
                kinds: [.should, .shouldNot, .must, .mustNot, .statement],
                all: [["familiarity", "close friendship", "close personal relationship", "special relationship", "close relationship"],
                      ["avoid", "cautious", "damage", "confuse", "suspicion", "should not", "must not"]],
                none: ["disclosed", "candidate"]
            ),
            examples: [
                "Members and Officers should avoid any close personal familiarity that could give rise to the suspicion of bias or undue influence.",
                "Close personal familiarity should be avoided.",
                "But personal familiarity can damage the relationship, as might a family or business connection.",
                "Members and Officers should be cautious in developing close friendships",
                "Councillors and officers should avoid close personal relationships which could give rise to suspicion of favouritism.",
            ],
            nonExamples: [
                "The relationship between Members and Officers will be enhanced by friendly relations.",
                "Informal and collaborative two-way contact between members and officers is encouraged.",
                "Where a personal relationship has been disclosed, those concerned should avoid a situation where conflict could be perceived.",
                "There will be a close working relationship between a portfolio holder and the relevant senior officer.",
            ],
            frames: [
                Frame(
                    id: "friday-drinks",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} and {officer}, the council's {officer.role}, have become good friends since {cllr.short} was elected. They go for a drink most Fridays, and {cllr.short} often rings {officer.first} for news about {place} instead of going through the office. Other councillors have started joking that {cllr.short} has \"a friend on the inside\". What should {cllr.short} do?",
                    options: [
                        .right("Keep {cllr.their} dealings with {officer.first} on a professional footing and go through the office like everyone else.",
                               "Yes. Close personal familiarity between a councillor and an officer damages trust and invites suspicion of favouritism; the protocol warns against it ({clause})."),
                        .wrong("Carry on as before: what they do outside work is nobody else's business.",
                               "No. Here the friendship has spilled into council business, with {cllr.short} getting news straight from {officer.first}; that is the familiarity the protocol warns against ({clause})."),
                        .wrong("Carry on, but keep the drinks quiet so that the other councillors stop talking.",
                               "No. Hiding the friendship makes suspicion worse, not better; the problem is the familiarity itself ({clause})."),
                        .wrong("Ask the Chair of the council to tell the other councillors to stop the jokes.",
                               "No. The jokes are a sign of the problem, not the problem; {cllr.short} should keep {cllr.their} dealings with {officer.first} professional ({clause})."),
                    ]
                ),
                Frame(
                    id: "holiday-cottage",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{cllr} invites {officer}, the council's {officer.role}, and {officer.their} family to spend a week at {cllr.their} holiday cottage, free of charge. {Officer.first} works closely with the committee that {cllr.short} chairs. Would accepting be in keeping with the protocol?",
                    options: [
                        .wrong("Yes", "No. A free week at a councillor's cottage would create the close personal familiarity, and the suspicion of favour, that the protocol warns against ({clause})."),
                        .right("No", "Right, it would not. Accepting would create the kind of close personal familiarity between a councillor and an officer that the protocol warns against ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "be-open-about-relationships",
            topic: .familiarity,
            match: ProvisionMatch(
                kinds: [.should, .must],
                all: [["open about", "disclose", "declare", "make known"],
                      ["relationship", "connection"]],
                none: ["prejudicial", "pecuniary", "candidate"]
            ),
            examples: [
                "Members and officers should always be open about their relationships to avoid any reason for suspicion and any appearance of improper conduct.",
                "Members and officers should declare any close personal relationship to the Clerk.",
                "Any family or close personal relationship between a councillor and an officer must be disclosed to the Clerk.",
            ],
            nonExamples: [
                "Officers are expected to declare any prejudicial interests relating to their work to the Town Clerk.",
                "Close personal familiarity should be avoided.",
                "Members and officers should avoid any close personal familiarity that could give rise to the suspicion of bias or undue influence.",
            ],
            frames: [
                Frame(
                    id: "new-partner",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} has recently started going out with {officer}, the council's {officer.role}. They have told nobody at the council, because they feel their private lives are their own. What should they do?",
                    options: [
                        .right("Be open about the relationship, so that nobody can later suspect it of affecting council business.",
                               "Yes. Councillors and officers should be open about relationships like this, to avoid any suspicion or appearance of improper conduct ({clause})."),
                        .wrong("Keep it private: it has nothing to do with their work.",
                               "No. Keeping it quiet is what creates suspicion; the protocol asks for openness ({clause})."),
                        .wrong("Keep it quiet unless someone asks them about it directly.",
                               "No. Waiting to be asked is not being open, and if it comes out later it will look as though they hid it ({clause})."),
                        .wrong("Tell only the Chair of the council, and ask for it to be kept secret.",
                               "No. A secret shared with one person is not openness; the point is that nobody can later say it was hidden ({clause})."),
                    ]
                ),
                Frame(
                    id: "relative-elected",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{officer}, the council's {officer.role}, is a close relative of {cllr}, who has just been elected to {council}. {Officer.first} tells the {clerk} about the family connection so that it is on record. Was that the right thing to do?",
                    options: [
                        .right("Yes", "Yes. Officers, as well as councillors, should be open about relationships like this, so that nobody can suspect favour later ({clause})."),
                        .wrong("No", "No. Being open about the connection is what the protocol asks, and telling the {clerk} is a sensible way to do it ({clause})."),
                    ],
                    requires: [["officer", "staff", "employee"]]
                ),
            ]
        ),
        Provision(
            id: "no-decisions-about-related-officer",
            topic: .familiarity,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.shouldNot, .mustNot, .mayNot],
                all: [["participate", "take part", "sit on", "be involved in"],
                      ["affects the officer", "affect the officer", "affects an officer", "relative", "related", "personal relationship",
                       "on a personal basis", "family", "close friend"]],
                none: ["appointment", "candidate", "selection"]
            ),
            examples: [
                "Specifically, a member should not sit on a body or participate in any decision which directly affects the officer on a personal basis.",
                "A member should not take part in any decision which directly affects an officer who is a relative.",
                "Councillors must not participate in any decision about the pay or conditions of an officer with whom they have a close personal relationship.",
            ],
            nonExamples: [
                "If participating in the appointment of officers, members should not take part where one of the candidates is a close friend or relative.",
                "Members should avoid close personal familiarity with officers.",
                "Members should not involve themselves in the day to day running of the Council.",
            ],
            frames: [
                Frame(
                    id: "regrading",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} sits on the council's Staffing Committee. Next week the committee will decide whether to regrade the post held by {officer}, the council's {officer.role}, who is married to {cllr.short}'s brother. Everyone on the council knows they are related. What should {cllr.short} do?",
                    options: [
                        .right("Take no part in that decision, neither the discussion nor the vote.",
                               "Yes. A councillor should not take part in a decision that directly affects an officer {cllr.they} has a personal relationship with, even when everyone knows about it ({clause})."),
                        .wrong("Take part, since the relationship is already known to everyone.",
                               "No. Being open about the relationship is not enough: {cllr.they} should not take part in a decision that affects {officer.first} personally ({clause})."),
                        .wrong("Stay for the discussion but not vote.",
                               "No. Taking part in the discussion is taking part in the decision; {cllr.they} should stay out of it altogether ({clause})."),
                        .wrong("Take part, since a regrading is about the post, not the person in it.",
                               "No. A regrading changes {officer.first}'s own pay and standing, so it affects {officer.them} directly ({clause})."),
                    ]
                ),
                Frame(
                    id: "appeal-panel",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} is asked to sit on a panel hearing an appeal by {officer}, the council's {officer.role}, against a written warning. {Officer.first} is {cllr.short}'s cousin, and the two families are close. {cllr.short} agrees, promising to be scrupulously fair. Was {cllr.short} right to agree?",
                    options: [
                        .wrong("Yes", "No. Good intentions are not enough: {cllr.they} should not sit on a body deciding something that directly affects {cllr.their} cousin ({clause})."),
                        .right("No", "Right. A councillor should not take part in a decision that directly affects an officer {cllr.they} is related to, however fair {cllr.they} means to be ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
