/// "Choose all that apply" questions from a clause's list: what each side can expect, areas of responsibility,
/// what a councillor should do in a situation.
struct ListQuestionBuilder {
    let context: GenerationContext

    func questions() -> [QuestionDraft] { [] }
}
