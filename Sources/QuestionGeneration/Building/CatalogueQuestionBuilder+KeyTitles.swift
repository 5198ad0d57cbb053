import Foundation
import RuleAnalysis

/// The rule that a right answer sends the trainee only to someone the cited clause names: readers rejected keys that
/// sent an officer to the Chief Executive where the protocol says the line manager or a director, and a disclosure to
/// the Clerk where it says the Chairman.
extension CatalogueQuestionBuilder {
    /// Title slots a right answer may send someone to.
    private static let routeSlots = ["clerk", "clerkName", "monitoringOfficer", "headOfPaidService", "director", "chair",
                                     "groupLeader", "cabinetMember"]

    /// Whether every person the right answer sends the trainee to by title is one the cited clause (`clauseText`,
    /// lower-case) names, and, where the cited sentence itself sends a concern somewhere (`route`, lower-case), the one
    /// it sends it to: a clause that sends an officer's concern to her Director and a Director's to the Chief
    /// Executive names the Chief Executive, but not for her. `inOrder` is the clause's own words, lower-case, in their
    /// order.
    func keyNamesOnlyTitlesOf(_ frame: Frame, clauseText: String, inOrder: String, route: String?) -> Bool {
        for option in frame.options where option.correct {
            let lower = option.text.lowercased()
            for slot in Self.routeSlots where lower.contains("{" + slot.lowercased() + "}") || lower.contains("{" + slot.lowercased() + ".") {
                let named: Bool
                if slot == "clerk" || slot == "clerkName" {
                    // Where the stem's only officer is the head of staff, the answer deals with them as the other party
                    // ("take the disagreement up with him privately"), not as the place the matter goes.
                    let sentOn = frame.stem.contains("{officer")
                    named = route.map(routeIsTheClerk) ?? clauseAllowsTheClerk(clauseText, inOrder: inOrder, asDestination: sentOn)
                } else if let title = context.vocabulary.titles[slot] {
                    named = (route ?? clauseText).contains(title.lowercased())
                } else {
                    named = false
                }
                if !named { return false }
            }
        }
        return true
    }

    /// Whether the place a sentence sends a concern (`route`, lower-case) is the head of staff.
    private func routeIsTheClerk(_ route: String) -> Bool {
        let vocabulary = context.vocabulary
        guard vocabulary.roles.clerk != nil else { return true }
        return route.contains(vocabulary.clerk.lowercased()) || route.contains("clerk")
            || (vocabulary.titles["headOfPaidService"].map { route.contains($0.lowercased()) } ?? false)
    }

    /// Whether a right answer may send the trainee to the head of staff under this clause. A town or parish council's
    /// clerk manages all its staff and needs no naming, unless the clause sends it to someone else by name ("tell the
    /// Chairman"); a principal council's head of staff must be named; a protocol that names no head of staff leaves the
    /// stand-in title nothing to be matched against.
    private func clauseAllowsTheClerk(_ clauseText: String, inOrder: String, asDestination: Bool) -> Bool {
        let vocabulary = context.vocabulary
        guard vocabulary.roles.clerk != nil else { return true }
        let title = vocabulary.clerk.lowercased()
        if vocabulary.isLocalCouncil {
            // "… must tell the Council" sends it to the council itself, in its meeting, not to the clerk.
            let toTheCouncil = clauseText.range(of: #"\b(tell|inform|notify|declare (it |this )?to|disclose (it |this )?to) the (town |parish |community )?council\b"#,
                                                options: .regularExpression) != nil
            let elsewhere = toTheCouncil || [vocabulary.roles.chair, vocabulary.roles.staffCommittee].compactMap { $0?.lowercased() }
                .contains { clauseText.contains($0) }
            return !elsewhere || clauseText.contains(title) || clauseText.contains("clerk")
        }
        let heads = [title, vocabulary.titles["headOfPaidService"]?.lowercased()].compactMap { $0 }
        guard heads.contains(where: clauseText.contains) else { return false }
        guard asDestination, let head = Self.firstOffset(of: heads, in: inOrder) else { return true }
        // "… unless the Chief Executive has agreed arrangements" names the head of staff, but sends nothing there:
        // readers met an officer keyed to tell the Chief Executive where the protocol said her Director.
        guard heads.contains(where: { Self.isSentTo($0, in: inOrder) }) else { return false }
        // "raise it with the Corporate Director or, for a Corporate Director, with the Chief Executive", "disclose it
        // to the Monitoring Officer, who will consult the Chief Executive": where the clause names someone else first,
        // the head of staff is that person's fallback or adviser, not where the matter goes.
        let others = Self.otherDestinations + [vocabulary.titles["monitoringOfficer"], vocabulary.titles["director"]]
            .compactMap { $0?.lowercased() }
        return Self.firstOffset(of: others, in: inOrder).map { head < $0 } ?? true
    }

    /// Whether `text` sends something to `title`: "to", "with", "inform", "through" … the title.
    private static func isSentTo(_ title: String, in text: String) -> Bool {
        let pattern = #"\b(to|with|inform|informs|tell|tells|notify|advise|through|via|contact|approach|consult|and|or) (the |their |his or her |your )?"#
            + NSRegularExpression.escapedPattern(for: title) + #"\b"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    /// People and teams a principal council's protocol sends matters to instead of the head of staff.
    private static let otherDestinations = ["director", "head of service", "line manager", "monitoring officer", "chief officer",
                                            "communications", "press office", "human resources", "head of hr",
                                            "manager"]

    /// Where in `text` the first of `phrases` begins, as a count of characters.
    private static func firstOffset(of phrases: [String], in text: String) -> Int? {
        phrases.compactMap { text.range(of: $0) }.map { text.distance(from: text.startIndex, to: $0.lowerBound) }.min()
    }
}
