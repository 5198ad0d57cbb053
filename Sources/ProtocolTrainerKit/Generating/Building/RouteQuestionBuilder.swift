/// "Who should it go to?" questions from rules that send a concern, a complaint, a question or a dispute somewhere.
struct RouteQuestionBuilder {
    let context: GenerationContext

    private struct Situation {
        let id: String
        let role: TraineeRole
        /// Words in the rule that select this situation.
        let cues: [String]
        let stem: String
    }

    private static let situations: [Situation] = [
        Situation(id: "officer-upset", role: .officer, cues: ["officer is concerned", "officer who believes", "procedure for officers", "if an officer",
                                                                    "employee with a concern", "officer with a concern", "employee who is concerned",
                                                                    "employee is concerned", "about the conduct of a councillor", "about the conduct of a member"],
                  stem: "After a meeting at {place}, {cllr} tells {officer}, the council's {officer.role}, in front of members of the public that {officer.their} report was \"a waste of everyone's time\". {Officer.first} is upset. Under the protocol, who should {officer.they} take the concern to?"),
        Situation(id: "councillor-unhappy", role: .councillor, cues: ["councillor is concerned", "councillor is dissatisfied", "member who is unhappy", "if a councillor", "member is unhappy",
                                                                         "councillor who is concerned", "member who is concerned", "performance of an employee",
                                                                         "performance of an officer", "conduct of an employee", "conduct of an officer"],
                  stem: "{cllr} is unhappy with the way {officer}, the council's {officer.role}, handled a resident's complaint about {place}. Under the protocol, who should {cllr.they} raise it with?"),
        Situation(id: "neutrality", role: .councillor, cues: ["neutrality", "impartiality"],
                  stem: "{cllr} thinks that {officer}, the council's {officer.role}, seemed to favour one party group when briefing councillors about {place}. Under the protocol, who should {cllr.they} raise this with?"),
        Situation(id: "interpretation", role: .councillor, cues: ["interpretation", "implementation"],
                  stem: "{cllr} and {officer}, the council's {officer.role}, disagree about what one part of the protocol means for a councillor's visit to {place}. Under the protocol, whose guidance should they seek?"),
        Situation(id: "interest", role: .officer, cues: ["interest"],
                  stem: "{officer}, the council's {officer.role}, realises that a contract {officer.they} is working on for {place} has been bid for by {officer.their} brother-in-law's firm. Under the protocol, who should {officer.they} declare this to?"),
        Situation(id: "need-to-know", role: .councillor, cues: ["need to know", "request to see a document", "validity of a member's request"],
                  stem: "{cllr}, who does not sit on the Planning Committee, asks to see its papers on {place}, saying {cllr.they} needs them for {cllr.their} ward work. An officer doubts that {cllr.they} needs them. Under the protocol, who decides?"),
    ]

    private static let wrongRoutes: [(text: String, feedback: String, key: String)] = [
        ("The local newspaper, so that residents know what happened.", "No. Going to the press damages the council and skips the protocol's route.", "newspaper"),
        ("The Chair of the council, at the next public meeting.", "No. Concerns are dealt with privately, not raised in public.", "public meeting"),
        ("The councillor's party group.", "No. Party groups have no part in dealing with such concerns.", "party group"),
        ("Nobody: it is best to let it go.", "No. The protocol gives a route for concerns like this.", "let it go"),
        ("A friendly colleague, to see what they think first.", "No. The protocol says where concerns go, and it is not a colleague.", "colleague"),
    ]

    func questions(for statement: RuleStatement) -> [QuestionDraft] {
        guard statement.kind == .concernGoesTo, let route = statement.route else { return [] }
        let lower = statement.quote.lowercased(), routeLower = route.lowercased()
        // A rule whose words name no situation still routes someone's concern: the side it binds raises it.
        let fallback = Self.situations.first { $0.id == (statement.binds == .officers ? "officer-upset" : "councillor-unhappy") }
        guard let situation = Self.situations.first(where: { $0.cues.contains { lower.contains($0) } })
            ?? ([.officers, .councillors].contains(statement.binds) ? fallback : nil) else { return [] }
        var template = context.castTemplate(reference: context.reference(statement), key: "route|\(situation.id)|\(statement.quote)")
        // "A councillor who wishes to complain about the Parish Clerk …": the clerk, not another member of staff, is the one
        // complained about, unless the clerk is where the concern goes.
        if lower.contains("about the \(context.vocabulary.clerk.lowercased())") || lower.contains("about the clerk"), !routeLower.contains("clerk") {
            for part in ["", ".first", ".short", ".they", ".them", ".their"] { template["officer" + part] = template["clerkName" + part] }
            template["officer.role"] = context.vocabulary.clerk
        }
        let says = "The protocol says: “\(statement.quote)” ({clause})."
        // A wrong route must not be one the protocol itself offers, nor name the same person as the right one
        // ("The Chair of the council, at the next public meeting" beside "The Chairman").
        let wrong = Self.wrongRoutes.filter { wrong in
            (!context.index.mentions(wrong.key) || wrong.key == "let it go")
                && !(routeLower.contains("chair") && wrong.text.lowercased().contains("chair"))
        }.prefix(3)
        guard wrong.count >= 2 else { return [] }
        let answer = route.capitalisedFirst + (route.hasSuffix(".") ? "" : ".")
        return [QuestionDraft(
            type: .who, kind: .scenario, roles: [situation.role], topic: statement.topic == .interests ? .interests : .concerns,
            stem: template.render(situation.stem),
            options: [(answer, true, template.render("Yes. \(says)"))]
                + wrong.map { ($0.text, false, template.render("\($0.feedback) \(says)")) },
            citations: [Citation(clause: statement.clauseID, quote: statement.quote)], difficulty: .easy,
            origin: "route:\(situation.id)"
        )]
    }
}
