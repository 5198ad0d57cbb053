import Foundation
import TrainerModel

/// A question before it gets its ids and final option order.
struct QuestionDraft {
    var type: QuestionType
    var kind: QuestionKind
    var roles: [TraineeRole]
    var topic: Topic
    var stem: String
    var options: [(text: String, correct: Bool, feedback: String)]
    var citations: [Citation]
    var difficulty: Difficulty
    /// "catalogue:<provision>/<frame>", "list:<form>", or "route:<situation>".
    var origin: String
    /// Keep the options in this order (Yes before No) instead of shuffling.
    var fixedOrder = false
}

extension QuestionDraft {
    /// The draft with every word the trainee reads (stem, options, feedback) passed through `rename`.
    func reworded(_ rename: (String) -> String) -> QuestionDraft {
        var draft = self
        draft.stem = rename(stem)
        draft.options = options.map { (rename($0.text), $0.correct, rename($0.feedback)) }
        return draft
    }

    /// Whether the stem, an option or a feedback speaks of a ward.
    var speaksOfWards: Bool {
        ([stem] + options.flatMap { [$0.text, $0.feedback] }).contains {
            $0.range(of: #"\b[Ww]ards?\b"#, options: .regularExpression) != nil
        }
    }

    /// The draft in the words of a council whose members represent divisions: "ward councillor" becomes "local
    /// councillor", and "ward" "division".
    var inDivisions: QuestionDraft {
        reworded { text in
            var out = text
            for (from, to) in [("ward councillor", "local councillor"), ("Ward councillor", "Local councillor"),
                               ("ward member", "local member"), ("Ward member", "Local member")] {
                out = out.replacingOccurrences(of: from, with: to)
            }
            for (from, to) in [(#"\bwards\b"#, "divisions"), (#"\bward\b"#, "division"), (#"\bWard\b"#, "Division")] {
                out = out.replacingOccurrences(of: from, with: to, options: .regularExpression)
            }
            return out
        }
    }

    /// The draft in the words of an authority (a fire and rescue authority): "the council's" becomes "the Authority's".
    var atAnAuthority: QuestionDraft {
        reworded { text in
            var out = text
            // Whole words only: "the councillor" is no "the Authoritylor".
            for (from, to) in [("the council", "the Authority"), ("The council", "The Authority"), ("council meeting", "Authority meeting")] {
                out = out.replacingOccurrences(of: #"\b\#(from)\b"#, with: to, options: .regularExpression)
            }
            return out
        }
    }
}
