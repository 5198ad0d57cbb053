import Foundation
import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import TestSupport

/// Determinism, stable ids and plain warnings.
struct GeneratorBehaviourTests {
    @Test func sameInputAndSeedGiveTheSameBytes() throws {
        let first = try Banks.generated("iminster", seed: 7).jsonData()
        let second = try Banks.generated("iminster", seed: 7).jsonData()
        #expect(first == second)
    }

    @Test func theSeedVariesTheCastButNotTheIDs() throws {
        let zero = try Banks.generated("northampton", seed: 0)
        let one = try Banks.generated("northampton", seed: 1)
        #expect(zero.questions.map(\.id) == one.questions.map(\.id))
        #expect(zero.questions.map(\.stem) != one.questions.map(\.stem))
    }

    /// The seed may change names, places and order, never which questions there are: a question, and the clerk's review
    /// of it, must not come and go with `--seed`.
    @Test(arguments: Seeds.councils)
    func theSeedNeverChangesWhichQuestionsThereAre(council: String) throws {
        let zero = Set(try Banks.generated(council, seed: 0).questions.map { "\($0.id) \($0.origin)" })
        #expect(!zero.isEmpty)
        for seed: UInt64 in [1, 2, 99] {
            #expect(Set(try Banks.generated(council, seed: seed).questions.map { "\($0.id) \($0.origin)" }) == zero, "seed \(seed)")
        }
    }

    @Test func idsSurviveChangesToOtherClauses() throws {
        let original = try Seeds.text("wimborne-minster")
        let edited = original.replacingOccurrences(of: "Members will endeavour to give timely responses to enquiries from officers.",
                                                   with: "Members will always reply to officers within five working days.")
        #expect(edited != original)
        let before = QuestionGenerator().generate(ProtocolReader().read(text: original), protocolSHA256: "a").bank
        let after = QuestionGenerator().generate(ProtocolReader().read(text: edited), protocolSHA256: "b").bank
        let untouched = before.questions.filter { $0.citations.allSatisfy { $0.clause != "5.8" } }
        let afterIDs = Set(after.questions.map(\.id))
        #expect(untouched.allSatisfy { afterIDs.contains($0.id) })
        #expect(before.questions.filter { $0.citations.contains { $0.clause == "5.8" } }.allSatisfy { !afterIDs.contains($0.id) })
    }

    @Test func aProtocolWithNoRulesGivesAnEmptyBankAndAWarning() {
        let document = ProtocolReader().read(text: "Introduction\n\nThis document describes the history of the council.\n\n1. The council was founded in 1894.\n")
        let result = QuestionGenerator().generate(document, protocolSHA256: "x")
        #expect(result.bank.questions.isEmpty)
        #expect(result.warnings.first?.contains("No rules were found") == true)
    }

    @Test func regeneratingKeepsTheClerksReview() throws {
        var old = try Banks.generated("rayleigh")
        old.questions[0].status = .approved
        old.questions[1].status = .retired
        var fresh = try Banks.generated("rayleigh")
        BankStore.carryOverStatuses(from: old, into: &fresh)
        #expect(fresh.questions[0].status == .approved)
        #expect(fresh.questions[1].status == .retired)
        #expect(fresh.questions[2].status == .draft)
    }

    /// A right answer another clause qualifies is no longer the one answer, so its frame is not asked: where the
    /// Town Clerk fills ordinary posts, no question has councillors on the panel for one.
    @Test func aRightAnswerAnotherClauseQualifiesIsNotAsked() throws {
        let appointing = """
        Example Town Council

        1. Councillors taking part in the appointment of staff must not canvass support for any candidate, and a councillor with a close relative among the applicants must take no part.
        2. Councillors should not seek to influence the appointment of staff.
        """
        let delegated = appointing + "3. Posts other than the Town Clerk are appointed by the Town Clerk.\n"
        func panelQuestions(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .filter { $0.stem.contains("panel") && !$0.stem.contains("not on the panel") && !$0.stem.contains("not on the interview panel") }
                .map(\.origin)
        }
        #expect(!panelQuestions(appointing).isEmpty, "the panel frames are asked where councillors appoint")
        #expect(panelQuestions(delegated).isEmpty, "\(panelQuestions(delegated))")
    }

