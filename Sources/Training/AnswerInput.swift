import TrainerModel

/// What the trainee typed at a question prompt.
public enum AnswerInput: Equatable, Sendable {
    /// Options chosen, as positions in the order shown (0 = A).
    case choose([Int])
    case help
    case skip
    case back
    case clause
    case quit
    /// Not understood: a one-line hint to show before asking again.
    case invalid(String)

    /// Commands that work at every prompt, for help and Tab completion.
    public static let commands = ["help", "skip", "back", "clause", "quit"]

    /// Reads `line` for a question of `type` with `optionCount` options.
    public static func parse(_ line: String, type: QuestionType, optionCount: Int) -> AnswerInput {
        let text = line.lowercased().split(separator: " ").joined(separator: " ")
        let last = Character(UnicodeScalar(UInt8(96 + optionCount)))
        let range = "A to \(last.uppercased())"
        switch text {
        case "": return .invalid("Type the letter of your answer, then press Enter (or type help).")
        // No one-letter shortcuts that could be an answer's letter.
        case "help", "?": return .help
        case "skip": return .skip
        case "back": return .back
        case "clause": return .clause
        case "quit", "exit": return .quit
        default: break
        }
        if type == .yesNo {
            if ["y", "yes"].contains(text) { return .choose([0]) }
            if ["n", "no"].contains(text) { return .choose([1]) }
        }
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init)
        // "AC" is read as A and C for a choose-all question; for the others it is a mistake.
        if type == .chooseAll, tokens.count == 1, tokens[0].count > 1, tokens[0].allSatisfy(\.isLetter) {
            tokens = tokens[0].map(String.init)
        }
        var chosen: [Int] = []
        for token in tokens {
            guard token.count == 1, let scalar = token.unicodeScalars.first, scalar.value >= 97, scalar.value < 97 + UInt32(optionCount) else {
                if type == .yesNo { return .invalid("Answer Y for yes or N for no (or type help).") }
                return .invalid("\"\(token.uppercased())\" is not one of the answers: use a letter from \(range).")
            }
            let index = Int(scalar.value - 97)
            guard !chosen.contains(index) else { return .invalid("You gave \(token.uppercased()) twice: give each letter once.") }
            chosen.append(index)
        }
        if type != .chooseAll, chosen.count > 1 {
            return .invalid("Choose one answer only: a single letter from \(range).")
        }
        return .choose(chosen.sorted())
    }
}
