/// One question as read from a GIFT file, before it is checked against the bank's protocol.
struct GIFTQuestion: Equatable {
    /// The line its title starts on, for messages.
    var line: Int
    var title: String
    var stem: String
    /// The last segment of the `$CATEGORY:` above it, if any.
    var category: String?
    var answers: Answers
    var generalFeedback: String

    enum Answers: Equatable {
        /// `{TRUE#…#…}`: which answer is right, the feedback for a wrong answer, for a right one.
        case trueFalse(isTrue: Bool, wrongFeedback: String, rightFeedback: String)
        /// `=` and `~` options, with `%n%` weights where given.
        case choices([Choice])
    }

    struct Choice: Equatable {
        var right: Bool
        var weight: Double?
        var text: String
        var feedback: String
    }
}
