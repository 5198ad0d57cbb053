import Foundation

extension Question {
    /// A short fingerprint of the question's words (stem, options, which are right, feedback): a training record keeps it,
    /// so a later edit never changes what a past record says was asked.
    public var wordingVersion: String {
        var parts = [stem]
        for option in options { parts += [option.id, option.text, option.correct ? "right" : "wrong", option.feedback] }
        return String(ProtocolFingerprint.sha256(of: Data(parts.joined(separator: "\u{1F}").utf8)).prefix(12))
    }
}
