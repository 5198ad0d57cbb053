import Foundation

/// Everyday words for the protocol's formal ones, so a scenario reads like a situation rather than the clause.
enum Paraphrase {
    private static let swaps: [(String, String)] = [
        ("a Council employee", "a member of staff"), ("a council employee", "a member of staff"), ("an employee", "a member of staff"),
        ("an Officer", "a member of staff"), ("an officer", "a member of staff"), ("any Officer", "any member of staff"),
        ("any officer", "any member of staff"), ("the Officer", "the member of staff"), ("the officer", "the member of staff"),
        ("Officers", "staff"), ("officers", "staff"), ("employees", "staff"), ("Council staff", "council staff"),
        ("Members", "councillors"), ("members", "councillors"), ("Councillors", "councillors"),
        ("endeavour to", "try to"), ("in accordance with", "in line with"), ("with regard to", "about"), ("regarding", "about"),
        ("relating to", "about"), ("whilst", "while"), ("assist", "help"), ("obtain", "get"), ("commence", "start"),
        ("prior to", "before"), ("in respect of", "about"), ("utilise", "use"), ("ensure that", "make sure that"),
    ]

    /// `councilKind` is how the council is named in scenarios, e.g. "the town council".
    static func plain(_ text: String, councilKind: String = "the council") -> String {
        var out = " " + text + " "
        let named = councilKind == "the council" ? [("the Council", "the council as a whole")] : [("the Council", councilKind), ("the council", councilKind)]
        for (formal, plain) in swaps + named + [("Council", "council")] {
            // Most phrases are not in a given text at all; their bytes say so faster than three searches for them.
            // (The phrases are ASCII with no character another one is canonically equal to, so Foundation's
            // searches could find no more than the bytes.)
            guard out.utf8.contains(formal.utf8) else { continue }
            out = out.replacingOccurrences(of: " " + formal + " ", with: " " + plain + " ")
            out = out.replacingOccurrences(of: " " + formal + ",", with: " " + plain + ",")
            out = out.replacingOccurrences(of: " " + formal + "'", with: " " + plain + "'")
        }
        return out.trimmingCharacters(in: " ")
    }
}
