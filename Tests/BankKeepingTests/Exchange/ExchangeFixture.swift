import Foundation
@testable import ProtocolReading
@testable import TrainerModel

/// A small bank of our own words, about a made-up parish council, with one question of every type.
enum ExchangeFixture {
    static let protocolText = """
    Protocol for members and staff of Little Fenwick Parish Council

    1. Working with staff
    1.1 A councillor acting alone cannot tell the council's staff what work to do.
    1.2 Requests for work from councillors go to the Clerk, who decides what is done and when.
    2. Gifts
    2.1 Staff must not accept a gift from a councillor worth more than ten pounds.
    2.2 Any gift offered must be written in the gifts book by the end of the week.
    """

    static var document: CouncilProtocol { ProtocolReader().read(text: protocolText) }

    static func option(_ id: String, _ text: String, _ correct: Bool, _ feedback: String) -> QuestionOption {
        QuestionOption(id: id, text: text, correct: correct, feedback: feedback)
    }

    static let questions: [Question] = [
        Question(id: "q-000000000001", type: .oneAnswer, kind: .scenario, roles: [.councillor], topic: .instructions,
                 stem: "Cllr Ash emails Bea, the council's Office Assistant: \"Re-do the notice {urgent} ~ priority = #1\". What should Bea do?",
                 options: [option("o-1a", "Pass the request to the Clerk.", true, "Yes. Work from councillors goes through the Clerk (1.2)."),
                           option("o-1b", "Re-do the notice at once: it is marked urgent.", false, "No. Marking it urgent does not make one councillor's request an instruction (1.1)."),
                           option("o-1c", "Ask a second councillor to agree first.", false, "No. Two councillors acting alone are still not the council (1.1).")],
                 citations: [Citation(clause: "1.1", quote: "A councillor acting alone cannot tell the council's staff what work to do.")],
                 difficulty: .medium, status: .approved, origin: "fixture"),
        Question(id: "q-000000000002", type: .yesNo, kind: .scenario, roles: [.officer], topic: .interests,
                 stem: "Cllr Dunn gives Cal, the caretaker, a hamper worth forty pounds at Christmas. May Cal keep it?",
                 options: [option("o-2a", "Yes", false, "No. Forty pounds is more than the ten pounds the protocol allows (2.1)."),
                           option("o-2b", "No", true, "Right. A gift from a councillor worth more than ten pounds must not be accepted (2.1).")],
                 citations: [Citation(clause: "2.1", quote: "Staff must not accept a gift from a councillor worth more than ten pounds.")],
                 difficulty: .easy, status: .draft, origin: "fixture"),
        Question(id: "q-000000000003", type: .who, kind: .recall, roles: [.councillor, .officer], topic: .instructions,
                 stem: "Who decides what work the council's staff do and when?",
                 options: [option("o-3a", "The Clerk", true, "Yes. Requests go to the Clerk, who decides (1.2)."),
                           option("o-3b", "The chair of the council", false, "No. The chair acting alone cannot set staff work (1.1)."),
                           option("o-3c", "Any councillor who asks first", false, "No. A councillor acting alone cannot tell staff what to do (1.1).")],
                 citations: [Citation(clause: "1.2", quote: "Requests for work from councillors go to the Clerk, who decides what is done and when.")],
                 difficulty: .easy, status: .approved, origin: "fixture"),
        Question(id: "q-000000000004", type: .chooseAll, kind: .scenario, roles: [.officer], topic: .interests,
                 stem: "Cllr Ede offers Fay a bottle of wine worth eight pounds. Choose all that Fay should do.",
                 options: [option("o-4a", "Write the offer in the gifts book by Friday.", true, "Yes. Every gift offered goes in the gifts book by the end of the week (2.2)."),
                           option("o-4b", "Refuse it because every gift is forbidden.", false, "No. Only gifts worth more than ten pounds must be refused (2.1)."),
                           option("o-4c", "She may accept it, as it is worth less than ten pounds.", true, "Yes. The limit is ten pounds (2.1)."),
                           option("o-4d", "Keep quiet about it, since it is small.", false, "No. Every gift offered is written in the gifts book (2.2).")],
                 citations: [Citation(clause: "2.1", quote: "Staff must not accept a gift from a councillor worth more than ten pounds."),
                             Citation(clause: "2.2", quote: "Any gift offered must be written in the gifts book by the end of the week.")],
                 difficulty: .medium, status: .draft, origin: "fixture"),
        Question(id: "q-000000000005", type: .chooseAll, kind: .recall, roles: [.officer], topic: .interests,
                 stem: "Which of these must go in the gifts book?",
                 options: [option("o-5a", "A box of biscuits offered", true, "Yes. Any gift offered is written down (2.2)."),
                           option("o-5b", "A hamper offered and refused", true, "Yes. Offered is enough (2.2)."),
                           option("o-5c", "A card with no gift", false, "No. A card alone is not a gift (2.2)."),
                           option("o-5d", "A bunch of flowers offered", true, "Yes. Any gift offered is written down (2.2).")],
                 citations: [Citation(clause: "2.2", quote: "Any gift offered must be written in the gifts book by the end of the week.")],
                 difficulty: .hard, status: .draft, origin: "fixture"),
        Question(id: "q-000000000006", type: .oneAnswer, kind: .recall, roles: [.councillor], topic: .instructions,
                 stem: "A retired question.", options: [option("o-6a", "Right", true, "Yes (1.1)."), option("o-6b", "Wrong", false, "No (1.1).")],
                 citations: [Citation(clause: "1.1", quote: "A councillor acting alone cannot tell the council's staff what work to do.")],
                 difficulty: .easy, status: .retired, origin: "fixture"),
    ]

    static var bank: QuestionBank {
        QuestionBank(council: "Little Fenwick Parish Council", source: ProtocolSourceInfo(title: nil, sha256: String(repeating: "0", count: 64)),
                     generator: GeneratorInfo(seed: 0), questions: questions)
    }

    static var emptyBank: QuestionBank { var empty = bank; empty.questions = []; return empty }

    /// The questions an export carries: all but the retired one.
    static var exported: [Question] { questions.filter { $0.status != .retired } }
}
