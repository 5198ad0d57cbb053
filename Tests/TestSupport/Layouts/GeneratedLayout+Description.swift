import Foundation
import Testing

extension GeneratedLayout: CustomTestStringConvertible {
    /// The text as printed (CR shown as ␍, no-break spaces as ⍽, form feeds as ␌) and the clauses it should give.
    var testDescription: String {
        let rendered = rendered
        let shown = rendered.text
            .replacingOccurrences(of: "\r", with: "␍")
            .replacingOccurrences(of: "\u{00A0}", with: "⍽")
            .replacingOccurrences(of: "\u{0C}", with: "␌")
        return "\n<<<<<<<< \(family) protocol\n\(shown)>>>>>>>> expected numbered clauses:\n"
            + rendered.numbered.map(\.description).joined(separator: "\n") + "\n"
    }
}