    /// Where the protocol leaves a matter to judgement or allows part of it, a frame whose key is the strict reading
    /// is not asked: readers found a second right answer in each of these.
    @Test(arguments: [
        ("Councillors and officers should avoid close personal familiarity, which can lead to suspicion of favouritism.",
         "Social contact between councillors and staff at council events is welcome.",
         "catalogue:avoid-close-familiarity/"),
        ("Councillors should not give a reference for anyone applying for a post with the council.",
         "A councillor who employs an applicant may give a factual reference, such as dates of employment.",
         "catalogue:no-references-from-councillors/"),
        ("An applicant who canvasses councillors for support will be disqualified.",
         "",
         "catalogue:canvassing-disqualifies/email-to-all"),
        ("Councillors taking part in the appointment of staff must not canvass support for any candidate.",
         "The appointment of the Deputy Clerk is made by the Staffing Committee.",
         "catalogue:no-canvassing-for-candidates/coffee-question"),
        ("A letter from a councillor to an officer should not be copied to another councillor without the writer's consent, and never by blind copy.",
         "Where another councillor has a direct interest, the officer may copy the letter to them openly and tell the writer.",
         "catalogue:no-blind-copies/saves-time"),
        ("Officers must declare to the Town Clerk any interest that relates to their work.",
         "Where a club an officer belongs to applies for a grant, the officer should not handle the application.",
         "catalogue:officers-declare-interests/association-books"),
        ("Councillors may inspect any council document they need for their work as councillors.",
         "Where an officer is unsure whether a councillor may see a document, the officer will discuss it with the Chair.",
         "catalogue:inspect-documents/roof-survey"),
        ("Officers must pass any enquiry from the press to the Town Clerk.",
         "Officers may give factual information about events, services and opening times.",
         "catalogue:officers-refer-media-to-clerk/councillor-suggests-a-word"),
        ("Councillors taking part in the appointment of staff must not canvass support for any candidate.",
         "The appointment of staff is dealt with by the Staffing Committee.",
         "catalogue:no-canvassing-for-candidates/ring-round"),
        ("Councillors taking part in the appointment of staff must not canvass support for any candidate.",
         "The appointment and discipline of staff are matters for the council through its Staffing Committee.",
         "catalogue:no-canvassing-for-candidates/coffee-question"),
        ("Councillors should not give a reference for anyone applying for a post with the council.",
         "A councillor should not act as a referee for a candidate without first informing the Town Clerk.",
         "catalogue:no-references-from-councillors/"),
        ("Councillors should not give a reference for anyone applying for a post with the council.",
         "A councillor should not act as a referee for a candidate, except to give a personal character reference.",
         "catalogue:no-references-from-councillors/"),
        ("Councillors must use their council email account for all correspondence about council business.",
         "A councillor may set the council address to forward messages to a personal account.",
         "catalogue:council-email/personal-address"),
        ("A councillor may see the papers of a committee they do not sit on only where they show a need to know.",
         "A councillor will normally be able to see the papers of any committee, except confidential ones.",
         "catalogue:need-to-know/"),
        ("A serious complaint that a councillor has not kept to this protocol may be treated as a breach of the code of conduct. The Town Mayor chairs the council.",
         "A member of staff's concern about a councillor goes to the Town Clerk, and to the Personnel Committee if the Town Clerk cannot resolve it.",
         "catalogue:member-breach-to-code-process/abuse-again"),
        ("Officers must pass any enquiry from the press to the Town Clerk.",
         "Officers may give factual information about events, services and opening times.",
         "catalogue:officers-refer-media-to-clerk/reporter-at-the-depot"),
        ("A party group cannot require officers to attend its meetings. The Town Mayor chairs the council.",
         "The Town Clerk decides which officer, if any, will brief a group.",
         "catalogue:groups-cannot-require-officers/group-leader-refused"),
        ("A serious complaint that a councillor has not kept to this protocol may be treated as a breach of the code of conduct. The Town Mayor chairs the council.",
         "If a member of staff's concern about a councillor is serious, the Town Clerk will refer the matter to the Personnel Committee.",
         "catalogue:member-breach-to-code-process/abuse-again"),
        ("Disputes about whether a councillor needs to know will be determined by the Town Clerk.",
         "A councillor still dissatisfied may take it to the Staffing Committee, whose decision will be final.",
         "catalogue:need-to-know-disputes/who-settles"),
        ("Officers serve the council as a whole and must help every party group alike.",
         "The support officers give a party group may reflect the size of the group.",
         "catalogue:officers-serve-whole-council/budget-costings"),
        ("A councillor who would like the council to issue a press release must ask the Town Clerk to arrange it.",
         "The council's communications team issues its press releases.",
         "catalogue:council-press-releases-through-clerk/open-day-release"),
        ("A report marked confidential is for the use of the councillor it is sent to and must not be passed to any other person.",
         "Councillors must not show confidential papers to anyone who is not a member of the council.",
         "catalogue:confidential-papers/bowls-club"),
        ("Councillors must not put pressure on an officer to change the recommendation in a report.",
         "A councillor may ask for a report to set out alternative options.",
         "catalogue:no-pressure-to-change-advice/bowls-club-grant"),
        ("Members may inspect any council document they need to carry out their duties as councillors.",
         "No councillor may see a document for a private or party purpose.",
         "catalogue:inspect-documents/lights-invoices"),
        ("Correspondence between a councillor and an officer will not be copied to another councillor without the writer's consent.",
         "Replies to ward casework on a public matter will be copied to all the councillors for that ward.",
         "catalogue:no-blind-copies/keep-me-in-the-loop"),
        ("Councillors must not put pressure on an officer over a matter delegated to the officer. The Town Mayor chairs the council.",
         "Where a decision is delegated to an officer, the officer will consider the views of ward councillors.",
         "catalogue:no-pressure-on-delegated-decisions/small-grant"),
        ("Officers serve the council as a whole and must help every party group alike.",
         "Officers will not help any group to prepare a budget amendment.",
         "catalogue:officers-serve-whole-council/budget-costings"),
        ("A councillor may see the papers of a committee they do not sit on only where they show a need to know.",
         "An officer who doubts a councillor's need to know may not finally refuse the request, but refers it to the Town Clerk.",
         "catalogue:need-to-know/planning-curiosity"),
        ("A councillor may see the papers of a committee they do not sit on only where they show a need to know.",
         "An officer who is minded to refuse a councillor's request refers it to the Town Clerk, whose decision is final.",
         "catalogue:need-to-know/planning-curiosity"),
        ("Councillors must not put pressure on officers to change their professional advice.",
         "A councillor may ask for a report to be amended or withdrawn, but its final wording is for the officer who wrote it.",
         "catalogue:no-pressure-to-change-advice/asking-why"),
        ("Councillors must not pass on to any other person a document marked confidential which has been supplied to them.",
         "Councillors must not disclose the contents of confidential papers to anyone outside the council.",
         "catalogue:confidential-papers/bowls-club"),
        ("Allegations that a member has breached the protocol may be treated as complaints under the Members' Code of Conduct. The Town Mayor chairs the council.",
         "If an officer's concern about a councillor cannot be resolved informally, the officer may ask for it to be referred to the Staffing Committee.",
         "catalogue:member-breach-to-code-process/abuse-again"),
        ("The Town Clerk will not attend a meeting of a party group where some of those attending are not members of the council.",
         "Officers will not attend group meetings at which people who are not councillors are present, unless the Town Clerk has expressly agreed.",
         "catalogue:group-meetings-with-non-members/clerk-finds-visitors"),
        ("The Town Clerk will not attend a meeting of a party group where some of those attending are not members of the council.",
         "Officers will not normally attend group meetings at which people who are not councillors are present.",
         "catalogue:group-meetings-with-non-members/clerk-finds-visitors"),
        ("Officers will not copy a councillor's correspondence to another councillor without the writer's consent, and will not use blind copies.",
         "Where an officer intends to copy a reply to another councillor, the officer will do so openly.",
         "catalogue:no-blind-copies/keep-me-in-the-loop"),
        ("Where people who are not councillors attend a party group meeting, officers take special care over confidential information.",
         "Officers will not attend any group meeting at which people who are not members of the council are present.",
         "catalogue:group-meetings-with-non-members/invite-party-chair"),
        ("An individual councillor must not give instructions to members of staff; requests for work go to the Town Clerk.",
         "A councillor who emails any member of staff other than the Town Clerk must copy the email to the Town Clerk.",
         "catalogue:individual-cannot-instruct/bus-meeting"),
        ("Officers must treat every party group even-handedly and must not favour one group over another.",
         "Committee chairs are consulted by officers on draft agendas and reports.",
         "catalogue:groups-treated-even-handedly/early-draft"),
        ("A councillor may see the papers of a committee they do not sit on only where they show a need to know.",
         "Where an officer doubts that a councillor has a need to know, the question is referred to the Town Clerk to settle.",
         "catalogue:need-to-know/planning-curiosity"),
        ("A councillor who has no part in an appointment must not try to influence it.",
         "A councillor may give a written reference for a candidate, which goes to the appointing panel through the Town Clerk.",
         "catalogue:no-influence-on-appointments/nephew-shortlist"),
    ])
    func aQualifiedRuleAsksNoStrictKey(rule: String, qualification: String, origin: String) {
        func origins(_ clauses: [String]) -> [String] {
            let text = "Example Town Council\n\nThe Town Clerk is the head of the council's staff.\n\n"
                + clauses.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
            return QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .map(\.origin).filter { $0.hasPrefix(origin) }
        }
        #expect(!origins([rule]).isEmpty, "the strict rule is asked")
        // The canvassing rule is qualified in its own words: "may be disqualified".
        let qualified = qualification.isEmpty ? [rule.replacingOccurrences(of: "will be", with: "may be")] : [rule, qualification]
        #expect(origins(qualified).isEmpty, "\(origins(qualified))")
    }

