extension Catalogue {
    /// Respect, courtesy, bullying and pressure.
    static let respect: [Provision] = [
        Provision(
            id: "no-bullying",
            topic: .respect,
            match: ProvisionMatch(
                kinds: [.mustNot, .shouldNot, .mayNot, .canExpect],
                all: [["bully", "bullied", "bullying", "harass", "intimidat"]]
            ),
            examples: [
                "Harassment and bullying is not acceptable.",
                "In accordance with Council policy, harassment or bullying in the workplace will not be tolerated ensuring fair treatment and personal dignity for all employees.",
                "Officers can expect from councillors not to be bullied or put under undue pressure.",
                "Councillors must not bully, harass or intimidate officers.",
            ],
            nonExamples: [
                "Every person must be treated fairly with dignity and respect.",
                "Members should not put pressure on an Officer with regard to matters which have been delegated for Officer decision.",
                "The Council has a policy on bullying and harassment at work.",
            ],
            frames: [
                Frame(
                    id: "weekend-messages",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "Over one weekend {cllr} sends {officer}, the council's {officer.role}, eleven messages about a mistake in the council newsletter, calling {officer.them} \"useless\" and warning that {officer.they} will be \"out of a job\" if it happens again. What should {cllr.short} have done?",
                    options: [
                        .right("Pointed out the mistake once, calmly and politely, without insults or threats.",
                               "Yes. Mistakes can be pointed out, but insults, threats and a stream of messages are bullying, which the protocol does not accept ({clause})."),
                        .wrong("Nothing different: the mistake was real, so {cllr.they} was entitled to be blunt.",
                               "No. A real mistake does not justify insults and threats; that is bullying ({clause})."),
                        .wrong("Sent just one message with the same words, so that it did not look like a campaign.",
                               "No. Fewer messages do not make insults and threats acceptable ({clause})."),
                        .wrong("Said it face to face on Monday instead, so that there was nothing in writing.",
                               "No. Saying it in person is no better: insults and threats are bullying however they are delivered ({clause})."),
                    ]
                ),
                Frame(
                    id: "put-up-with-it",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "At a site meeting at {place}, {cllr} stands over {officer}, the council's {officer.role}, and shouts, \"You're a disgrace. I'll have you sacked.\" Afterwards a colleague tells {officer.first} that councillors are the employer, so {officer.they} just has to put up with it. Is the colleague right?",
                    options: [
                        .wrong("Yes", "No. Working for the council does not mean accepting bullying or harassment from a councillor; the protocol does not accept it ({clause})."),
                        .right("No", "Right. Bullying and harassment are not acceptable under the protocol, whoever does it, and {officer.first} does not have to put up with it ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "courteous-dealings",
            topic: .respect,
            // Officers' side of the frames needs a rule that binds officers too.
            match: ProvisionMatch(
                binds: [.both, .officers],
                kinds: [.must, .should],
                all: [["courte"]]
            ),
            examples: [
                "All dealings between Members and Officers should be conducted courteously and neither party should seek to take advantage of their position.",
                "It is important that any dealings between Members and Officers, both written and oral, should observe professional standards of courtesy.",
                "They must show respect in all their dealings by observing reasonable standards of courtesy, and by not seeking to take unfair advantage by virtue of their position.",
                "Members and officers should treat each other with courtesy at all times.",
            ],
            nonExamples: [
                "The aim is effective and professional working relationships characterised by mutual trust, respect and courtesy.",
                "Every person must be treated fairly with dignity and respect.",
                "Members and officers should respect other's free (i.e. non-Council) time.",
                "Equally, Members should ensure that they provide the necessary respect and courtesy due to Officers in their roles.",
            ],
            frames: [
                Frame(
                    id: "third-email",
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{cllr} emails {officer}, the council's {officer.role}, for the third time in a week to ask when the broken bench at {place} will be mended. {Officer.first} is busy and finds the emails irritating. What should {officer.they} do?",
                    options: [
                        .right("Reply politely with the latest position, even though {officer.they} has answered before.",
                               "Yes. Dealings between councillors and officers, written as well as spoken, should be courteous on both sides ({clause})."),
                        .wrong("Reply \"As I have already told you twice\", so that {cllr.short} gets the message.",
                               "No. A sarcastic reply is discourteous; officers owe councillors courtesy even when a question is repeated ({clause})."),
                        .wrong("Not reply, since {officer.they} has already answered the question.",
                               "No. Ignoring a councillor is not courteous; a short, polite update would do ({clause})."),
                        .wrong("Forward the emails to the other councillors to show how often {cllr.short} writes.",
                               "No. Showing {cllr.short} up in front of colleagues is not courteous ({clause})."),
                    ]
                ),
                Frame(
                    id: "hall-booking",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} wants to hire the community centre hall for {cllr.their} daughter's birthday party, but the date {cllr.they} wants is already booked by a yoga class. {Cllr.they} asks {officer}, the council's {officer.role}, to move the class to another room, adding, \"I am on the council, after all.\" What should {cllr.short} have done?",
                    options: [
                        .right("Booked like any other resident, and picked another date.",
                               "Yes. Councillors and officers should not use their position to get an advantage; {cllr.short}'s party is a private booking like anyone else's ({clause})."),
                        .wrong("Nothing different: councillors may have priority for council facilities.",
                               "No. Being a councillor gives no priority for a private booking; using the position that way is taking unfair advantage ({clause})."),
                        .wrong("Asked the same thing, but without mentioning that {cllr.they} is a councillor.",
                               "No. {Officer.first} already knows that {cllr.short} is on the council, so asking staff to move someone else's booking for a private party still leans on {cllr.their} position ({clause})."),
                        .wrong("Asked the Chair of the council to have a word with {officer.first}.",
                               "No. Getting the Chair involved is still using a council position to gain a private advantage ({clause})."),
                    ],
                    requires: [["advantage"]]
                ),
            ]
        ),
        Provision(
            id: "respect-free-time",
            topic: .respect,
            match: ProvisionMatch(
                kinds: [.should, .must, .shouldNot, .mustNot],
                all: [["free time", "free (i.e. non-council) time", "non-council time", "outside working hours", "outside office hours",
                       "out of hours", "personal time"]]
            ),
            examples: [
                "Members and officers should respect other's free (i.e. non-Council) time.",
                "Councillors and officers should respect each other's free time.",
                "Members should not contact officers outside working hours unless the matter is urgent.",
            ],
            nonExamples: [
                "Officers will do their best to give timely responses to members' enquiries.",
                "Members will endeavour to give timely responses to enquiries from officers.",
                "Members should avoid disrupting officers' work by imposing their own priorities.",
            ],
            frames: [
                Frame(
                    id: "christmas-lights",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "On a Saturday evening {cllr} notices that some of the Christmas lights in the high street have stopped working. Nothing is dangerous. {Cllr.they} has the personal mobile number of {officer}, the member of staff who looks after the lights. What should {cllr.short} do?",
                    options: [
                        .right("Email the council office, so that it is picked up when staff are next at work.",
                               "Yes. Councillors should respect officers' free time, and a fault that is not dangerous can wait for working hours ({clause})."),
                        .wrong("Ring {officer.first} now, since {officer.they} is the one responsible for the lights.",
                               "No. Being responsible for the lights does not put {officer.first} on call in {officer.their} own time for a fault that can wait ({clause})."),
                        .wrong("Text {officer.first} and ask for an update by Sunday night.",
                               "No. Asking for an update over the weekend still eats into {officer.their} free time, for something that can wait ({clause})."),
                        .wrong("Post about it on the council's Facebook page and tag {officer.first}, so that {officer.they} sees it.",
                               "No. That still chases {officer.first} in {officer.their} own time, and in public ({clause})."),
                    ]
                ),
                Frame(
                    id: "sunday-call",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "{officer}, the council's {officer.role}, is at {officer.their} son's football match on a Sunday afternoon when {cllr} rings with a question about the agenda for a meeting later in the month. {Officer.first} lets it go to voicemail and rings back on Monday morning. Was that acceptable under the protocol?",
                    options: [
                        .right("Yes", "Yes. A routine question can wait for working hours; the protocol asks councillors and officers to respect each other's free time ({clause})."),
                        .wrong("No", "No. Councillors should respect officers' free time, and a routine question about a meeting weeks away can wait until Monday ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
