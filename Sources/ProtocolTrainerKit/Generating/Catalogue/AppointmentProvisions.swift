extension Catalogue {
    /// Appointments of staff.
    static let appointments: [Provision] = [
        Provision(
            id: "no-influence-on-appointments",
            topic: .appointments,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: [["appointment", "appoint", "recruitment", "recruit"], ["influence", "lobby", "put in a word"]],
                none: ["candidate", "applicant", "participating", "influenced by"]
            ),
            examples: [
                "Members must not seek to influence the appointment of Council staff other than where they are properly appointed to a selection panel.",
                "Members must not seek to influence the appointment of council staff other than where they are properly appointed to an appointments panel to consider a chief officer appointment in accordance with the scheme of delegation.",
                "Councillors should not try to influence the recruitment of staff unless they are members of the interview panel.",
                "Individual councillors must not seek to influence the appointment, promotion or discipline of any member of staff.",
            ],
            nonExamples: [
                "Members involved in appointments should not be influenced by personal preferences.",
                "Members should never canvass support for a particular candidate.",
                "That Officers will not use their contact with Councillors to advance their personal interests or to influence decisions improperly",
                "Members' roles are limited to the appointment of specified posts, determining human resources policies and hearing appeals.",
            ],
            frames: [
                Frame(
                    id: "neighbour-applies",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr}'s neighbour has applied for the post of {officer.role} at the council. {Cllr.short} has no part in the appointment and is not on the interview panel. Meeting the {clerk} at {place} on {day}, {cllr.they} mentions what a hard worker the neighbour is, and says the council would be lucky to get such a person. What should {cllr.short} have done?",
                    options: [
                        .right("Kept out of it, and left the choice to those whose job it is to make it.",
                               "Yes. A councillor who has no part in an appointment must not try to influence who gets the job ({clause})."),
                        .wrong("Nothing different: praising a good local candidate helps the council.",
                               "No. However well meant, it is an attempt to influence an appointment {cllr.they} has no part in ({clause})."),
                        .wrong("Said it to the Chair of the interview panel instead of the {clerk}.",
                               "No. Who hears it makes no difference: it is still an attempt to influence the appointment ({clause})."),
                        .wrong("Put it in a letter to the panel, since writing is more proper than a chat in the street.",
                               "No. Putting it in writing makes it more formal, not more proper. It is still an attempt to influence the appointment ({clause})."),
                    ]
                ),
                Frame(
                    id: "nephew-shortlist",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{cllr}, who is not on the selection panel, phones {clerkName}, the {clerk}, and asks {clerkName.them} to make sure {cllr.their} nephew gets an interview for the vacant post of {officer.role}. {ClerkName.first} tells {cllr.short} that {clerkName.they} cannot do that. Was {clerkName.first} right to refuse?",
                    options: [
                        .right("Yes", "Yes. Councillors must not seek to influence the appointment of staff, and choosing who is interviewed is part of the appointment ({clause})."),
                        .wrong("No", "No. A councillor outside the appointment process has no say in who is shortlisted, so the request should be refused ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "relative-or-friend-candidate",
            topic: .appointments,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.must, .mustNot, .should, .shouldNot, .mayNot],
                all: [
                    ["candidate", "applicant"],
                    ["friend", "relative", "related", "family"],
                    ["not take part", "withdraw", "stand down", "step down", "not sit", "not participate", "take no part",
                     "not be involved"],
                ]
            ),
            examples: [
                "Members should not take part where one of the candidates is a close friend or relative.",
                "Councillors must not sit on an interview panel where a candidate is a relative or close friend.",
                "A member who is related to or a close friend of an applicant should withdraw from the appointment process.",
            ],
            nonExamples: [
                "Members should declare to the panel any relationship with a candidate.",
                "Specifically, a member should not sit on a body or participate in any decision which directly affects the officer on a personal basis.",
                "Members should remember that the sole criterion is merit.",
            ],
            frames: [
                Frame(
                    id: "sister-in-law",
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} has been chosen to sit on the panel for a new {officer.role}. When the shortlist arrives, {cllr.they} finds that {cllr.their} sister-in-law is on it. What should {cllr.short} do?",
                    options: [
                        .right("Withdraw from the panel for this appointment.",
                               "Yes. A councillor should not take part in an appointment where one of the candidates is a relative ({clause})."),
                        .wrong("Stay on, and mark {cllr.their} sister-in-law more strictly than the others to be safe.",
                               "No. Marking her harder is no fairer than marking her softer; the rule is not to take part at all ({clause})."),
                        .wrong("Stay on, but tell the other panel members about the relationship.",
                               "No. Being open about it is good, but it does not solve the problem: {cllr.they} should not take part ({clause})."),
                        .wrong("Stay on, but leave the room while {cllr.their} sister-in-law is interviewed.",
                               "No. Taking part in the rest of the appointment still shapes the result; {cllr.they} should not take part at all ({clause})."),
                    ]
                ),
                Frame(
                    id: "running-club-friend",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{clerkName}, the {clerk}, is arranging interviews for a new {officer.role}. {cllr}, who is on the panel, mentions that one of the applicants is a close friend from {cllr.their} running club, but says it will not affect {cllr.their} judgement. What should {clerkName.first} advise?",
                    options: [
                        .right("That {cllr.short} should not take part in this appointment.",
                               "Yes. A councillor should not take part in an appointment where a candidate is a close friend ({clause})."),
                        .wrong("That {cllr.short} may stay on the panel, as long as {cllr.they} scores fairly.",
                               "No. Scoring fairly is expected of everyone; a close friend among the candidates means {cllr.short} should not take part ({clause})."),
                        .wrong("That only relatives matter, so {cllr.short} can carry on.",
                               "No. A close friend counts just as a relative does ({clause})."),
                        .wrong("That the rest of the panel can decide whether {cllr.short} stays.",
                               "No. It is not for the panel to waive the rule: {cllr.short} should not take part ({clause})."),
                    ],
                    requires: [["friend"]]
                ),
            ]
        ),
        Provision(
            id: "no-canvassing-for-candidates",
            topic: .appointments,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: [["canvass"], ["candidate", "applicant", "appointment", "post"]]
            ),
            examples: [
                "Members should never canvass support for a particular candidate.",
                "Councillors involved in an appointment must not canvass for or against any candidate.",
                "Members taking part in the appointment of staff should not canvass other members in support of any applicant.",
            ],
            nonExamples: [
                "Canvassing of members by or on behalf of candidates will disqualify the candidate.",
                "Members should not take part where one of the candidates is a close friend or relative.",
            ],
            frames: [
                Frame(
                    id: "evening-messages",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is one of three councillors on the panel interviewing for a new {officer.role}. The evening before the interviews, {cllr.they} messages the other two to say that one candidate is \"head and shoulders above the rest\" and urges them to back that candidate. What should {cllr.short} have done?",
                    options: [
                        .right("Kept {cllr.their} views for the panel's own assessment, after the interviews.",
                               "Yes. Councillors taking part in an appointment must not canvass support for a particular candidate ({clause})."),
                        .wrong("Nothing different: panel members can share their views whenever they like.",
                               "No. Urging fellow panel members to back one candidate before the interviews is canvassing ({clause})."),
                        .wrong("Phoned them instead, so that nothing was in writing.",
                               "No. Canvassing by phone is still canvassing ({clause})."),
                        .wrong("Asked the {clerk} to pass {cllr.their} view on to the other two.",
                               "No. Canvassing through someone else is still canvassing ({clause})."),
                    ]
                ),
                Frame(
                    id: "ring-round",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} sat on the panel that interviewed candidates for the post of {officer.role}, and the full council is now to vote on the appointment. Before the meeting, {cllr.short} rings round the other councillors, urging them to vote for one of the candidates. Is that acceptable?",
                    options: [
                        .wrong("Yes", "No. Ringing round to drum up votes for one candidate is canvassing support, which councillors involved in an appointment must not do ({clause})."),
                        .right("No", "Right. Councillors involved in an appointment must not canvass support for a particular candidate ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "same-information-for-candidates",
            topic: .appointments,
            match: ProvisionMatch(
                binds: [.councillors],
                kinds: [.must, .mustNot, .should, .shouldNot, .mayNot],
                all: [
                    ["candidate", "applicant"],
                    ["information"],
                    ["not available", "not given", "other candidates", "all candidates", "all the applicants", "other applicants"],
                ]
            ),
            examples: [
                "Members should not favour a candidate by giving him/her information not available to the other candidates.",
                "Councillors on a selection panel must not give any candidate information which is not available to the other candidates.",
                "A panel member must not give an applicant any information that is not given to all the applicants.",
            ],
            nonExamples: [
                "Members should never canvass support for a particular candidate.",
                "Where information is requested on behalf of a third party, it will only be provided if it is in the public domain.",
            ],
            frames: [
                Frame(
                    id: "market-chat",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} is on the interview panel for a new {officer.role}. At {place} on {day}, one of the candidates comes up to {cllr.short} and asks what the panel will be looking for, and whether there is anything worth reading up on. What should {cllr.short} do?",
                    options: [
                        .right("Politely say that {cllr.they} cannot discuss the interviews with a candidate.",
                               "Yes. A panel member must not favour a candidate with information the other candidates do not have ({clause})."),
                        .wrong("Give a few general pointers, since they are only hints.",
                               "No. Even general pointers give this candidate something the others do not have ({clause})."),
                        .wrong("Say which topics will come up, but not the exact questions.",
                               "No. Knowing the topics in advance is information the other candidates do not have ({clause})."),
                        .wrong("Answer, and make a note to tell any other candidate who asks the same.",
                               "No. Only the candidates who happen to ask would benefit, and the others would be left without the same information ({clause})."),
                    ]
                ),
                Frame(
                    id: "draft-plans",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} is on the panel appointing a new {officer.role}. Each candidate will give a presentation on the future of {place}. {Cllr.short} emails one candidate, whom {cllr.they} met at a community event, a copy of the council's draft plans for the site, which the other candidates have not seen. Was that acceptable?",
                    options: [
                        .wrong("Yes", "No. Sending one candidate papers the others have not seen favours that candidate ({clause})."),
                        .right("No", "Right. A panel member must not favour a candidate by giving information that is not available to the other candidates ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
