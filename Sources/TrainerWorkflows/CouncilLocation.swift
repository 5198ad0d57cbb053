import Foundation
import BankKeeping
import ProtocolReading
import TrainerModel
import Training
import TrainingRecords

/// Where a council's question bank is and, beside it, the protocol it was made from: the one rule for every command
/// that takes a bank file or a built-in council's name.
public struct CouncilLocation: Sendable, Equatable {
    public let bankPath: String
    /// The built-in council's short name, where the bank is one of the library's.
    public let slug: String?
    public let protocolPath: String

    public init(bankPath: String, slug: String?, protocolPath: String? = nil) {
        self.bankPath = bankPath
        self.slug = slug
        self.protocolPath = protocolPath ?? Self.protocolBeside(bankPath: bankPath)
    }

    /// The protocol in the bank's folder: protocol.txt, .pdf, .docx, .odt or .html, the first found.
    public static func protocolBeside(bankPath: String) -> String {
        CouncilLibrary.protocolFile(in: URL(fileURLWithPath: bankPath).deletingLastPathComponent())
    }

    /// `train`'s `--bank FILE` or `--council NAME` (one of the library's councils).
    public static func forTraining(bank: String?, council: String?, library: CouncilLibrary?) throws(WorkflowError) -> CouncilLocation {
        if let bank { return CouncilLocation(bankPath: bank, slug: nil) }
        let slug = (council ?? "").lowercased()
        guard let library else { throw .noLibrary }
        guard library.councils.contains(slug) else { throw .noSuchCouncil(name: council ?? "", councils: library.councils) }
        return CouncilLocation(bankPath: library.bankPath(council: slug), slug: slug)
    }

    /// The bank commands' argument: a bank file, else a built-in council's name; the protocol as given, else beside it.
    public static func forBank(_ text: String, protocol given: String? = nil, library: CouncilLibrary?) -> CouncilLocation {
        if FileManager.default.fileExists(atPath: text) || text.hasSuffix(".json") {
            return CouncilLocation(bankPath: text, slug: nil, protocolPath: given)
        }
        if let library, library.councils.contains(text.lowercased()) {
            return CouncilLocation(bankPath: library.bankPath(council: text.lowercased()), slug: text.lowercased(), protocolPath: given)
        }
        return CouncilLocation(bankPath: text, slug: nil, protocolPath: given)
    }

    /// The bank, where a bare word that is neither a file nor a council is told apart from a bank that is not there.
    public func loadBank(typed text: String, library: CouncilLibrary?) throws -> QuestionBank {
        do { return try BankStore.load(bankPath) } catch {
            if case .notFound = error, !text.contains("/"), !text.hasSuffix(".json"), let library {
                throw WorkflowError.noSuchBank(text: text, councils: library.councils)
            }
            throw error
        }
    }

    /// The clauses' words from the protocol beside the bank, for practice's `clause` command (none where unreadable).
    public var clauseTexts: [String: String] { ClauseWords.beside(protocolPath: protocolPath) }
}
