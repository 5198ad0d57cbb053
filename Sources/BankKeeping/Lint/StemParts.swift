import RuleAnalysis

/// A question's stem taken apart the way a reviewer reads it: the story, the question asked, anything quoted, and the
/// setting it opens with.
struct StemParts {
    /// Sentences that tell the situation, in order.
    let story: [String]
    /// Sentences that end with a question mark, and the last sentence, quotations taken out.
    let questions: [String]
    /// Passages in quotation marks.
    let quoted: [String]

    init(_ stem: String) {
        var quoted: [String] = []
        var unquoted = ""
        var inside: String?
        for character in stem {
            switch (character, inside) {
            case ("“", nil), ("\"", nil): inside = ""
            case ("”", .some(let text)), ("\"", .some(let text)):
                quoted.append(text)
                inside = nil
                unquoted += "…"
            case (_, .some(let text)): inside = text + String(character)
            default: unquoted.append(character)
            }
        }
        // An unclosed quotation is the stem's own text (the unbalanced-marks rule reports it).
        if let inside { unquoted += "\"" + inside }
        self.quoted = quoted.map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        // A quotation inside the story ("Graham replies: “…”") is the story's, not a sentence of its own.
        let sentences = SentenceSplitter.sentences(unquoted.trimmingCharacters(in: " "))
        // The last sentence asks, whatever its mark ("True or false: …", "Choose all that apply.").
        let asking = sentences.indices.filter { $0 == sentences.count - 1 || sentences[$0].trimmingCharacters(in: " …").hasSuffix("?") }
        questions = asking.map { sentences[$0] }
        story = sentences.indices.filter { !asking.contains($0) && sentences[$0].contains(where: \.isLetter) }.map { sentences[$0] }
    }

    /// The words before the first person in a one-sentence story ("After a disagreement at the car park"), and the
    /// rest of the sentence from that person on; nil when the story does not open with such a phrase.
    var opening: (setting: String, rest: String)? {
        guard story.count == 1, let sentence = story.first, let comma = sentence.firstIndex(of: ",") else { return nil }
        let setting = String(sentence[..<comma])
        let rest = sentence[sentence.index(after: comma)...].trimmingCharacters(in: " ")
        // The setting is a phrase of its own ("During a recruitment round on Monday"), and a name follows it.
        guard setting.split(separator: " ").count >= 3, let first = rest.first, first.isUppercase else { return nil }
        return (setting, rest)
    }
}
