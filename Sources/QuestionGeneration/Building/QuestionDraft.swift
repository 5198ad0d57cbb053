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
