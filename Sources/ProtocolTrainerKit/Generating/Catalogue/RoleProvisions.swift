extension Catalogue {
    /// Officers' professional advice and recommendations; councillors' and officers' roles.
    static let roles: [Provision] = [
        Provision(
            id: "recommendation-is-officers-own",
            topic: .roles,
            match: ProvisionMatch(
                kinds: [.may, .must, .should, .isResponsible, .hasRight],
                all: [["recommendation"], ["officer's own", "officer’s own", "officers' own", "own professional", "own recommendation",
                                           "their own views", "own views"]]
            ),
            examples: [
                "An Officer may report the views of individual Councillors on an issue, but any recommendation should be the Officer’s own.",
                "In giving such advice to Councillors, and in preparing and presenting reports, it is the responsibility of the Officer to express his/her own professional views and recommendations.",
                "An Officer may report the views of individual Councillors on an issue, but the recommendation should be the Officer's own.",
                "Any recommendation in an officer's report must be the officer's own professional view, whatever individual members think.",
            ],
            nonExamples: [
                "If a Councillor wishes to express a contrary view they should not pressurise the Officer to make a recommendation contrary to the Officer’s professional view, nor victimise an Officer for discharging their responsibility.",
                "The Town Clerk will ensure that any reports or advice offered to a political group are statements of relevant facts, with an appraisal of options and do not deal with the political implications of the matter or options, or make any recommendations.",
                "They must not allow their professional judgement and advice to be influenced by their own personal views.",
            ],
            frames: [
                Frame(
                    id: "play-equipment",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, is writing a report on new play equipment for the recreation ground. {cllr}, who has campaigned for the scheme, rings on {day} and asks {officer.them} to recommend the most expensive option. {Officer.first}'s own assessment is that a cheaper option is better value. What should {officer.first} do?",
                    options: [
                        .right("Recommend the option {officer.they} judges best, the cheaper one.",
                               "Yes. An officer's recommendation must be the officer's own professional view, whatever individual councillors would like ({clause})."),
                        .wrong("Recommend the expensive option, since councillors decide the council's policy.",
                               "No. Councillors decide, but the recommendation in an officer's report must be the officer's own ({clause})."),
                        .wrong("Leave out any recommendation, so as not to upset {cllr.short}.",
                               "No. It is the officer's job to give a professional recommendation, not to drop it to avoid upsetting a councillor ({clause})."),
                        .wrong("Ask the chair of the committee to decide what the report should recommend.",
                               "No. The recommendation must be the officer's own, not the chair's or any other councillor's ({clause})."),
                    ]
                ),
                Frame(
                    id: "both-views",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, is reporting on where to put a new bus shelter. {cllr} strongly prefers a site outside {place}. In the report {officer.first} notes that {cllr.short} favours that site, but recommends a different one that {officer.they} thinks is safer. Was this the right way to write the report?",
                    options: [
                        .right("Yes", "Yes. An officer may report an individual councillor's views, but the recommendation must be the officer's own ({clause})."),
                        .wrong("No", "No. Noting a councillor's view is allowed, and the recommendation must be the officer's own, so the report was written properly ({clause})."),
                    ],
                    requires: [["views of individual", "report the views"]]
                ),
            ]
        ),
        Provision(
            id: "no-pressure-to-change-advice",
            topic: .roles,
            match: ProvisionMatch(
                // .officers too: "Officers' reports will contain their own recommendations, and members must not put pressure …"
                binds: [.councillors, .chairs, .both, .officers],
                kinds: [.mustNot, .shouldNot, .mayNot, .must, .should],
                all: [["pressuris", "pressuriz", "pressure", "insist", "lean on"], ["recommendation", "advice", "professional view"]]
            ),
            examples: [
                "If a Councillor wishes to express a contrary view they should not pressurise the Officer to make a recommendation contrary to the Officer’s professional view, nor victimise an Officer for discharging their responsibility.",
                "Members must respect the impartiality of officers and do nothing to compromise it, e.g. by insisting that an officer change his/her professional advice.",
                "If a Councillor wishes to express a contrary view, they should not pressurise the officer to make a recommendation contrary to the officer's professional view, nor victimise an officer for discharging his/her responsibilities.",
                "Councillors must not put pressure on officers to change their professional advice.",
            ],
            nonExamples: [
                "Members should not put pressure on staff to provide resources or support which officers are not permitted to give.",
                "Members should not put pressure on an Officer with regard to matters which have been delegated for Officer decision under the Scheme of Delegation to Officers.",
                "An Officer may report the views of individual Councillors on an issue, but any recommendation should be the Officer’s own.",
            ],
            frames: [
                Frame(
                    id: "bowls-club-grant",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "The agenda for {day}'s Finance Committee includes a report from the {clerk} recommending that the council turns down a grant for the bowls club. {cllr} thinks the club deserves the money. What should {cllr.short} do?",
                    options: [
                        .right("Argue for the grant in the debate, and let the committee decide.",
                               "Yes. A councillor who disagrees can say so at the meeting, but should not press the officer to change the recommendation ({clause})."),
                        .wrong("Ask the {clerk} to change the recommendation before the agenda goes out.",
                               "No. Pushing an officer to change a professional recommendation is what the protocol rules out ({clause})."),
                        .wrong("Ask the chair of the committee to have the report rewritten.",
                               "No. Getting the chair to lean on the officer is still pressure to change the officer's advice ({clause})."),
                        .wrong("Warn the {clerk} that councillors will remember it if the recommendation is not changed.",
                               "No. Veiled threats like this put an officer under pressure to change professional advice, which councillors must not do ({clause})."),
                    ]
                ),
                Frame(
                    id: "late-email",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .easy,
                    stem: "Late on {day} evening {cllr} emails {officer}, the council's {officer.role}, insisting that the recommendation in {officer.their} report on {place} is changed before it goes to committee, because residents will not accept it. {Officer.first} keeps the recommendation and replies that {cllr.short} can argue against it at the meeting. Was {officer.first} right?",
                    options: [
                        .right("Yes", "Yes. The recommendation is the officer's professional view. A councillor who disagrees says so at the meeting, and should not pressure the officer to change it ({clause})."),
                        .wrong("No", "No. Officers should not give in to pressure to change their professional advice; {cllr.short} can make the case at the meeting ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "decisions-made-in-meetings",
            topic: .roles,
            match: ProvisionMatch(
                binds: [.councillors, .both],
                all: [["make decisions", "take decisions", "decisions are made", "decisions are taken", "only be made", "only be taken"], ["meeting", "committee"]]
            ),
            examples: [
                "Councillors make decisions in Committee and Council meetings (when the topics discussed will be in accordance with the Committee Terms of Reference)",
                "Members of a committee or sub-committee shall take decisions within the remit of that committee or sub-committee and will not otherwise instruct officers to act.",
                "Decisions of the council can only be made at properly convened meetings of the council or its committees.",
                "Individual councillors cannot make decisions on behalf of the council; decisions are made only at council and committee meetings.",
            ],
            nonExamples: [
                "Party group meetings are not empowered to make decisions on behalf of the Council, and conclusions reached at such meetings do not rank as formal decisions.",
                "A chairman has no legal power to take decisions on behalf of a committee or sub-committee; neither should he/she apply inappropriate pressure on the officer.",
                "Officers have a duty to implement decisions of the Council, committees and sub-committees which are lawful.",
            ],
            frames: [
                Frame(
                    id: "quiz-night",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "After a quiz night, {cllr} and three other members of the Amenities Committee agree over a drink that the council should buy a new noticeboard for {place}. The next morning {cllr.short} emails the {clerk} to say the committee members are all agreed, so the noticeboard can be ordered. What should {cllr.short} have done?",
                    options: [
                        .right("Asked for the noticeboard to go on the agenda of the next committee meeting, where it can be decided.",
                               "Yes. Councillors make decisions at council and committee meetings, not in informal chats, however many of them agree ({clause})."),
                        .wrong("Nothing different: most of the committee agreed, so it is a decision.",
                               "No. Councillors agreeing informally is not a decision of the committee; decisions are made at its meetings ({clause})."),
                        .wrong("Held a vote by email among the committee members, so that there is a record.",
                               "No. An email vote is not a meeting; decisions are taken at properly held committee or council meetings ({clause})."),
                        .wrong("Asked the chair of the committee to sign off the order instead.",
                               "No. The chair on their own cannot make the committee's decisions; the decision belongs to the meeting ({clause}).",
                               unless: [["chair", "between meetings"], ["chairman", "between meetings"], ["chair", "urgent"],
                                        ["chairman", "urgent"], ["chair's action"], ["chairman's action"]]),
                    ]
                ),
                Frame(
                    id: "chat-group",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "Most of the councillors are in a WhatsApp group, and over the weekend they agree there to cancel this year's fireworks display. On {day} {cllr} messages {clerkName}, the {clerk}, to say it has been decided and the booking should be cancelled. Should {clerkName.first} cancel the booking?",
                    options: [
                        .wrong("Yes", "No. Councillors make decisions at council and committee meetings. A chat group, however many councillors are in it, does not make a decision the {clerk} can act on ({clause})."),
                        .right("No", "Right. There is no decision yet: councillors make decisions at council and committee meetings, not in a chat group. The matter needs to go to a meeting ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "chair-cannot-decide-alone",
            topic: .roles,
            match: ProvisionMatch(
                all: [["chair", "mayor"], ["no legal power", "no power", "no authority", "not empowered", "not the chair", "cannot take decisions",
                                           "cannot make decisions"]]
            ),
            examples: [
                "A chairman has no legal power to take decisions on behalf of a committee or sub-committee; neither should he/she apply inappropriate pressure on the officer.",
                "In these circumstances it is the officer, not the chairman, who takes the action and is responsible for it.",
                "The Chair of a committee has no authority to make decisions on the committee's behalf outside a meeting.",
            ],
            nonExamples: [
                "Chairs and Vice-Chairs have additional responsibilities.",
                "The Town Mayor may initiate correspondence in his/her own name.",
                "At some committee or sub-committee meetings, a resolution may be passed which authorises a named officer to take action between meetings in consultation with the chairman.",
            ],
            frames: [
                Frame(
                    id: "band-booking",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{cllr} chairs the council's Events Committee. Between meetings, a local band asks to play at the summer fete, and {cllr.short} tells {officer}, the council's {officer.role}, that as chair {cllr.they} has approved it and the booking can go ahead. What should {cllr.short} have done?",
                    options: [
                        .right("Told the band the request must be decided by the committee, or by an officer the committee has authorised.",
                               "Yes. A chair has no power to take decisions on the committee's behalf ({clause})."),
                        .wrong("Nothing different: a chair can decide small matters between meetings.",
                               "No. Being chair does not give the power to decide for the committee, however small the matter ({clause}).",
                               unless: [["chair", "between meetings", "decide"], ["chairman", "between meetings", "decide"],
                                        ["chair", "urgent"], ["chairman", "urgent"]]),
                        .wrong("Approved it, but confirmed it to {officer.first} by email so that there is a record.",
                               "No. Putting it in writing does not give a chair a power the chair does not have ({clause})."),
                        .wrong("Approved it, and reported it to the committee at its next meeting.",
                               "No. Telling the committee afterwards does not make it the committee's decision ({clause}).",
                               unless: [["chair's action"], ["chairman's action"], ["chair", "urgent"], ["chairman", "urgent"]]),
                    ]
                ),
                Frame(
                    id: "fence-contractor",
                    type: .yesNo,
                    roles: [.officer],
                    difficulty: .hard,
                    stem: "The Amenities Committee has authorised {officer}, the council's {officer.role}, to choose a contractor for the new fence at {place}, after consulting the committee's chair, {cllr}. {Cllr.short} tells {officer.first} to pick a firm that has worked for the council before. {Officer.first} listens, but picks the firm with the best-value quote. Was it right for {officer.first} to make the choice?",
                    options: [
                        .right("Yes", "Yes. The chair has no power to decide for the committee. {Officer.first} was given the job, so {officer.they} decides, having listened to the chair ({clause})."),
                        .wrong("No", "No. Being consulted does not let a chair decide. The choice was given to {officer.first}, and the chair should not press {officer.them} ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
