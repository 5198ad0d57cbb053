import Testing
@testable import ProtocolTrainerKit

/// Wrong options made by turning a rule's force round must turn the rule, not a description inside it.
struct ModalFlipTests {
    @Test(arguments: [
        ("Members must not give instructions to staff.", "Members may give instructions to staff."),
        ("Officers should remain politically neutral.", "Officers need not remain politically neutral."),
        // The modal of a relative clause describes; the rule's own modal comes after it.
        ("Members who may have an interest must declare it.", "Members who may have an interest need not declare it."),
        ("Conflicts which may arise between the roles should be reported.", "Conflicts which may arise between the roles need not be reported."),
    ])
    func theRulesOwnModalIsTurned(sentence: String, expected: String) {
        #expect(ModalFlip.opposite(of: sentence) == expected)
    }

    @Test func aRuleThatSaysWhoAloneMayActIsLeftAlone() {
        #expect(ModalFlip.opposite(of: "Only the Town Mayor or the Town Clerk may speak to the press on behalf of the council.") == nil)
    }

    @Test func aSentenceWhoseOnlyModalDescribesIsLeftAlone() {
        #expect(ModalFlip.opposite(of: "Members need to be alert to conflicts of interest which may arise between the roles.") == nil)
    }
}
