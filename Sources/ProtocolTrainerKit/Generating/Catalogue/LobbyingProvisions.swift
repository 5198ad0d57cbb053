extension Catalogue {
    /// Officers do not lobby councillors on their own employment or budgets.
    static let lobbying: [Provision] = [
        Provision(
            id: "officers-do-not-lobby-on-employment",
            topic: .lobbying,
            match: ProvisionMatch(
                binds: [.officers],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: [["lobby", "seek support", "seek the support"], ["employment", "grading", "salary", "pay rise", "their pay", "conditions of service", "personal"]]
            ),
            examples: [
                "Officers must not normally lobby councillors on personal employment matters except through the agreed procedures as management or trade union representatives.",
                "Officers must not normally lobby Councillors e.g. about personal employment matters or budgetary matters; such issues should be taken through agreed procedures.",
                "Officers should not lobby individual councillors about their pay, grading or other conditions of service.",
            ],
            nonExamples: [
                "Likewise officers must not lobby on budgetary matters outside of the agreed procedures.",
                "Members should not lobby officers about personal matters.",
                "An officer shall not discuss with a member personal matters concerning him/herself or another individual employee.",
            ],
            frames: [
                Frame(
                    id: "regrading",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, thinks {officer.their} job should be regraded. At the summer fete {officer.they} gets chatting to {cllr}, who sits on the committee that deals with staffing, and asks {cllr.them} to push for the regrading when the committee next meets. What should {officer.first} have done?",
                    options: [
                        .right("Raised it through the council's agreed procedures for pay and grading, not with a councillor.",
                               "Yes. Officers should not lobby councillors about their own employment; such matters go through the council's agreed procedures ({clause})."),
                        .wrong("Nothing different: a friendly word at a social event is not lobbying.",
                               "No. Asking a councillor to push your case is lobbying wherever it happens, at the fete as much as in the office ({clause})."),
                        .wrong("Waited until after the fete and asked {cllr.short} by email, so that there is a record.",
                               "No. Putting the request in writing does not change what it is: lobbying a councillor about {officer.their} own job ({clause})."),
                        .wrong("Written to every member of the committee, so that no one is left out.",
                               "No. Lobbying the whole committee is still lobbying. Pay and grading go through the agreed procedures ({clause})."),
                    ]
                ),
                Frame(
                    id: "evening-call",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, rings {cllr} at home on a {day} evening. {Officer.they} is unhappy about {officer.their} working hours and asks {cllr.short} to speak up for {officer.them} at the next staffing meeting. What should {cllr.short} do?",
                    options: [
                        .right("Politely decline to take it up, and suggest {officer.first} uses the council's agreed procedures.",
                               "Yes. Officers should not lobby councillors about their own employment; it goes through the council's agreed procedures, and a councillor should not encourage it ({clause})."),
                        .wrong("Agree to raise it, since councillors should look after the staff.",
                               "No. Taking up a member of staff's own employment case would go round the agreed procedures that the protocol says such matters must use ({clause})."),
                        .wrong("Raise it at the meeting, but without saying who asked.",
                               "No. Keeping the name back does not make it right. The request is still lobbying, and it belongs in the agreed procedures ({clause})."),
                        .wrong("Ring the {clerk} the next morning and ask for {officer.first}'s hours to be changed.",
                               "No. That is taking up the lobbying on {officer.first}'s behalf. Employment matters go through the agreed procedures ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "officers-do-not-lobby-on-budgets",
            topic: .lobbying,
            match: ProvisionMatch(
                binds: [.officers],
                kinds: [.mustNot, .shouldNot, .mayNot],
                all: [["lobby", "seek support", "seek the support"], ["budget"]]
            ),
            examples: [
                "Likewise officers must not lobby on budgetary matters outside of the agreed procedures.",
                "Officers must not normally lobby Councillors e.g. about personal employment matters or budgetary matters; such issues should be taken through agreed procedures.",
                "Staff should not lobby individual members for a bigger budget for their own service.",
                "Staff should not approach individual councillors to seek support for increases in the budget for their service.",
            ],
            nonExamples: [
                "Officers must not normally lobby councillors on personal employment matters except through the agreed procedures as management or trade union representatives.",
                "Officers will prepare the draft budget for consideration by the Finance Committee.",
            ],
            frames: [
                Frame(
                    id: "christmas-lights",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, wants more money for next year's Christmas lights. A week before the draft budget is drawn up, {officer.they} emails three councillors {officer.they} knows well, asking them to vote for an increase. What should {officer.first} have done?",
                    options: [
                        .right("Put the case for more money through the council's agreed budget process, not to councillors one by one.",
                               "Yes. Officers should not lobby councillors on budget matters; bids go through the council's agreed procedures ({clause})."),
                        .wrong("Nothing different: it is not lobbying when the money is for the community rather than for {officer.them}.",
                               "No. Lobbying about budgets is ruled out whoever benefits. The case goes through the agreed procedures ({clause})."),
                        .wrong("Emailed every councillor instead, so that the approach was even-handed.",
                               "No. Lobbying all the councillors is still lobbying. The agreed budget process is the place for the case ({clause})."),
                        .wrong("Asked a few residents to write to the councillors instead.",
                               "No. Getting others to lobby for you is still going round the agreed budget procedures ({clause})."),
                    ]
                ),
                Frame(
                    id: "word-after-work",
                    type: .yesNo,
                    roles: [.councillor],
                    difficulty: .easy,
                    stem: "{cllr} chairs the Finance Committee. As {cllr.they} leaves the council office one {day}, {officer}, the council's {officer.role}, asks {cllr.them} to make sure the grounds maintenance budget is not cut next year. {Cllr.short} says {cllr.they} will look at the case when it comes through the budget process, and not before. Was {cllr.short} right?",
                    options: [
                        .right("Yes", "Yes. Officers should not lobby councillors about budgets; the case belongs in the council's agreed budget process, and that is where {cllr.short} should weigh it ({clause})."),
                        .wrong("No", "No. A private word from an officer about a budget is the lobbying the protocol rules out. {Cllr.short} was right to point to the budget process ({clause})."),
                    ]
                ),
            ]
        ),
        Provision(
            id: "officers-keep-personal-matters-from-members",
            topic: .lobbying,
            match: ProvisionMatch(
                binds: [.officers],
                kinds: [.mustNot, .shouldNot, .mayNot, .canExpect],
                all: [["personal matters", "personal issues"], ["discuss", "raise", "raised"]],
                none: ["by councillors"]
            ),
            examples: [
                "An officer shall not discuss with a member personal matters concerning him/herself or another individual employee.",
                "Officers should not raise personal matters about themselves or their colleagues with individual councillors.",
                "Staff must not raise personal issues with members outside the council's agreed procedures.",
            ],
            nonExamples: [
                "Not to have personal issues raised with them by Councillors outside the Council's agreed procedures",
                "Officers must not normally lobby councillors on personal employment matters except through the agreed procedures as management or trade union representatives.",
                "Members should not discuss personal matters concerning officers in public.",
            ],
            frames: [
                Frame(
                    id: "late-colleague",
                    roles: [.officer],
                    difficulty: .medium,
                    stem: "{officer}, the council's {officer.role}, is fed up that a colleague keeps arriving late and leaving {officer.them} to open up the office alone. After a council meeting {officer.they} tells {cllr}, whom {officer.they} gets on well with, all about it. What should {officer.first} have done?",
                    options: [
                        .right("Raised it through the council's own procedures for staff matters, not with a councillor.",
                               "Yes. An officer should not take personal matters, about {officer.them}self or a colleague, to individual councillors; they go through the council's procedures ({clause})."),
                        .wrong("Nothing different: it was a chat after a meeting, not a formal complaint.",
                               "No. An informal chat is still discussing a colleague's personal matters with a councillor ({clause})."),
                        .wrong("Asked {cllr.short} to keep it to {cllr.them}self.",
                               "No. The problem is raising the matter with a councillor at all, not whether it goes any further ({clause})."),
                        .wrong("Told only the Chair of the council, who has more say over the staff.",
                               "No. The Chair is a councillor too. Staff matters go through the council's procedures, not to individual councillors ({clause})."),
                    ]
                ),
                Frame(
                    id: "confiding",
                    roles: [.councillor],
                    difficulty: .medium,
                    stem: "Over a coffee after a committee meeting, {officer}, the council's {officer.role}, starts telling {cllr} that {officer.they} feels unfairly treated over overtime and wants {cllr.short}'s advice. What should {cllr.short} do?",
                    options: [
                        .right("Explain kindly that {cllr.they} cannot discuss it, and suggest {officer.first} uses the council's agreed procedures.",
                               "Yes. An officer's personal matters should not be discussed with individual councillors; they go through the council's procedures ({clause})."),
                        .wrong("Listen, and promise to raise it with the {clerk} on {officer.first}'s behalf.",
                               "No. Taking up an officer's personal case makes the councillor part of it. It belongs in the council's procedures ({clause})."),
                        .wrong("Hear the details, as long as it stays between the two of them.",
                               "No. Keeping it private does not make it right to discuss an officer's personal matters with a councillor ({clause})."),
                        .wrong("Raise the overtime problem at the next council meeting.",
                               "No. An officer's personal matters are not for councillors to take up, and certainly not in a public meeting ({clause})."),
                    ]
                ),
            ]
        ),
    ]
}