    /// A frame rests on words its clause must have: readers found keys with nothing under them where a clause in
    /// nearby words said something narrower (an address to write to the clerk at; a photocopier, not a photo).
    @Test(arguments: [
        ("Councillors must use their council email account for all correspondence about council business.",
         "Emails from councillors to the Town Clerk about council business should go to the Town Clerk's council email address, not a personal one.",
         "catalogue:council-email/personal-address"),
        ("Councillors must not use officers, or photographs of them, to make a political point in campaign material.",
         "Councillors must not use officers to make a political point, or the council's photocopier to print campaign leaflets.",
         "catalogue:officers-not-used-for-political-statements/litter-pick-photo"),
        ("Disagreements between councillors and officers should be resolved in private.",
         "A councillor who is unhappy with an officer's conduct should raise it privately with the Town Clerk.",
         "catalogue:disagreements-in-private/tree-newsletter"),
        ("A councillor who is unhappy with an officer should take the concern up privately with the officer or the Town Clerk.",
         "A councillor who is unhappy with an officer should raise the concern privately with the officer's line manager.",
         "catalogue:disagreements-in-private/tree-newsletter"),
        ("A councillor who has a business relationship with a member of staff, such as being their landlord, must tell the Town Clerk.",
         "A councillor who is related to a member of staff, or in business with them, must tell the Town Clerk in writing.",
         "catalogue:be-open-about-relationships/lodger"),
        ("Where people who are not councillors attend a party group meeting, officers take special care over confidential information.",
         "Councillors must not pass confidential papers to people who are not councillors, even in their own group, and must take reasonable care of them.",
         "catalogue:group-meetings-with-non-members/invite-party-chair"),
        ("Members should not give a reference for any candidate for employment with the Council.",
         "Councillors must not try to influence an appointment, including by giving an informal reference for a candidate.",
         "catalogue:no-references-from-councillors/"),
        ("When speaking to the press, councillors must make clear whether they are giving a personal view or speaking on behalf of the council.",
         "When posting on social media, councillors must make clear whether they are giving a personal view or speaking for the council.",
         "catalogue:media-capacity/interview-briefing"),
    ])
    func aFrameNeedsItsOwnWordsInTheClause(asked: String, notAsked: String, origin: String) {
        func origins(_ clause: String) -> [String] {
            let text = "Example Town Council\n\nThe Town Clerk is the head of the council's staff.\n\n1. \(clause)"
            return QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .map(\.origin).filter { $0.hasPrefix(origin) }
        }
        #expect(!origins(asked).isEmpty, "the frame is asked from its own words")
        #expect(origins(notAsked).isEmpty, "\(origins(notAsked))")
    }

