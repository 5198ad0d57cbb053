import Foundation
import TrainingRecords

/// The push a `train` makes as it finishes, where the clerk set it up: this attempt only, with one quick retry, and
/// never a reason for the training to fail, since the record is saved whatever the store does.
public enum AfterTrainingPush {
    public enum Outcome: Sendable, Equatable {
        /// Pushing after training is not set up: nothing was tried.
        case notConfigured
        case sent
        /// Not sent now; the next push sends it. The reason is for the trainee, in plain words.
        case deferred(reason: String)
    }

    /// Sends the attempt's statements to the store in the settings saved in `settingsFolder`.
    public static func send(_ attempt: UUID, from store: RecordStore, settingsFolder: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> Outcome {
        let settings: PushSettings
        do {
            guard let saved = try PushSettings.load(from: settingsFolder), saved.afterTraining else { return .notConfigured }
            settings = saved
        } catch {
            return .deferred(reason: "the push settings could not be read")
        }
        do {
            let endpoint = try LRSEndpoint(settings.lrs)
            let password = try PushSettings.password(file: nil, folder: settingsFolder, environment: environment)
            var push = RecordPush(scanner: RecordScanner(store: store), endpoint: endpoint,
                                  transport: LRSClient(endpoint: endpoint, user: settings.user, password: password, timeout: 10),
                                  statements: XAPIStatements(homePage: settings.homePage))
            push.retry = .afterTraining
            push.user = settings.user
            push.only = [attempt]
            let outcome = try push.run()
            if let stopped = outcome.stopped { return .deferred(reason: reason(stopped)) }
            if !outcome.rejected.isEmpty { return .deferred(reason: "the store refused it; the clerk has been told by 'records push'") }
            return outcome.attemptsSent > 0 || outcome.waiting == 0 ? .sent : .deferred(reason: "the store did not keep it")
        } catch let error as PushError {
            return .deferred(reason: reason(error))
        } catch {
            return .deferred(reason: "\(error)")
        }
    }

    /// A trainee's version of why: not the clerk's instructions.
    static func reason(_ error: PushError) -> String {
        switch error {
        case .unreachable(_, let reason, _): reason
        case .refusedCredentials: "the store did not accept the council's user name and password"
        case .busy: "another push was running"
        default: "the push is not set up correctly"
        }
    }
}
