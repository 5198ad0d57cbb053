import BankKeeping
import ProtocolReading
import RecordPublishing
import TrainerModel
import TrainerWorkflows
import Training
import TrainingRecords

/// Each stage's error, as a kind of failure: the one place where what went wrong becomes an exit status.
extension FailureKind {
    /// The kind of a stage's error; nil for argument-parser's own errors and exit codes, which it reports itself.
    init?(of error: any Error) {
        switch error {
        case let failure as Failure: self = failure.kind
        case let error as ProtocolReadingError: self = Self.kind(of: error)
        case let error as BankError: self = Self.kind(of: error)
        case let error as RecordError: self = Self.kind(of: error)
        case let error as RecordsDeskError: self = Self.kind(of: error)
        case let error as IntegrityError: self = Self.kind(of: error)
        case let error as PushError: self = Self.kind(of: error)
        case let error as WorkflowError: self = Self.kind(of: error)
        case is TrainingSession.ResumeError: self = .badData
        case is AtomicFile.Failure: self = .cannotCreateOutput
        default: return nil
        }
    }

    private static func kind(of error: ProtocolReadingError) -> Self {
        switch error {
        case .notFound, .isDirectory, .unreadable: .inputMissing
        case .empty, .binary, .noClauses, .scannedPDF, .unreadablePDF, .pdfTimedOut, .damagedDocument, .legacyWord: .badData
        case .pdfReaderMissing: .unavailable
        }
    }

    private static func kind(of error: BankError) -> Self {
        switch error {
        case .notFound, .isFolder, .unreadable, .unknownQuestion: .inputMissing
        case .invalid, .unsupportedVersion, .badGIFT, .noClauseMarker, .unknownClause, .cannotExport: .badData
        case .cannotWrite: .cannotCreateOutput
        }
    }

    private static func kind(of error: RecordError) -> Self {
        switch error {
        case .unreadable: .inputMissing
        case .corrupt, .unsupportedVersion: .badData
        case .cannotWrite, .notAFolder, .notSealed: .cannotCreateOutput
        }
    }

    private static func kind(of error: RecordsDeskError) -> Self {
        switch error {
        case .integrity(let error): kind(of: error)
        case .damaged(let error): kind(of: error)
        case .noRecordsFolder, .notAFolder, .noSuchAttempt, .unreadableFile: .inputMissing
        case .ambiguousAttempt, .badDate, .badInterval, .intervalTooShort, .intervalTooLong, .badHomePage: .usage
        case .badEmailLine: .badData
        case .cannotWrite, .cannotLog: .cannotCreateOutput
        case .cannotRemove: .ioError
        }
    }

    private static func kind(of error: WorkflowError) -> Self {
        switch error {
        case .noLibrary, .noSuchCouncil, .noSuchBank: .inputMissing
        case .openElsewhere, .notStarted: .tryAgain
        case .noQuestions: .badData
        case .cannotMakeRecordsFolder: .cannotCreateOutput
        }
    }

    private static func kind(of error: PushError) -> Self {
        switch error {
        case .badAddress, .noAddress, .noUser, .noPassword: .usage
        case .unreadablePassword, .notSent: .inputMissing
        case .passwordReadableByOthers, .unexpectedAnswer, .unreadableSettings: .badData
        case .unreachable, .busy: .tryAgain
        case .refusedCredentials: .notPermitted
        case .cannotLog, .cannotSaveSettings: .cannotCreateOutput
        case .unreadableLog: .ioError
        }
    }

    private static func kind(of error: IntegrityError) -> Self {
        switch error {
        case .keyInsideRecords: .usage
        case .noKey, .keyIsFolder, .unreadableKey, .notSetUp: .inputMissing
        case .wrongKey, .unreadableLog, .logMissing, .notInterrupted, .notARecord: .badData
        case .noRecord: .inputMissing
        case .restartNotNeeded: .usage
        case .cannotWriteKey, .alreadySetUp, .cannotWriteLog: .cannotCreateOutput
        }
    }
}
