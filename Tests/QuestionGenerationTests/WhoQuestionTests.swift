import Foundation
import Testing
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import RuleAnalysis
@testable import TestSupport
@testable import TrainerModel

/// "Who" questions offer real roles in this council as the wrong answers, never a title it does not have, and never
/// one the protocol itself sends the concern to.
struct WhoQuestionTests {
    private static let titles = ["Mayor", "Chair", "Monitoring Officer", "Leader of the Council", "group leader", "Clerk",
                                 "Chief Executive", "Proper Officer", "Committee", "line manager"]

    /// The titles an option names that its protocol does not use.
    private static func strangeTitles(_ text: String, in document: CouncilProtocol) -> [String] {
        let protocolText = document.clauses.map { ([$0.text] + $0.items.map(\.text)).joined(separator: " ") }.joined(separator: " ").lowercased()
        return titles.filter { text.lowercased().contains($0.lowercased()) && !protocolText.contains($0.lowercased()) }
    }

    @Test(arguments: Seeds.councils)
    func wrongAnswersAreRolesThisCouncilHas(council: String) throws {
        let document = try Seeds.read(council)
        for question in try Banks.committed(council).questions where question.type == .who {
            for option in question.options {
                #expect(Self.strangeTitles(option.text, in: document).isEmpty, "\(council) \(question.id): \(option.text)")
                #expect(!option.text.lowercased().contains("newspaper"), "\(council) \(question.id): \(option.text)")
            }
            #expect(question.options.filter { !$0.correct }.count >= 2)
        }
    }

    @Test func aCouncilWithoutAClerkOrAChairIsNotOfferedOne() throws {
        let document = ProtocolReader(councilName: "Wessex County Council").read(text: """
            Member/Officer Protocol
            1. Members should raise with the Head of Paid Service any concerns about the political neutrality of an officer.
            2. An officer who believes a member may have acted other than in accordance with this protocol should raise their concern with the Monitoring Officer.
            3. Members of the Cabinet and the Leader of the Council work with Directors.
            4. Group leaders may ask for briefings from Directors.
            """)
        let who = QuestionGenerator().generate(document, protocolSHA256: "x").bank.questions.filter { $0.type == .who }
        #expect(who.count == 2, "\(who.map(\.stem))")
        for question in who {
            let wrong = question.options.filter { !$0.correct }.map(\.text)
            #expect(wrong.allSatisfy { !$0.contains("Chair") && !$0.contains("Mayor") && !$0.contains("Clerk") }, "\(wrong)")
            #expect(wrong.allSatisfy { Self.strangeTitles($0, in: document).isEmpty }, "\(wrong)")
        }
        // The neutrality concern goes to the Head of Paid Service; the Leader of the Council, whom the protocol names,
        // is a wrong answer people give, and the Monitoring Officer, to whom it sends another concern, is not offered.
        let neutrality = try #require(who.first { $0.origin == "route:neutrality" })
        #expect(neutrality.options.filter(\.correct).map(\.text) == ["The Head of Paid Service."])
        #expect(neutrality.options.contains { $0.text == "The Leader of the Council." })
        #expect(!neutrality.options.contains { $0.text.contains("Monitoring Officer") })
    }

    @Test func theChairIsCalledWhatTheProtocolCallsThem() {
        func chair(_ text: String) -> String? { CouncilVocabulary(ProtocolReader().read(text: "1. " + text + "\n")).roles.chair }
        #expect(chair("Members should tell the Town Mayor and the Deputy Mayor.") == "Town Mayor")
        #expect(chair("The Chairman of the Council may write to the press.") == "Chairman of the Council")
        #expect(chair("Complaints go to the Vice-Chair or the Chairman of the Personnel Committee.") == nil)
        #expect(chair("Members should raise it with the Chair.") == "Chair")
    }

