import Testing
@testable import QuestionGeneration
@testable import RuleAnalysis
@testable import TrainerModel

/// The lexicon's own promises: longest phrases first, people named by their longest phrase, titles as printed.
struct LexiconTests {
    @Test func aPhraseComesBeforeEveryShorterPhraseItBeginsWith() {
        for (index, phrase) in Lexicon.phrases.enumerated() {
            #expect(!phrase.words.isEmpty && phrase.words.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
            for later in Lexicon.phrases[(index + 1)...] where later.words.count > phrase.words.count {
                #expect(!later.words.starts(with: phrase.words), "\(later.words) comes after \(phrase.words)")
            }
        }
    }

    @Test func eachPhraseIsListedOnce() {
        let phrases = Lexicon.phrases.map { $0.words.joined(separator: " ") }
        #expect(Set(phrases).count == phrases.count, "\(Dictionary(grouping: phrases, by: { $0 }).filter { $0.value.count > 1 }.keys)")
    }

    @Test(arguments: [
        ("Members of the public may attend", [Lexicon.Person.thePublic]),
        ("members of staff and members", [.party(.officers), .party(.councillors)]),
        ("the Proper Officer and other officers", [.party(.clerk), .party(.officers)]),
        ("The Chief Executive or the Head of Paid Service", [.party(.clerk), .party(.clerk)]),
        ("party-political groups and the Mayor", [.party(.partyGroups), .party(.chairs)]),
        ("residents, electors and the electorate", [.thePublic, .thePublic, .thePublic]),
    ])
    func peopleAreNamedByTheirLongestPhrase(phrase: String, people: [Lexicon.Person]) {
        #expect(Lexicon.mentions(in: Lexicon.words(phrase)).map(\.who) == people, "\(phrase)")
    }

    @Test func titlesAreFoundAsPrinted() {
        #expect(Lexicon.titles(in: "The Town Clerk reports to the Monitoring Officer.") == ["Town Clerk", "Monitoring Officer"])
        #expect(Lexicon.titles(in: "The Town Mayor and the Chairman of the committee") == ["Town Mayor", "Chairman"])
        #expect(Lexicon.titles(in: "Directorate staff") == [])
        #expect(Lexicon.titles(in: "the Head of Paid Service (the Chief Executive)") == ["Head of Paid Service", "Chief Executive"])
    }

    @Test func theAnalyserReadsNoModalTableButTheLexicon() {
        // "Members need not attend" is a right not to attend; "are encouraged to" no duty; "may be able" no permission.
        let clause = Clause(id: "1", number: "1", heading: nil,
                            text: "Members need not attend. Members are encouraged to attend. Officers may be able to attend.",
                            items: [], line: 1)
        let readings = ClauseAnalyser.analyse(clause)
        #expect(readings.map(\.kind) == [.hasRight, .statement, .statement])
        #expect(readings.map(\.notARule) == [nil, .encouragement, .possibility])
        #expect(readings.first?.action == "not to attend")
    }
}
