import Testing
@testable import RuleAnalysis
@testable import TestSupport

/// Who a phrase or sentence is about.
struct PartyTests {
    @Test func conditionsNamingBothSidesAreAboutBoth() {
        #expect(Party.subject(of: "if an officer is worried, or if a councillor is worried") == .both)
        #expect(Party.subject(of: "Councillors should ask the Clerk") == .councillors)
    }

    // An "if" with fewer than three words after it (none, at the end of a lead-in) once made a backwards range.
    @Test(arguments: ["Advice on grants should come from the Clerk if", "Members may ask if", "Officers if", "if", "if councillor"])
    func anIfNearTheEndIsRead(phrase: String) {
        _ = Party.subject(of: phrase)
    }

    @Test func aLeadInEndingInIfGoesThroughEveryStage() {
        let text = """
        Marshfield Parish Council
        1. Councillors should ask the Clerk for advice if:
        • they are unsure whether a grant application is complete;
        • a parishioner asks them to lobby the planning officer.
        2. Officers must be told if
        """
        let run = PipelineRun(text: text)
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(run.document?.clause(id: "1")?.items.count == 2)
    }
}