    /// A clause that only says where breaches of the code go does not stand in for the situations of a protocol that
    /// sends staff's and councillors' concerns elsewhere: readers rejected an officer's upset sent to the Monitoring
    /// Officer where another clause sends it to the Town Clerk.
    @Test func aSecondRouteForTheSameSideIsNoFallback() throws {
        let document = ProtocolReader(councilName: "Example Town Council").read(text: """
            Example Town Council
            1. A councillor who is unhappy with the work of a member of staff should raise it privately with the chairman of the Staffing Committee.
            2. A councillor's breach of this protocol may be referred to the Monitoring Officer of the District Council.
            3. The Town Mayor chairs the council's meetings. The Staffing Committee deals with the staff's terms.
            """)
        let who = QuestionGenerator().generate(document, protocolSHA256: "x").bank.questions.filter { $0.type == .who }
        for question in who where question.citations.contains(where: { $0.clause == "2" }) {
            Issue.record("\(question.origin) asked of the breach clause: \(question.stem)")
        }
        #expect(who.contains { $0.citations.contains { $0.clause == "1" } })
    }

    /// A step taken only when the first has not settled a concern is not where it goes first: readers asked "who
    /// should she take it to?" found the Monitoring Officer as the key where the protocol's first step was the line
    /// manager, and no option for it. Nor is a situation asked where two rules send it to different places.
    @Test func aLaterStepOfARouteIsNotAskedAsTheFirst() throws {
        func routes(_ clauses: String) -> [String: String] {
            let document = ProtocolReader(councilName: "Example District Council").read(text: "Example District Council\n" + clauses
                + "\n9. The Chief Executive is the Head of Paid Service. Cabinet members work with Directors.\n")
            let who = QuestionGenerator().generate(document, protocolSHA256: "x").bank.questions.filter { $0.type == .who }
            return Dictionary(who.map { ($0.citations.first?.clause ?? "", $0.options.first(where: \.correct)?.text ?? "") },
                              uniquingKeysWith: { first, _ in first })
        }
        let staged = routes("""
            1. An officer who is concerned about the behaviour of a councillor should first raise it with their line manager.
            2. If the matter cannot be resolved in that way, an officer who is concerned about the behaviour of a councillor should refer it to the Monitoring Officer.
            """)
        #expect(staged["2"] == nil, "\(staged)")
        #expect(staged["1"]?.hasSuffix("line manager.") == true, "\(staged)")
        let contradicting = routes("""
            1. An officer who is concerned about the behaviour of a councillor should raise it with their line manager.
            2. An officer who is concerned about the behaviour of a councillor may raise it with the Monitoring Officer.
            """)
        #expect(contradicting.isEmpty, "\(contradicting)")
        // An aside before the place is read past; an appeal against a decision is a later step.
        let aside = routes("""
            1. A councillor who has a concern about the performance of an officer should raise it, in the first instance, with the officer's Head of Service.
            2. Where an officer doubts a councillor's need to know, the Monitoring Officer decides. A councillor who is dissatisfied with that decision may ask for it to be reported to the Standards Committee.
            """)
        #expect(aside["1"]?.hasSuffix("'s Head of Service.") == true, "\(aside)")
        #expect(aside["2"].map { !$0.contains("Standards Committee") } ?? true, "\(aside)")
    }

    /// Readers picked the one title beside "the full council" and "colleagues in the office": at a council with the
    /// posts, the wrong answers are the real roles people take such a concern to.
    @Test func wrongRoutesAreThisCouncilsRealRolesFirst() throws {
        let document = ProtocolReader(councilName: "Example District Council").read(text: """
            Example District Council
            1. An officer who is concerned about the behaviour of a councillor should raise it with their line manager.
            2. The Chief Executive is the Head of Paid Service and the Director of Law is the Monitoring Officer. The Chairman of the Council presides at its meetings.
            """)
        let who = QuestionGenerator().generate(document, protocolSHA256: "x").bank.questions.filter { $0.origin == "route:officer-upset" }
        let wrong = who.flatMap { $0.options.filter { !$0.correct }.map(\.text) }
        #expect(!who.isEmpty)
        #expect(wrong.contains("The Monitoring Officer."), "\(wrong)")
        #expect(wrong.contains("The Chief Executive."), "\(wrong)")
        #expect(!wrong.contains("Nobody: it is part of the job."), "\(wrong)")
    }

