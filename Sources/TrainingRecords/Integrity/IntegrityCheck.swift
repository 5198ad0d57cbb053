import Foundation
import TrainerModel

/// `records verify`: the integrity log's chain and seals, then every record file against its last sealed version.
public struct IntegrityCheck {
    /// One thing found, with the file it concerns.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let problem: String
        public var description: String { "\(path): \(problem)" }
    }

    /// What the check found.
    public struct Report: Sendable {
        public var recordsChecked = 0
        public var logEntries = 0
        public var lastSealedAt: String?
        /// Edits, removals, damage: what the clerk must look into.
        public var findings: [Finding] = []
        /// Saves the computer stopped before their seal was complete: exactly what protocol-trainer was writing, so not
        /// problems, but the clerk accepts each after looking (`records accept`).
        public var interruptedSaves: [Finding] = []
        /// Records that an interrupted `records purge` removed: purges, not removals by hand; nothing to do.
        public var interruptedPurges: [Finding] = []
        /// When the log was started again after the old one was lost (`records init-key --restart`).
        public var restartedAt: String?
    }

    /// What the log says of one record file: its last confirmed line, and the steps begun after it and not confirmed
    /// (several, when one session after another was stopped part-way through a save).
    struct FileState {
        var confirmed: IntegrityEntry?
        var pending: [IntegrityEntry] = []

        /// The latest unconfirmed step that left the file with these contents.
        func pending(matching sha256: String) -> IntegrityEntry? {
            pending.last { $0.sha256 == sha256 }
        }
    }

    public let log: IntegrityLog
    public let key: IntegrityKey

    public init(log: IntegrityLog, key: IntegrityKey) {
        self.log = log
        self.key = key
    }

    /// Checks the log and the folder's record files (listed by `recordFiles`), under the log's lock so that no save
    /// is half-seen.
    public func run(recordFiles: () throws -> [String]) throws -> Report {
        let held = try log.lock(exclusive: false)
        defer { withExtendedLifetime(held) {} }
        let files = try recordFiles()
        var report = Report()
        let (states, hasIntents) = try readLog(into: &report)
        for name in files {
            report.recordsChecked += 1
            judge(present: name, states[name], hasIntents: hasIntents, into: &report)
        }
        let present = Set(files)
        for (name, state) in states.sorted(by: { $0.key < $1.key }) where !present.contains(name) {
            judge(absent: name, state, into: &report)
        }
        return report
    }

    /// The file's state for `records accept`: nil when the file is as sealed, else what is wrong and whether it is an
    /// interrupted save.
    func state(of name: String) throws(IntegrityError) -> FileState? {
        var report = Report()
        return try readLog(into: &report).states[name]
    }

    /// Removals a stopped purge left unconfirmed, with the contents they removed: files gone with a `removing` line
    /// and no `removed` after it, for the next purge to confirm.
    func unconfirmedRemovals() throws(IntegrityError) -> [(file: String, sha256: String)] {
        var report = Report()
        return try readLog(into: &report).states.sorted { $0.key < $1.key }.compactMap { name, state in
            guard let removing = state.pending.last(where: { $0.event == .removing }),
                  !FileManager.default.fileExists(atPath: log.folder + "/" + name) else { return nil }
            return (name, removing.sha256)
        }
    }

    private func judge(present name: String, _ state: FileState?, hasIntents: Bool, into report: inout Report) {
        let path = log.folder + "/" + name
        guard let state, state.confirmed != nil || !state.pending.isEmpty else {
            report.findings.append(Finding(path: path, problem: "not in the integrity log: it was put in the folder by hand, not saved by protocol-trainer."))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            report.findings.append(Finding(path: path, problem: "could not be read to check it."))
            return
        }
        let sha256 = ProtocolFingerprint.sha256(of: data)
        if let pending = state.pending(matching: sha256) {
            if pending.event == .saving {
                report.interruptedSaves.append(Finding(path: path, problem: "a save on \(Timestamp.wallClock(pending.at)) was interrupted before its seal was complete (the computer or the session stopped). The file is exactly what protocol-trainer was saving. After looking at it, run 'protocol-trainer records accept \(name.prefix(8))'."))
            }
            return
        }
        guard let confirmed = state.confirmed else {
            // Only an intent, and the file does not match it: it was never saved whole by protocol-trainer.
            report.findings.append(Finding(path: path, problem: "not in the integrity log: it was put in the folder by hand, not saved by protocol-trainer."))
            return
        }
        if confirmed.event == .removed {
            report.findings.append(Finding(path: path, problem: "was removed by 'records purge' on \(Timestamp.wallClock(confirmed.at)) but is back in the folder."))
            return
        }
        guard sha256 != confirmed.sha256 else { return }
        let complete = (try? JSONSerialization.jsonObject(with: data)) != nil
        // Logs written before saves had a line of intent cannot tell a save cut off before its seal from an edit.
        let hedge = hasIntents ? "" : " If the computer stopped during a training session before this version of protocol-trainer, it may instead be a save that was not sealed: after looking at it, 'protocol-trainer records accept \(name.prefix(8)) --edited' seals it as it is."
        report.findings.append(Finding(path: path, problem: complete
            ? "edited since protocol-trainer saved it on \(Timestamp.wallClock(confirmed.at)) (it no longer matches its seal).\(hedge)"
            : "cut short or damaged since protocol-trainer saved it on \(Timestamp.wallClock(confirmed.at)) (it is no longer complete)."))
    }

    private func judge(absent name: String, _ state: FileState, into report: inout Report) {
        let path = log.folder + "/" + name
        if let pending = state.pending.last(where: { $0.event == .removing }) {
            report.interruptedPurges.append(Finding(path: path, problem: "gone: 'records purge' was removing it on \(Timestamp.wallClock(pending.at)) when it stopped, so this is a purge, not a removal by hand. Nothing needs doing."))
            return
        }
        // A first save that never reached the disk leaves only its intent, and nothing was lost.
        guard let confirmed = state.confirmed, confirmed.event != .removed else { return }
        report.findings.append(Finding(path: path, problem: "missing: it was last saved on \(Timestamp.wallClock(confirmed.at)) and has been removed by hand, not with 'records purge'."))
    }

    /// Walks the log line by line; returns each file's state. Broken links and seals become findings.
    private func readLog(into report: inout Report) throws(IntegrityError) -> (states: [String: FileState], hasIntents: Bool) {
        let (lines, unfinished) = try log.lines()
        var states: [String: FileState] = [:]
        var hasIntents = false
        var previous: IntegrityEntry?
        // After a damaged line the link to the next one cannot be judged; that line has been reported already.
        var linkKnown = true
        for (index, bytes) in lines.enumerated() {
            let number = index + 1
            guard let entry = IntegrityEntry.parse(bytes) else {
                report.findings.append(Finding(path: log.path, problem: "line \(number) is damaged or was edited by hand."))
                linkKnown = false
                continue
            }
            if index == 0 {
                guard entry.event.startsLog else { throw .unreadableLog(path: log.path, reason: "it does not start with its first line") }
                guard entry.sha256 == key.id else { throw .wrongKey(key: key.path, log: log.path) }
                if entry.event == .restarted { report.restartedAt = entry.at }
            }
            guard key.seal(entry.sealedText) == entry.mac else {
                report.findings.append(Finding(path: log.path, problem: "line \(number) was changed by hand (its seal does not match)."))
                linkKnown = false
                continue
            }
            if index > 0, linkKnown, entry.seq != (previous?.seq ?? -2) + 1 || entry.prev != previous?.mac || entry.event.startsLog {
                report.findings.append(Finding(path: log.path, problem: "line \(number) does not follow the line before it: lines were removed or reordered."))
            }
            if !entry.event.startsLog {
                var state = states[entry.file] ?? FileState()
                if entry.event.isIntent {
                    state.pending.append(entry)
                    hasIntents = true
                } else {
                    state.confirmed = entry
                    state.pending = []
                }
                states[entry.file] = state
            }
            report.logEntries += 1
            report.lastSealedAt = entry.at
            previous = entry
            linkKnown = true
        }
        if lines.isEmpty { throw .unreadableLog(path: log.path, reason: "it is empty") }
        // Lines are written whole (IntegrityLog.write), so a stopped session never leaves half a line.
        if unfinished {
            report.findings.append(Finding(path: log.path, problem: "its last line is cut short: the log was cut by hand (protocol-trainer writes each line whole, even when it is stopped)."))
        }
        return (states, hasIntents)
    }
}
