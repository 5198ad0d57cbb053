/// Finds where a rule sends a concern, a complaint or a dispute: "brought to the attention of the Town Clerk". The leads
/// are `Lexicon.routeLeads`.
enum RouteFinder {
    /// The most words a route is read to: a longer run is a clause of its own, not a name.
    private static let longestRoute = 6

    /// The person or body a concern goes to, e.g. "the Town Clerk".
    static func route(in sentence: String) -> String? {
        // "raise it privately with", "referred directly to": an adverb before the preposition is read past.
        // "raise it, in the first instance, with the Assistant Director": the aside is read past too.
        let words = sentence.replacingOccurrences(of: ", in the first instance,", with: "")
            .replacingOccurrences(of: " in the first instance with ", with: " with ")
            .replacingOccurrences(of: " in the first instance to ", with: " to ")
            .replacingOccurrences(of: " first with ", with: " with ").split(separator: " ")
        let sentence = words.enumerated().filter { index, word in
            !(word.count > 4 && word.lowercased().hasSuffix("ly") && index + 1 < words.count
              && ["with", "to"].contains(words[index + 1].lowercased()))
        }.map(\.element).joined(separator: " ")
        let lower = sentence.lowercased()
        // The first place the sentence names, not the first lead of the list: "raise it with their Director, and a
        // Director's concern is raised with the Chief Executive" sends the officer's concern to the Director.
        var leads: [(offset: Int, range: Range<String.Index>)] = []
        for lead in Lexicon.routeLeads {
            guard let range = lower.range(of: lead + " ") else { continue }
            leads.append((lower.distance(from: lower.startIndex, to: range.lowerBound), range))
        }
        for (_, range) in leads.sorted(by: { $0.offset < $1.offset }) {
            let tail = sentence[sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))...]
            var taken: [Substring] = []
            var cutShort = false
            let tailWords = tail.split(separator: " ")
            // "the Town Mayor and the Chair of the Personnel Committee": two posts together, each named in capitals.
            var joint = false
            for (index, word) in tailWords.enumerated() {
                let bare = word.trimmingCharacters(in: ".,;:()")
                if joint, !(bare.first?.isUppercase == true || ["of", "the", "for"].contains(bare)) { break }
                if !taken.isEmpty, bare == "and", !joint, taken.contains(where: { $0.first?.isUppercase == true }),
                   index + 2 < tailWords.count, tailWords[index + 1] == "the", tailWords[index + 2].first?.isUppercase == true {
                    joint = true
                    taken.append("and")
                    continue
                }
                if !taken.isEmpty, Lexicon.routeStops.contains(bare.lowercased()) { break }
                // "City Solicitor (Monitoring Officer)" keeps its brackets, a pair at a time.
                let opened = taken.contains { $0.contains("(") } && !taken.contains { $0.contains(")") }
                let kept = word.trimmingCharacters(in: ".,;:")
                if word.hasPrefix("("), !kept.dropFirst().contains("("), kept.hasSuffix(")") || index + 1 < tailWords.count {
                    taken.append(Substring(kept.hasSuffix(")") ? kept : kept.trimmingCharacters(in: ")")))
                } else if opened, kept.hasSuffix(")") {
                    taken.append(Substring(kept))
                } else {
                    taken.append(Substring(bare))
                }
                if word.last.map({ ".,;:)".contains($0) }) == true { break }
                if taken.count >= Self.longestRoute + (joint ? 6 : 0) {
                    cutShort = index + 1 < tailWords.count && tailWords[index + 1].first?.isUppercase == true
                    break
                }
            }
            // "the employee's Assistant Director or Corporate Director …" cut at the limit mid-title ("or Corporate"):
            // the first of the places is the route.
            if cutShort, let conjunction = taken.lastIndex(where: { ["or", "and", "and/or"].contains($0.lowercased()) }),
               conjunction > 0 {
                taken.removeSubrange(conjunction...)
            } else if cutShort, let of = taken.firstIndex(where: { $0 == "of" }), of > 1 {
                // "the Monitoring Officer of Wealdhurst District Council" cut mid-name: the post is the route.
                taken.removeSubrange(of...)
            }
            // "the Clerk or, where it concerns the Clerk, …": a conjunction left at the end is not part of the name.
            // "raise it with the Clerk privately": the manner is not part of the name.
            while let last = taken.last, taken.count > 1, last.count > 4, last.lowercased().hasSuffix("ly"), last.first?.isLowercase == true,
                  !["family", "assembly", "supply"].contains(last.lowercased()) {
                taken.removeLast()
            }
            while let last = taken.last, ["or", "and", "and/or"].contains(last.lowercased()) { taken.removeLast() }
            var phrase = taken.joined(separator: " ")
            // A bracket the route was cut before closing goes.
            if phrase.contains("("), !phrase.contains(")") {
                phrase = phrase.replacingOccurrences(of: "(", with: "")
                // "the Town Clerk (or, where …": the conjunction the bracket opened with goes too.
                while let last = phrase.split(separator: " ").last, ["or", "and", "and/or"].contains(last.lowercased()) {
                    phrase = String(phrase.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
                }
            }
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
        return Lexicon.concernWords.contains { lower.contains($0) }
    }
}
