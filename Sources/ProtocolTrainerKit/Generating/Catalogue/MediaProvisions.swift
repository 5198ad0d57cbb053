extension Catalogue {
    /// Dealing with the media.
    static let media: [Provision] = [
        Provision(
            id: "media-capacity",
            topic: .media,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.must, .should],
                all: [
                    ["capacity", "personal view", "own view", "personal opinion", "own opinion"],
                    ["media", "press", "speak", "reporter", "journalist", "interview", "comment"],
                ],
                none: ["writing", "letter", "correspondence", "other than as a member", "event attended"]
            ),
            examples: [
                "Members should indicate in what capacity he/she is speaking (e.g. as ward member, in a personal capacity, on behalf of the Council, or on behalf of a party group).",
                "When speaking to the press, councillors must make clear whether they are giving a personal view or speaking on behalf of the Council.",
                "Councillors who talk to the media should make it clear in what capacity they are speaking.",
            ],
            nonExamples: [
                "When writing in an individual capacity as a member, a member must make clear that fact.",
                "Members should not put pressure on staff to provide support for work associated with an event attended by a member in a capacity other than as a member of the Council.",
                "Only the Chair may speak to the press on behalf of the Council.",
            ],
            frames: [
                Frame(
                    id: "radio-phone-in",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is invited onto a local radio phone-in about the future of {place}. The council has not decided anything yet, and {cllr.short} has strong views of {cllr.their} own. What should {cllr.they} make sure listeners understand?",
                    options: [
                        .right("In what capacity {cllr.they} is speaking: for example, for {cllr.them}self as ward councillor, or for the council.",
                               "Yes. A councillor talking to the media should make clear in what capacity {cllr.they} is speaking, so that a personal view is not taken for the council's ({clause})."),
                        .wrong("That the {clerk} has cleared what {cllr.they} is going to say.",
                               "No. What listeners need to know is in what capacity {cllr.they} is speaking, not who has seen {cllr.their} words beforehand ({clause})."),
                        .wrong("Nothing in particular: a councillor is free to speak {cllr.their} mind on air.",
                               "No. {Cllr.they} may give a view, but should make clear in what capacity {cllr.they} is speaking ({clause})."),
                        .wrong("That, as an elected councillor, {cllr.they} speaks for the council.",
                               "No. Being elected does not make an individual councillor's view the council's; {cllr.they} should make clear in what capacity {cllr.they} speaks ({clause})."),
                    ]
                ),
                Frame(
                    id: "councils-view",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is chatting to a reporter about a planning application for fifty new homes on the edge of town, which {cllr.they} personally opposes. The council has not yet agreed its response. The reporter asks: \"So is that the council's view?\" How should {cllr.short} answer?",
                    options: [
                        .right("Make clear that it is {cllr.their} own view, not the council's.",
                               "Yes. A councillor speaking to the media should make clear in what capacity {cllr.they} is speaking ({clause})."),
                        .wrong("Say yes, since {cllr.they} expects most councillors to agree.",
                               "No. The council has not decided, and an individual councillor's guess is not the council's view. {Cllr.they} should make clear in what capacity {cllr.they} is speaking ({clause})."),
                        .wrong("Dodge the question and let the reporter write it up as the reporter sees fit.",
                               "No. Leaving it unclear is just what the rule is there to prevent: {cllr.they} should make clear in what capacity {cllr.they} is speaking ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "officers-media-authority",
            topic: .media,
            match: ProvisionMatch(
                binds: [.officers],
                kinds: [.must, .mustNot, .should, .shouldNot, .mayNot],
                all: [["media", "press", "journalist", "reporter"], ["authoris", "approval", "permission", "approved"]]
            ),
            examples: [
                "Before responding to enquiries from the media, officers will ensure they are authorised to do so.",
                "Officers must not speak to the press on behalf of the Council unless authorised to do so by the Clerk.",
                "Staff should not make any statement to the media without the approval of the Town Clerk.",
            ],
            nonExamples: [
                "Officers will keep relevant members informed of media interest in the Council's activities, especially regarding strategic or contentious matters.",
                "Press releases or statements made by officers must promote or give information on Council policy or services.",
                "Members should seek the approval of the Town Clerk before issuing a press release.",
            ],
            frames: [
                Frame(
                    id: "vandalism-reporter",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "On a {day} morning {officer}, the council's {officer.role}, is clearing up after vandalism at {place} when a reporter from the local paper asks what happened and what the council is going to do about it. Nobody has asked {officer.first} to deal with the press. What should {officer.they} do?",
                    options: [
                        .right("Say that {officer.they} cannot comment unless and until {officer.they} is authorised to.",
                               "Yes. Before answering the media, an officer makes sure {officer.they} is authorised to do so ({clause})."),
                        .wrong("Answer, but stick to the facts of what happened.",
                               "No. Even a factual answer is a response to the media, and {officer.they} needs to be authorised first ({clause}).",
                               unless: [["factual", "may", "media"], ["factual", "may", "press"], ["facts", "may", "media"], ["facts", "may", "press"]]),
                        .wrong("Tell the reporter what the council plans to do, since {officer.they} happens to know.",
                               "No. Knowing the answer is not the same as being authorised to give it to the press ({clause})."),
                        .wrong("Answer if the ward councillor, who has come to look at the damage, says that it is fine.",
                               "No. A councillor on the spot saying it is fine is not the authority the protocol requires ({clause}).",
                               unless: [["councillor", "authoris", "media"], ["member", "authoris", "media"], ["councillor", "authoris", "press"],
                                        ["member", "authoris", "press"], ["chair", "authoris", "press"], ["chair", "authoris", "media"]]),
                    ]
                ),
                Frame(
                    id: "missed-deadline",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "A journalist emails {officer}, the council's {officer.role}, on a {day} afternoon asking why the event at {place} was cancelled, and wants an answer within the hour. {Officer.first} is not sure whether {officer.they} may reply, so {officer.they} checks with the {clerk} first, and the deadline passes. Was {officer.first} right to check first?",
                    options: [
                        .right("Yes", "Yes. Before answering the media, an officer makes sure {officer.they} is authorised to; a reporter's deadline does not change that ({clause})."),
                        .wrong("No", "No. A tight deadline does not remove the need to be authorised before answering the media ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "no-commitment-on-claims",
            topic: .media,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: [["commitment", "promise", "liability"], ["claim", "insurance"]]
            ),
            examples: [
                "Members should never give a commitment in relation to matter which may be subject to claims from third parties and/or are likely to be an insurance matter.",
                "When speaking to the media, councillors must not make any promise or admit liability on a matter which may lead to an insurance claim.",
                "Councillors approached by the press should not comment on or give any commitment about matters which may be the subject of a claim against the Council.",
            ],
            nonExamples: [
                "Members should consider the likely consequences for the Council of their statement (e.g. commitment to a particular course of action, image, allegations of jumping to conclusions).",
                "Officers will keep relevant members informed of media interest in the Council's activities.",
            ],
            frames: [
                Frame(
                    id: "fallen-tree",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "A tree in the council's recreation ground has come down in a storm and crushed a resident's car. A reporter rings {cllr}, the ward councillor, and asks whether the council will pay for the damage. What should {cllr.short} say?",
                    options: [
                        .right("Nothing that promises payment, since the damage may lead to a claim.",
                               "Yes. A councillor should never give a commitment about a matter that may lead to a claim or be an insurance matter ({clause})."),
                        .wrong("That the council will of course pay, to reassure the owner.",
                               "No. Promising payment commits the council on a matter that may be a claim or an insurance matter ({clause})."),
                        .wrong("That {cllr.they} will personally make sure the council pays.",
                               "No. That is a commitment on a possible claim, and no individual councillor can give it ({clause})."),
                        .wrong("That the council will pay, but that this is off the record.",
                               "No. Off the record or not, it is a commitment on a matter that may be a claim ({clause})."),
                    ]
                ),
                Frame(
                    id: "loose-slab",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "A resident tells a local news website that she tripped on a loose paving slab on a path in the council's cemetery and hurt her wrist. The website asks {cllr} for a comment, and {cllr.they} says: \"The council will see her right and cover her costs.\" Was that a proper thing for {cllr.short} to say?",
                    options: [
                        .wrong("Yes", "No. Promising to cover her costs is a commitment on a matter that may become a claim or an insurance matter ({clause})."),
                        .right("No", "Right. A councillor should never give a commitment on a matter that may be the subject of a claim; that is for the council and its insurers ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "press-releases-council-business",
            topic: .media,
            match: ProvisionMatch(
                binds: [.officers, .both, .council, .clerk],
                kinds: [.must, .should],
                all: [
                    ["press release", "news release", "press statement"],
                    ["council policy", "council's policy", "council policies", "council's policies", "policies and services",
                     "policy or services", "council services", "council's services"],
                ]
            ),
            examples: [
                "Press releases or statements made by officers must promote or give information on Council policy or services.",
                "Press releases issued by the Council must give factual information about council policies and services and must never promote a political party or group.",
                "Officers will ensure that press releases explain the Council's policies and services and do not promote any party group.",
            ],
            nonExamples: [
                "Members should seek the approval of the Town Clerk before issuing a press release.",
                "Officers will keep relevant members informed of media interest in the Council's activities, especially regarding strategic or contentious matters.",
            ],
            frames: [
                Frame(
                    id: "group-credit",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{cllr} asks {officer}, who handles the council's publicity, to put out a press release about the new skate ramps at the recreation ground, saying that they are there thanks to the campaign run by {cllr.their} party group. What should {officer.first} do?",
                    options: [
                        .right("Write a factual release about the council's decision and the new ramps, without crediting the group.",
                               "Yes. The council's press releases are there to give information on its policies and services, not to give credit to a party group ({clause})."),
                        .wrong("Write it as asked, since the group really did campaign for the ramps.",
                               "No. Whether or not the campaign happened, council press releases are about the council's policies and services, not a party group's work ({clause})."),
                        .wrong("Write it, but put it out in the group's name rather than the council's.",
                               "No. Council staff issue publicity about the council's policies and services; publicity for a party group is not their job ({clause})."),
                        .wrong("Write it as asked, as long as the Chair of the council approves it.",
                               "No. Approval does not change what a council press release is for ({clause}).",
                               unless: [["chair", "press release"], ["chairman", "press release"], ["mayor", "press release"]]),
                    ]
                ),
                Frame(
                    id: "opening-hours-line",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{officer}, who handles the council's publicity, is drafting a press release about the council office's new opening hours. {cllr} asks {officer.first} to add a line saying the change only happened \"thanks to the hard work of {cllr.their} party group\". {Officer.first} leaves the line out. Was {officer.they} right to?",
                    options: [
                        .right("Yes", "Yes. A council press release gives information on the council's policies and services; it is not there to promote a party group ({clause})."),
                        .wrong("No", "No. A councillor's request does not turn a council press release into publicity for a party group ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