    /// A route the protocol gives as "his or her line manager" is named as the officer's in the answer.
    @Test func aPronounRouteIsTheOfficers() throws {
        let document = ProtocolReader(councilName: "Example District Council").read(text: """
            Example District Council
            1. An officer who is concerned about the conduct of a councillor should raise it with his or her line manager.
            2. The Chief Executive is the Head of Paid Service. Cabinet members work with Directors. The Chairman of the Council presides at its meetings.
            """)
        let who = QuestionGenerator().generate(document, protocolSHA256: "x").bank.questions.filter { $0.type == .who }
        let answers = who.compactMap { $0.options.first(where: \.correct)?.text }
        #expect(!answers.isEmpty)
        for answer in answers {
            #expect(!answer.lowercased().hasPrefix("his or her"), "\(answer)")
            #expect(answer.hasSuffix("'s line manager."), "\(answer)")
        }
    }

    /// A route keeps its brackets, takes its article where the protocol leaves it out (a table's "raise with: Head of
    /// Service"), and names "the employee's" post as the officer's; a rule about a concern over the Chief Executive is
    /// no route for a concern about another officer.
    @Test(arguments: [
        ("with the Borough Solicitor (Monitoring Officer).", "The Borough Solicitor (Monitoring Officer)."),
        ("with Head of Service.", "The Head of Service."),
        ("with the employee's Head of Service.", "'s Head of Service."),
    ])
    func aRouteIsNamedAsAnOption(route: String, answer: String) throws {
        let text = """
            Example Borough Council
            1. A councillor who is unhappy with the work of an officer should raise it \(route)
            2. The Chief Executive is the Head of Paid Service. Cabinet members work with Directors. The Mayor chairs the council's meetings.
            """
        let who = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "x").bank.questions.filter { $0.type == .who }
        let answers = who.compactMap { $0.options.first(where: \.correct)?.text }
        #expect(!answers.isEmpty)
        for found in answers { #expect(found.hasSuffix(answer) && found.first?.isUppercase == true, "\(found)") }
        let aboutTheHead = text.replacingOccurrences(of: "the work of an officer", with: "the conduct of the Chief Executive")
        #expect(QuestionGenerator().generate(ProtocolReader().read(text: aboutTheHead), protocolSHA256: "x").bank.questions
            .filter { $0.origin == "route:councillor-unhappy" }.isEmpty)
    }

    /// At a town council: a concern about the clerk, or the clerk's own, has the clerk in the story; the manner
    /// ("privately") is no part of the route; the Town Mayor is not offered beside "the Mayor"; a statutory role
    /// someone "acts as" is no member of staff.
    @Test func aTownCouncilsRoutes() throws {
        let text = """
            Example Town Council
            1. The council employs a Town Clerk, a Deputy Town Clerk and an Events Officer, who acts as Deputy Proper Officer. The Town Mayor chairs the council.
            2. A councillor who is concerned about the work or conduct of a member of staff should raise it with the Town Clerk privately.
            3. A councillor who is concerned about the work or conduct of the Town Clerk should raise it privately with the Mayor.
            4. If the Town Clerk has a concern about the behaviour of a councillor, the Town Clerk should raise it with the Mayor.
            5. The Staffing Committee deals with the staff's terms and conditions. The Monitoring Officer of the District Council advises on the code of conduct.
            """
        let who = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "x").bank.questions.filter { $0.type == .who }
        #expect(who.count >= 2)
        for question in who {
            let texts = question.options.map(\.text)
            #expect(!texts.contains { $0.hasSuffix("privately.") }, "\(texts)")
            #expect(!(texts.contains("The Mayor.") && texts.contains("The Town Mayor.")), "\(texts)")
            #expect(!question.stem.contains("Proper Officer"), "\(question.stem)")
            if question.citations.first?.clause != "2" {
                #expect(question.stem.contains("the council's Town Clerk"), "\(question.citations) \(question.stem)")
                #expect(!texts.contains { $0.contains("colleagues") }, "the head of staff has no colleagues to put it right: \(texts)")
            }
        }
    }

    /// Where the protocol asks people to try a word with each other first, taking it up with the person concerned is
    /// no wrong answer.
    @Test func aDirectWordIsNoWrongAnswerWhereTheProtocolAsksForItFirst() {
        let base = """
        Example Town Council

        1. An officer who is concerned about the conduct of a councillor should raise it with the Town Mayor, not with the councillor directly.
        2. Councillors must treat officers with respect.
        3. The Staffing Committee deals with the staff's terms and conditions. The Town Clerk manages the staff.
        """
        func options(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .filter { $0.origin == "route:officer-upset" }.flatMap { $0.options.map(\.text) }
        }
        #expect(options(base).contains { $0.contains("private email") }, "\(options(base))")
        let informal = base + "\n4. Where a disagreement arises, a councillor and an officer should first try to resolve it informally.\n"
        #expect(!options(informal).contains { $0.contains("private email") }, "\(options(informal))")
        // With the council's roles to offer instead, the question is still asked.
        #expect(!options(informal).isEmpty)
    }

    /// Where councillors' representations on an application go ("… to the case officer, as any other interested
    /// party") is no route for an officer's interest, nor for a councillor's concern.
    @Test func anInterestRouteIsAnOfficersRule() {
        func routeAnswers(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .filter { $0.origin.hasPrefix("route:") }.flatMap { $0.options.filter(\.correct).map(\.text) }
        }
        let members = """
        Example Borough Council

        1. A councillor who wishes to make representations on an application must make them in writing to the case officer, as any other interested party would.
        2. The Chief Executive is the Head of Paid Service. The Monitoring Officer advises on conduct. The Employment Committee deals with the staff's terms.
        """
        // Nor is it where a councillor's concern goes.
        #expect(routeAnswers(members).isEmpty, "\(routeAnswers(members))")
        let concern = members + "\n3. A councillor who is unhappy with the work of an officer should raise it with the Chief Executive.\n"
        #expect(routeAnswers(concern) == ["The Chief Executive."], "\(routeAnswers(concern))")
    }

    /// Beside only the ordinary wrong turns (the full council, a friendly councillor), readers picked the head of
    /// staff as the key: a "who" question sending a concern there has other real roles of this council among its
    /// wrong answers; at a town council, whose clerk heads its few staff, it is not asked.
    @Test func aWrongAnswerIsARoleOfThisCouncil() {
        let rule = "Example District Council\n\n1. A councillor who is unhappy with the work of an officer should raise it with the Chief Executive.\n"
        func who(_ text: String) -> [Question] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions.filter { $0.type == .who }
        }
        #expect(who(rule).isEmpty, "\(who(rule).map { $0.options.map(\.text) })")
        let withRoles = rule + "2. The Chairman of the Council chairs its meetings, and the Leader of the Council leads the Cabinet.\n"
        #expect(who(withRoles).contains { $0.options.contains { !$0.correct && $0.text.contains("Chairman") } })
        let town = "Example Town Council\n\n1. A councillor who is unhappy with the work of an officer should raise it with the Town Clerk.\n"
            + "2. The Town Mayor chairs meetings of the council. The Staffing Committee deals with the staff.\n"
        #expect(who(town).isEmpty, "\(who(town).map { $0.options.map(\.text) })")
    }

    /// A rule that sends something to "the Council" and tells of no concern is no "who" question: readers met an
    /// officer's upset sent to "The Council." beside "The full council.".
    @Test func aRuleOfNoConcernIsNoRoute() {
        let text = """
        Example Parish Council

        1. Staff must tell the Council if they have a personal or financial interest in any matter before it.
        2. The Chairman chairs the council's meetings.
        """
        let who = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
            .filter { $0.origin.hasPrefix("route:") }
        #expect(who.allSatisfy { $0.origin == "route:interest" }, "\(who.map(\.origin))")
        #expect(!who.contains { $0.options.contains { $0.correct && $0.text == "The Council." } }, "\(who.map { $0.options.map(\.text) })")
    }
}