    /// A frame's required words are found at the start of a word, as its provision's match is: "ask" is not in "task".
    @Test func aFrameRequiresWholeWordStarts() {
        func origins(_ clause: String) -> [String] {
            let text = "Example Town Council\n\n1. The council employs a Town Clerk and an Administration Officer. The Town Mayor chairs the council.\n2. \(clause)"
            return QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .map(\.origin).filter { $0.hasPrefix("catalogue:protocol-questions-to-clerk/drop-in-question") }
        }
        #expect(!origins("Any councillor or officer who is unsure how this protocol applies should ask the Town Clerk for guidance.").isEmpty)
        #expect(origins("Questions about the interpretation of this protocol are a task for the Town Clerk.").isEmpty)
    }

    /// Where only senior officers brief party groups, no scene has an officer of any grade at a group's meeting: readers
    /// met a Business Support Officer briefing a group where briefings are given by directors.
    @Test(arguments: [
        "Briefings to a political group will normally be given by a Director.",
        "Other officers will not attend meetings of political groups unless the Chief Executive agrees.",
        "Staff below the level of Head of Service do not attend political group meetings.",
        "The Chief Executive and, where the Chief Executive agrees, a Director may attend meetings of political groups to give advice.",
    ])
    func onlySeniorOfficersAtGroupsPutsNoOtherOfficerThere(restriction: String) {
        func stems(_ extra: String) -> [String] {
            let text = """
            Example District Council

            1. The Chief Executive is the head of paid service. The Leader leads the council.
            2. Officers will respect the confidentiality of any political group discussions at which they are present, and will not relay them to another political group.
            3. Officer support to a political group must not extend beyond providing information and advice on council business.
            \(extra)
            """
            return QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .filter { $0.origin.hasPrefix("catalogue:") }.map(\.stem)
        }
        let atAGroup = { (stem: String) in stem.contains("group's meeting") || stem.contains("brief") }
        #expect(stems("").contains(where: atAGroup), "an officer briefs a group where any may")
        let restricted = stems("4. " + restriction)
        #expect(!restricted.contains { atAGroup($0) && !$0.contains("Chief Executive") }, "\(restricted)")
    }

