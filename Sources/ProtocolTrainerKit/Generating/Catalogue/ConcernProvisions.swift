extension Catalogue {
    /// Concerns, complaints and criticism of staff.
    ///
    /// "Who should it go to" questions come from the route builder; these are situations.
    static let concerns: [Provision] = [
        Provision(
            id: "no-public-criticism-of-staff",
            topic: .concerns,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: [["critici", "conduct or capability", "capability", "performance of"],
                      ["in public", "publicly", "public meeting", "the media", "the press"]]
            ),
            examples: [
                "This policy prohibits Members raising matters related to the conduct or capability of employees in public.",
                "A member who is unhappy about the actions taken by, or conduct of, an officer should never make a criticism in public.",
                "Councillors should not criticise officers in public.",
                "Members should not raise matters relating to the conduct or capability of an officer at meetings held in public.",
            ],
            nonExamples: [
                "Members should ensure that any criticism is well founded and constructive.",
                "No member will refer in public or at meetings of the Council to advice or information given by officers to a party group meeting.",
                "Officers should not criticise council policy in public.",
            ],
            frames: [
                Frame(
                    id: "town-meeting",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "At the annual town meeting a resident complains that the new play area at the recreation ground opened two months late. Answering from the top table, {cllr} says the delay was \"entirely down to {officer}, our {officer.role}, who frankly made a mess of the contract\". What should {cllr.short} have done?",
                    options: [
                        .right("Answered for the council without blaming the officer, and raised any concern about {officer.first}'s work in private.",
                               "Yes. Councillors should not criticise staff in public; a concern about an officer's work is taken up privately ({clause})."),
                        .wrong("Nothing different: residents are entitled to know who was responsible.",
                               "No. The council answers to residents as a body. Criticising a member of staff in public is ruled out, not least because the officer cannot answer back ({clause})."),
                        .wrong("Left out the name and said only that \"a certain officer\" had made a mess of it.",
                               "No. In a small council everyone knows who is meant, so it is still public criticism of a member of staff ({clause})."),
                        .wrong("Said nothing then, but raised {officer.first}'s handling of the contract in the public part of the next council meeting.",
                               "No. A council meeting held in public is still public; concerns about an officer's work are dealt with privately ({clause})."),
                    ]
                ),
                Frame(
                    id: "verges-post",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "The verges along the high street have been left uncut for a month. {cllr} posts in a local community Facebook group that the council's grounds staff \"clearly can't be bothered\". Was that in keeping with the protocol?",
                    options: [
                        .wrong("Yes", "No. Posting in a community Facebook group is criticising staff in public, which the protocol rules out ({clause})."),
                        .right("No", "Right, it was not. Councillors should not criticise staff in public, and a community Facebook group is public ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "disagreements-in-private",
            topic: .concerns,
            match: ProvisionMatch(
                kinds: [.should, .must, .concernGoesTo],
                all: [["disagree", "dispute", "differences", "concern about", "concerns about", "the concern", "unhappy", "dissatisfied"],
                      ["in private", "privately"]]
            ),
            examples: [
                "To avoid reputational damage to the Council, disagreements between Members and Officers should be acknowledged and resolved in private, rather than in public or through the media.",
                "A member who is unhappy about the conduct of an officer should take up the concern with the officer or his/her line manager privately.",
                "Disagreements between councillors and officers should be resolved in private.",
                "Members who have a concern about an officer should raise it privately with the officer or the Clerk.",
            ],
            nonExamples: [
                "Councillors should not criticise officers in public.",
                "Members or officers with questions about the implementation or interpretation of any part of this protocol should seek guidance of the Town Clerk.",
                "If a Councillor is dissatisfied with the conduct, behaviour or performance of the Town Clerk or another employee, the matter should be raised with the Town Clerk in the first instance.",
                "Matters of concern that are confidential should be discussed in private session.",
            ],
            frames: [
                Frame(
                    id: "festival-advice",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} strongly disagrees with advice from {clerkName}, the {clerk}, that the council cannot lawfully pay for a music festival {cllr.they} has been championing. A reporter from the local paper rings {cllr.short} for a comment on the festival. What should {cllr.short} do about the disagreement?",
                    options: [
                        .right("Keep it out of the paper, and take it up with {clerkName.first} in private.",
                               "Yes. A disagreement between a councillor and an officer is to be settled in private, not in public or through the media ({clause})."),
                        .wrong("Tell the reporter that the {clerk} is blocking the festival, so that residents can put on pressure.",
                               "No. Airing a disagreement with an officer through the press is exactly what the protocol rules out ({clause})."),
                        .wrong("Give the reporter the story without naming {clerkName.first}, saying only that the council's officers are being unhelpful.",
                               "No. Leaving out the name does not make it private; the disagreement should be dealt with away from the press ({clause})."),
                        .wrong("Post on {cllr.their} councillor Facebook page that the {clerk} is standing in the way.",
                               "No. Social media is public; the disagreement should be taken up with {clerkName.first} in private ({clause})."),
                    ]
                ),
                Frame(
                    id: "public-thread",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "In a public Facebook thread about litter at {place}, {cllr} writes that {officer}, the council's {officer.role}, \"ignored residents' reports for weeks\". {Officer.first} knows this is wrong and has the emails to prove it. What should {officer.first} do?",
                    options: [
                        .right("Stay out of the thread and take the disagreement up in private, for example through the {clerk}.",
                               "Yes. Disagreements between councillors and officers should be settled in private, not argued out in public ({clause})."),
                        .wrong("Reply politely in the thread, setting out the facts and the dates of the emails.",
                               "No. Even a polite public reply turns the disagreement into a public argument; it should be resolved in private ({clause})."),
                        .wrong("Ask a friend to post the facts in the thread, so that they do not come from {officer.them}.",
                               "No. Getting someone else to argue it in public still takes the disagreement public ({clause})."),
                        .wrong("Send the emails to the local paper to set the record straight.",
                               "No. Going to the press is exactly what the protocol rules out; disagreements are resolved in private ({clause})."),
                    ],
                    requires: [["members and officers", "councillors and officers", "officers and members", "officers and councillors",
                                "members and staff", "councillors and staff"]]
                ),
            ]
        ),
        Provision(
            id: "no-personal-attacks-on-staff",
            topic: .concerns,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.should, .shouldNot, .must, .mustNot],
                all: [["personal attack", "abuse of the officer", "abuse of officers", "abuse of staff", "abusive", "personal abuse"]]
            ),
            examples: [
                "A member who is unhappy about the actions taken by, or conduct of, an officer should avoid personal attacks on, or abuse of, the officer at all times.",
                "Councillors should avoid personal attacks on officers.",
                "Members must not make personal attacks on, or be abusive to, members of staff.",
            ],
            nonExamples: [
                "Members should not abuse their position to gain an advantage for themselves.",
                "Every person must be treated fairly with dignity and respect.",
                "Councillors should not criticise officers in public.",
            ],
            frames: [
                Frame(
                    id: "sloppy-email",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is unhappy with a letter {clerkName}, the {clerk}, sent to allotment holders about a rise in rents. {Cllr.they} drafts an email to {clerkName.first}: \"Typical of your sloppy work. Frankly I don't know why we pay you.\" What should {cllr.they} do before pressing send?",
                    options: [
                        .right("Rewrite it to say what was wrong with the letter and what {cllr.they} would like done, leaving out the personal remarks.",
                               "Yes. A councillor unhappy with an officer's work should avoid personal attacks and stick to the issue ({clause})."),
                        .wrong("Nothing: it is a private email, not criticism in public.",
                               "No. Personal attacks on an officer are to be avoided in private as well as in public ({clause})."),
                        .wrong("Copy in the Chair of the council, so that there is a record.",
                               "No. Copying in the Chair spreads the personal attack further; it does not make it acceptable ({clause})."),
                        .wrong("Say the same thing by phone instead, so that there is nothing in writing.",
                               "No. A personal attack is no better for being spoken ({clause})."),
                    ]
                ),
                Frame(
                    id: "nobody-heard",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "In a one-to-one meeting about delays to the repairs at the sports pavilion, {cllr} tells {officer}, the council's {officer.role}, \"You're a waste of space.\" Afterwards {cllr.short} says it was fine, because nobody else heard. Is {cllr.short} right?",
                    options: [
                        .wrong("Yes", "No. Personal attacks on an officer are to be avoided whether or not anyone else hears them ({clause})."),
                        .right("No", "Right. A councillor unhappy with an officer's work should avoid personal attacks on the officer, in private as well as in public ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "criticism-well-founded",
            topic: .concerns,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                kinds: [.should, .must],
                all: [["critici"], ["well founded", "well-founded", "constructive", "justified", "accurate"]]
            ),
            examples: [
                "A member who is unhappy about the actions taken by, or conduct of, an officer should ensure that any criticism is well founded and constructive.",
                "Councillors should ensure that any criticism of an officer is well founded and constructive.",
                "Any criticism by a member of an officer's work must be justified and constructive.",
            ],
            nonExamples: [
                "Councillors should not criticise officers in public.",
                "Officers should ensure that their advice is accurate and objective.",
                "Officers should respond to constructive criticism from members in a professional way.",
            ],
            frames: [
                Frame(
                    id: "fireworks-budget",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} hears in the pub that the fireworks night at the recreation ground went well over budget. Next morning {cllr.they} emails {officer}, the council's {officer.role}, who organised it, accusing {officer.them} of \"wasting thousands\". In fact the extra cost came from a second stage that the committee itself had asked for. What should {cllr.short} have done?",
                    options: [
                        .right("Checked the figures and the committee's decisions first, and then raised any real concern constructively.",
                               "Yes. Criticism of an officer should be well founded and constructive, so {cllr.short} should have checked the facts before writing ({clause})."),
                        .wrong("Sent the email anyway: councillors have a duty to keep an eye on spending.",
                               "No. Keeping an eye on spending means checking the facts first; criticism of an officer should be well founded ({clause})."),
                        .wrong("Sent it, and apologised later if the accusation turned out to be wrong.",
                               "No. Criticism should be well founded before it is made, not corrected afterwards ({clause})."),
                        .wrong("Asked the other councillors in a group email whether they had heard the same.",
                               "No. Spreading a rumour among colleagues is not checking the facts, and it is not constructive ({clause})."),
                    ]
                ),
                Frame(
                    id: "not-good-enough",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} tells {officer}, the council's {officer.role}, that {officer.their} work on the new online system for booking the community centre is \"just not good enough\", but will not say what is wrong with it or what {cllr.they} wants changed. Is that the kind of criticism the protocol asks for?",
                    options: [
                        .wrong("Yes", "No. Criticism should be constructive: saying what is wrong and what should change, so that the officer can act on it ({clause})."),
                        .right("No", "Right. Criticism of an officer should be well founded and constructive, and a bare \"not good enough\" is neither ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
