import Foundation

/// The roles a protocol names, read off its own words, so that the options of a "who" question are real roles in this
/// council: never a title it does not have (a Mayor for a parish council, a Clerk for a county council).
struct CouncilRoles {
    /// The clerk's title ("Town Clerk", "Proper Officer"), where the protocol uses it.
    let clerk: String?
    /// Who chairs the council, as the protocol calls them ("Town Mayor", "Chairman"), if it says.
    let chair: String?
    let monitoringOfficer: String?
    let leader: String?
    /// Whether the protocol speaks of the leaders of party or political groups.
    let hasGroupLeaders: Bool
    let lineManager: String?
    /// A committee that deals with staff ("Personnel Committee"), if the protocol names one.
    let staffCommittee: String?

    init(_ document: CouncilProtocol, clerk: String) {
        let text = document.clauses.map { ([$0.text] + $0.items.map(\.text)).joined(separator: " ") }.joined(separator: " ")
        func first(_ patterns: [String]) -> String? {
            for pattern in patterns {
                guard let regex = try? NSRegularExpression(pattern: pattern),
                      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                      let range = Range(match.range, in: text) else { continue }
                return String(text[range])
            }
            return nil
        }
        self.clerk = Self.names(text, clerk) ? clerk : nil
        // The most specific title first; a vice-chair or deputy is not the chair, nor is a committee's chairman.
        chair = first([#"\bTown Mayor\b"#, #"\bCity Mayor\b"#, #"(?<!Deputy )\bMayor\b"#,
                       #"\bChair(man)? of the ((?i)(town |parish |district |county |borough |city )?council)\b"#,
                       #"(?<![Vv]ice-)(?<![Vv]ice )\bChair(man)?\b(?! of )"#])
        monitoringOfficer = first([#"\bMonitoring Officer\b"#])
        leader = first([#"\bLeader of the Council\b"#])
        hasGroupLeaders = first([#"(?i)\bgroup leaders?\b"#, #"(?i)\bleaders? of (the|a|an|each|any|their|all) ((party|political|opposition|minority|majority) )?groups?\b"#]) != nil
        lineManager = first([#"(?i)\bline manager\b"#]).map { $0.lowercased() }
        staffCommittee = first([#"\b(Personnel|Staffing|Employment|HR|Human Resources|Staff) (Sub-)?Committee\b"#])
    }

    /// True when `text` names `title` (case ignored).
    static func names(_ text: String, _ title: String) -> Bool {
        text.lowercased().contains(title.lowercased())
    }
}
