import Foundation

/// `records verify`: the integrity log's chain and seals, then every record file against its last sealed version.
public struct IntegrityCheck {
    /// One thing found wrong, with the file it concerns.
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
        public var findings: [Finding] = []
    }

    public let log: IntegrityLog
    public let key: IntegrityKey

    public init(log: IntegrityLog, key: IntegrityKey) {
        self.log = log
        self.key = key
    }

    /// Checks the log and the folder's record files (named in `recordFiles`).
    public func run(recordFiles: [String]) throws(IntegrityError) -> Report {
        var report = Report()
        let latest = try readLog(into: &report)
        for name in recordFiles {
            report.recordsChecked += 1
            let path = log.folder + "/" + name
            guard let entry = latest[name] else {
                report.findings.append(Finding(path: path, problem: "not in the integrity log: it was put in the folder by hand, not saved by protocol-trainer."))
                continue
            }
            if entry.event == .removed {
                report.findings.append(Finding(path: path, problem: "was removed by 'records purge' on \(DeskDate.wallClock(entry.at)) but is back in the folder."))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                report.findings.append(Finding(path: path, problem: "could not be read to check it."))
                continue
            }
            guard ProtocolFingerprint.sha256(of: data) != entry.sha256 else { continue }
            let complete = (try? JSONSerialization.jsonObject(with: data)) != nil
            report.findings.append(Finding(path: path, problem: complete
                ? "edited since protocol-trainer saved it on \(DeskDate.wallClock(entry.at)) (it no longer matches its seal; if the computer stopped during a training session, it may instead be a save that was not sealed)."
                : "cut short or damaged since protocol-trainer saved it on \(DeskDate.wallClock(entry.at)) (it is no longer complete)."))
        }
        let present = Set(recordFiles)
        for (name, entry) in latest.sorted(by: { $0.value.seq < $1.value.seq }) where entry.event != .removed && !present.contains(name) {
            report.findings.append(Finding(path: log.folder + "/" + name,
                                           problem: "missing: it was last saved on \(DeskDate.wallClock(entry.at)) and has been removed by hand, not with 'records purge'."))
        }
        return report
    }

    /// Walks the log line by line; returns each file's latest sealed entry. Broken links and seals become findings.
    private func readLog(into report: inout Report) throws(IntegrityError) -> [String: IntegrityEntry] {
        let (lines, unfinished) = try log.lines()
        var latest: [String: IntegrityEntry] = [:]
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
                guard entry.event == .begin else { throw .unreadableLog(path: log.path, reason: "it does not start with its first line") }
                guard entry.sha256 == key.id else { throw .wrongKey(key: key.path, log: log.path) }
            }
            guard key.seal(entry.sealedText) == entry.mac else {
                report.findings.append(Finding(path: log.path, problem: "line \(number) was changed by hand (its seal does not match)."))
                linkKnown = false
                continue
            }
            if index > 0, linkKnown, entry.seq != (previous?.seq ?? -2) + 1 || entry.prev != previous?.mac {
                report.findings.append(Finding(path: log.path, problem: "line \(number) does not follow the line before it: lines were removed or reordered."))
            }
            if entry.event != .begin { latest[entry.file] = entry }
            report.logEntries += 1
            report.lastSealedAt = entry.at
            previous = entry
            linkKnown = true
        }
        if lines.isEmpty { throw .unreadableLog(path: log.path, reason: "it is empty") }
        if unfinished {
            report.findings.append(Finding(path: log.path, problem: "its last line is cut short: the log was truncated, or the computer stopped while it was being written."))
        }
        return latest
    }
}