    /// "If the concern is about a Director, raise it with the Chief Executive" does not send a concern about the scene's
    /// officer to the Chief Executive: readers met that key where the protocol sent it to the relevant Director first.
    @Test func aRouteForConcernsAboutASeniorPostIsNotTheRouteForOtherStaff() {
        func origins(_ route: String) -> [String] {
            let text = """
            Example Borough Council

            1. The Chief Executive is the head of paid service. Directors lead the council's departments. The Mayor chairs the council.
            2. \(route)
            """
            return QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .map(\.origin).filter { $0.hasPrefix("catalogue:concern-about-officer-to-clerk/") }
        }
        #expect(!origins("A councillor who is unhappy with the conduct of an officer should raise it privately with the Chief Executive.").isEmpty)
        #expect(origins("A councillor who is unhappy with the conduct of an officer should raise it privately with the relevant Director. "
            + "Where the concern is about a Director, the councillor should raise it with the Chief Executive.").isEmpty)
    }

    /// Lists of what each side can expect are not asked as "choose all that apply": readers rejected every one as
    /// sorting the two lists. Their items are left to `bank stats`.
    @Test func expectationListsAreNotAskedItemByItem() {
        let text = """
        Example Town Council

        1. Councillors can expect from officers:
        a. a prompt reply to their questions;
        b. news of matters in their ward;
        c. political neutrality.

        2. Officers can expect from councillors:
        a. courtesy at all times;
        b. notice of large requests;
        c. respect for their role.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        #expect(!bank.questions.contains { $0.type == .chooseAll }, "\(bank.questions.map(\.origin))")
    }
}

