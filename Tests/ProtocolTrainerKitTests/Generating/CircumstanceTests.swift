import Testing
@testable import ProtocolTrainerKit

/// A rule's own condition as the situation of its scenario, or nothing where it cannot be one.
struct CircumstanceTests {
    private let person = Person(first: "Joanne", last: "Whitlock", pronoun: "she")

    @Test func aConditionAboutOneCouncillorBecomesWhatSheIsDoing() {
        let rule = "If a local member intends to arrange a public meeting on a matter concerning some aspect of the Council's work, he/she should inform the Town Clerk."
        #expect(Circumstance.of(rule, person: person, councilKind: "the town council") == "intends to arrange a public meeting")
    }

    @Test(arguments: [
        "If a member is contacted by, or contacts, the media on an issue, he/she should take care.",
        "Where a personal relationship has been disclosed, those concerned should avoid a conflict.",
        "If participating in the appointment of officers, members should never canvass support.",
        "Members should inform the Town Clerk of any public meeting they arrange.",
    ])
    func noSituationWhereTheConditionIsNotAboutOnePersonsDoing(rule: String) {
        #expect(Circumstance.of(rule, person: person, councilKind: "the council") == nil)
    }

    @Test func aStateOfMindIsASituationTooButAConditionWithoutAPersonIsNot() {
        let dissatisfied = "Where a member is dissatisfied with a reply, he/she should raise it with the Town Clerk."
        #expect(Circumstance.of(dissatisfied, person: person, councilKind: "the council") == "is dissatisfied with a reply")
        let requested = "When requested to do so, officers will keep confidential from other members advice requested by a member."
        #expect(Circumstance.opensWithCondition(requested) && Circumstance.of(requested, person: person, councilKind: "the council") == nil)
        #expect(!Circumstance.opensWithCondition("Officers will keep advice confidential."))
    }
}
