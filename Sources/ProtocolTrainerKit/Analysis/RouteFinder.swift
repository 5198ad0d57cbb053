/// Finds where a rule sends a concern, a complaint or a dispute: "brought to the attention of the Town Clerk".
enum RouteFinder {
    private static let leads = [
        "brought to the attention of", "raised with", "raise it with", "raise their concern with", "raise with",
        "raise the matter with", "take up the concern with", "seek guidance of", "seek guidance from", "seek the guidance of",
        "obtain advice from", "seek advice from", "determined by", "referred to", "refer the matter to", "declare any prejudicial interests relating to their work to",
        "reported to", "report it to", "directed to", "addressed to", "should contact", "go to", "in writing to",
        "complaint to", "complain to", "concern to",
    ]
    private static let stops: Set<String> = ["in", "who", "which", "and", "any", "if", "before", "for", "as", "about", "to", "on", "at", "where", "unless", "within"]

    /// The person or body a concern goes to, e.g. "the Town Clerk".
    static func route(in sentence: String) -> String? {
        let lower = sentence.lowercased()
        for lead in leads {
            guard let range = lower.range(of: lead + " ") else { continue }
            let tail = sentence[sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))...]
            var taken: [Substring] = []
            for word in tail.split(separator: " ") {
                let bare = word.trimmingCharacters(in: ".,;:()")
                if !taken.isEmpty, stops.contains(bare.lowercased()) { break }
                taken.append(Substring(bare))
                if word.last.map({ ".,;:)".contains($0) }) == true || taken.count >= 6 { break }
            }
            let phrase = taken.joined(separator: " ")
            if let first = taken.first?.lowercased(), ["them", "him", "her", "it", "they", "this", "that"].contains(first) { continue }
            // Only people and bodies: "the Town Clerk", "the officer or his/her line manager", "the Monitoring Officer".
            if phrase.split(separator: " ").contains(where: { $0.first?.isUppercase == true }) || phrase.contains("manager")
                || phrase.contains("officer") || phrase.contains("leader") {
                return phrase
            }
        }
        return nil
    }

    /// The sentence is about a concern, complaint, dispute or question.
    static func isConcern(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return ["concern", "complain", "dispute", "dissatisfied", "unhappy", "grievance", "questions about", "breach", "interest"]
            .contains { lower.contains($0) }
    }
}
