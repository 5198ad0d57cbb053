import BankKeeping
import ProtocolReading
import TrainerModel
import Training
import TrainingRecords

/// Why a command's workflow could not go on, in sentences a councillor, an officer or a clerk can act on.
public enum WorkflowError: Error, Equatable, CustomStringConvertible {
    case noLibrary
    case noSuchCouncil(name: String, councils: [String])
    case noSuchBank(text: String, councils: [String])
    /// The trainee's unfinished attempt is held by another window.
    case openElsewhere(mode: TrainingMode, startedAt: String)
    case noQuestions(role: TraineeRole)
    case notStarted
    case cannotMakeRecordsFolder(folder: String)

    public var description: String {
        switch self {
        case .noLibrary:
            return "The built-in question banks (the QuestionBanks folder) could not be found. Run protocol-trainer from the project folder, or set PROTOCOL_TRAINER_BANKS."
        case .noSuchCouncil(let name, let councils):
            return "There is no built-in council called '\(name)'. Give one of \(councils.joined(separator: ", ")) with --council, or a bank file with --bank."
        case .noSuchBank(let text, let councils):
            return "There is no bank file or built-in council called '\(text)'. Give the bank's file, or one of the councils: \(councils.joined(separator: ", "))."
        case .openElsewhere(let mode, let startedAt):
            return "Your unfinished \(mode.rawValue) started \(AttemptPlanning.shortTime(startedAt)) is open in another window. Carry on in that window, or close it and run this command again."
        case .noQuestions(let role):
            return "The question bank has no questions for \(role.rawValue)s that can be asked (retired questions are never asked; once the clerk approves any, an induction or refresher asks approved ones only). Ask the clerk to generate or review the bank."
        case .notStarted:
            return "The new attempt could not be started; run the command again."
        case .cannotMakeRecordsFolder(let folder):
            let parent = (folder as NSString).deletingLastPathComponent
            return "The records folder '\(folder)' could not be made. Check that you may write to '\(parent)' and that the disk is not full, or give another folder with --records FOLDER."
        }
    }
}

import Foundation
