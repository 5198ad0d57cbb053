import Testing
@testable import ProtocolTrainerKit

/// Shortening an action so that a scenario does not copy its clause must leave a phrase that still says the rule.
struct ActionPhraseTests {
    @Test func aTrailingPhraseGoesWhenTheRestStillSaysTheRule() {
        let quote = "Members should not involve themselves in the day to day running of the council's services."
        #expect(ActionPhrase.shortened("involve herself in the day to day running of the council's services", against: quote)
            == "involve herself in the day to day running")
    }

    @Test func aConditionIsNeverCutShort() {
        let quote = "If participating in the appointment of officers, members should not take part where one of the candidates is a close friend or relative."
        #expect(ActionPhrase.shortened("take part where one of the candidates is a close friend or relative", against: quote) == nil)
    }

    @Test func anAsideInBracketsGoesAndTheRestOfThePhraseStays() {
        var random = SeededRandom(seed: 1)
        let person = Cast.people(1, random: &random)[0]
        #expect(ActionPhrase.forScenario("respect other's free (i.e. non-Council) time", person: person) == "respect other's free time")
    }

    @Test func aListIsNeverCutAwayFromWhatLimitsIt() {
        var random = SeededRandom(seed: 1)
        let person = Cast.people(1, random: &random)[0]
        #expect(ActionPhrase.forScenario("use the Council's photocopier, stationery or staff time for party political purposes",
                                         person: person) == nil)
        // A new clause after the comma, or an aside in brackets, can go.
        #expect(ActionPhrase.forScenario("reply to enquiries promptly, and by not keeping residents waiting", person: person)
            == "reply to enquiries promptly")
        #expect(ActionPhrase.forScenario("indicate in what capacity he/she is speaking (e.g. as ward member, in a personal capacity)",
                                         person: person) == "indicate in what capacity \(person.they) is speaking")
    }

    @Test func aTheirThatMayBelongToAnotherGroupIsNotGuessedAt() {
        var random = SeededRandom(seed: 1)
        let person = Cast.people(1, random: &random)[0]
        #expect(ActionPhrase.forScenario("respect elected councillors and recognise their role and responsibilities", person: person) == nil)
        #expect(ActionPhrase.forScenario("use their contact with councillors to advance their personal interests", person: person)
            == "use \(person.their) contact with councillors to advance \(person.their) personal interests")
    }

    @Test(arguments: [
        ("balance a complex range of interests, views and priorities across the whole community of the town",
         "Officers must balance a complex range of interests, views and priorities across the whole community of the town."),
        ("treat each group in a fair and even-handed way at all times and in every meeting",
         "Officers must treat each group in a fair and even-handed way at all times and in every meeting."),
    ])
    func aPhraseThatNeedsWhatFollowsIsNotCutShort(action: String, quote: String) {
        #expect(ActionPhrase.shortened(action, against: quote) == nil)
    }
}
