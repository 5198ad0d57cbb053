import Foundation

/// One line of the integrity log: the log's start, or a record found, saved or removed, chained to the line before
/// (`prev` is that line's seal) and sealed with the clerk's key, so no line can be changed, added or taken out unseen.
struct IntegrityEntry: Codable, Equatable {
    enum Event: String, Codable {
        /// The log's first line; `sha256` holds the key's fingerprint.
        case begin
        /// The first line of a log started again by `records init-key --restart` after the old one was lost.
        case restarted
        /// A record already in the folder when the log began, sealed as it was found.
        case found
        /// A save about to be written: if the computer stops before `saved`, the file may hold these contents.
        case saving
        case saved
        /// A removal by `records purge` about to happen: if it stops before `removed`, the file may be gone.
        case removing
        case removed
        /// The clerk looked at a record that verify could not vouch for, and sealed it as it is (`records accept`).
        case accepted

        /// Only a log's first line is one of these.
        var startsLog: Bool { self == .begin || self == .restarted }
        /// A step begun and not yet confirmed by the line that follows it.
        var isIntent: Bool { self == .saving || self == .removing }
    }

    var seq: Int
    var event: Event
    /// The record's file name in the records folder; empty for `begin`.
    var file: String
    var sha256: String
    var at: String
    var prev: String
    var mac: String

    /// A sealed entry following `previous` (nil for the first line).
    init(after previous: IntegrityEntry?, event: Event, file: String, sha256: String, at: String, key: IntegrityKey) {
        seq = (previous?.seq ?? -1) + 1
        self.event = event
        self.file = file
        self.sha256 = sha256
        self.at = at
        prev = previous?.mac ?? ""
        mac = ""
        mac = key.seal(sealedText)
    }

    /// What the seal covers: every field but the seal itself.
    var sealedText: String {
        ["\(seq)", event.rawValue, file, sha256, at, prev].joined(separator: "\n")
    }

    /// The entry as one line of JSON, with its newline.
    var line: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// Reads one line of the log; nil when it is not a well-formed entry.
    static func parse<Bytes: Sequence>(_ line: Bytes) -> IntegrityEntry? where Bytes.Element == UInt8 {
        try? JSONDecoder().decode(IntegrityEntry.self, from: Data(line))
    }
}
