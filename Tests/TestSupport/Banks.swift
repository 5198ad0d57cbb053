import BankKeeping
import Foundation
import ProtocolReading
import QuestionGeneration
import TrainerModel

/// The committed banks and fresh generations of them.
enum Banks {
    static func committed(_ council: String) throws -> QuestionBank {
        try BankStore.load(Seeds.repositoryRoot.appendingPathComponent("QuestionBanks/\(council)/bank.json").path)
    }

    /// The bank the generator makes now from the seed protocol, as `bank generate` would (seed 0).
    static func generated(_ council: String, seed: UInt64 = 0) throws -> QuestionBank {
        let data = try Data(contentsOf: URL(fileURLWithPath: Seeds.path(council)))
        let document = try ProtocolReader().read(data: data, source: council)
        return QuestionGenerator(seed: seed).generate(document, protocolSHA256: ProtocolFingerprint.sha256(of: data)).bank
    }
}
