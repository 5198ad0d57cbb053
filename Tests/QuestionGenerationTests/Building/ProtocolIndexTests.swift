import Foundation
import PropertyBased
import Testing
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import RuleAnalysis
@testable import TestSupport
@testable import TrainerModel

/// The look-ups that keep generation linear give the same answers as asking every statement in turn.
struct ProtocolIndexTests {
    private static let vocabulary = ["staff", "instruct", "media", "press", "confidential", "clerk", "meeting", "report",
                                     "group", "party", "complaint", "premises"]
    private static let wordSet = Gen.int(in: 0...(vocabulary.count - 1)).array(of: 0...5).map { Set($0.map { vocabulary[$0] }) }

    @Test func wordSetIndexFindsWhatAScanFinds() {
        let input = zip(zip(Self.wordSet, Gen.int(in: 0...3)).array(of: 0...40), Self.wordSet, Gen.int(in: 0...2))
        repeatableCheck(count: 400, salt: 301, input: input) { items, query, level in
            let threshold = [0.5, 0.6, 0.7][level]
            let index = WordSetIndex(items.map { (words: $0.0, tag: $0.1) })
            let indexed = index.contains(overlapping: query, atLeast: threshold) { $0 % 2 == 0 }
            let scanned = items.contains { ContentWords.overlap(query, $0.0) >= threshold && $0.1 % 2 == 0 }
            #expect(indexed == scanned, "items \(items), query \(query), threshold \(threshold)")
        }
    }

    private static let fragments = ["Staff", " must not", " give", " instructions", " to", " the", " Clerk", ",", ".", " (",
                                    ")", "-", " day-to-day", " lobby", "ing", " e-mail", " respect", " prospect", " pre",
                                    "ss", " media", "\n", " x", " café", "s", "'", " confidential", " party group"]
    private static let text = Gen.int(in: 0...(fragments.count - 1)).array(of: 0...30).map { $0.map { fragments[$0] }.joined() }

    /// The byte search finds a phrase at a word's start exactly where the string search does, accents and all.
    @Test func theByteSearchAgreesWithTheStringSearch() {
        let phrases = ["staff", "press", "ss", "café", "e-mail", "confidential", " media", "'", "x", "pre", "s"]
        let group = Gen.int(in: 0...(phrases.count - 1)).array(of: 1...2).map { $0.map { phrases[$0] } }
        repeatableCheck(count: 600, salt: 304, input: zip(Self.text, group.array(of: 1...3))) { text, groups in
            let lower = " " + text.lowercased() + " é́s"
            #expect(ContradictionCheck.says(groups, in: SearchText(lower)) == StringSearchReference.says(groups, lowercased: lower),
                    "\(lower) / \(groups)")
        }
    }

    @Test func contentWordsOfPlainTextAgreeWithTheCharacterByCharacterReading() {
        repeatableCheck(count: 400, salt: 302, input: Self.text) { text in
            #expect(ContentWords.of(text) == ContentWords.byCharacters(text), "\(text)")
        }
    }

    /// The topic a string search per cue gives, as the classifier first did it.
    private func topicByStringSearch(_ text: String, heading: String?) -> Topic {
        let lower = " " + text.lowercased() + " ", headingLower = " " + (heading?.lowercased() ?? "") + " "
        func has(_ cue: String, _ text: String) -> Bool {
            text.contains(" " + cue) || text.contains("(" + cue) || text.contains("-" + cue)
        }
        var best: (Topic, Int)?
        for (topic, words) in Topic.cues {
            let score = words.reduce(0) { $0 + (has($1, lower) ? 2 : 0) } + words.reduce(0) { $0 + (has($1, headingLower) ? 1 : 0) }
            if score > (best?.1 ?? 0) { best = (topic, score) }
        }
        return best?.0 ?? .roles
    }

    @Test func topicsAreThoseAStringSearchGives() throws {
        let cueWords = Topic.cues.flatMap(\.1)
        let cueText = Gen.int(in: 0...(cueWords.count + Self.fragments.count - 1)).array(of: 0...12).map { picks in
            picks.map { $0 < cueWords.count ? [" ", "(", "-", "x"][$0 % 4] + cueWords[$0] : Self.fragments[$0 - cueWords.count] }.joined()
        }
        repeatableCheck(count: 500, salt: 303, input: zip(cueText, cueText)) { text, heading in
            #expect(Topic.classify(text, heading: heading) == topicByStringSearch(text, heading: heading), "\(text) / \(heading)")
        }
        for council in Seeds.councils {
            for clause in try Seeds.read(council).clauses {
                #expect(Topic.classify(clause.text, heading: clause.heading) == topicByStringSearch(clause.text, heading: clause.heading))
            }
        }
    }

    @Test func contradictionsAreThoseAScanOfEveryStatementFinds() throws {
        let catalogueGroups = Set(Catalogue.all.flatMap(\.frames).flatMap(\.options).map(\.contradictedBy)).sorted { "\($0)" < "\($1)" }
        var found = 0, excludedItself = 0
        for council in Seeds.councils {
            let document = try Seeds.read(council)
            let statements = ClauseAnalyser.analyse(document)
            let index = ProtocolIndex(document: document, statements: statements)
            for statement in statements.enumerated().filter({ $0.offset % 5 == 0 }).map(\.element) {
                // Its own opening words, so that the statement itself always matches and must be left out.
                let own = [[statement.quote.lowercased().split(separator: " ").prefix(4).joined(separator: " ")]]
                for group in catalogueGroups + [own] {
                    let scanned = statements.contains { other in
                        (other.clauseID != statement.clauseID || other.quote != statement.quote) && !other.kind.forbids
                            && StringSearchReference.says(group, lowercased: " " + other.quote.lowercased())
                    }
                    #expect(index.contradicts(group, except: statement) == scanned, "\(council) \(statement.clauseID): \(group)")
                    if scanned { found += 1 } else if group == own, !statement.kind.forbids { excludedItself += 1 }
                }
            }
        }
        #expect(found > 0 && excludedItself > 0, "the comparison should include options some clause contradicts, and self-matches")
    }

    /// A right answer's qualification is a group of phrases found together in one clause: "chair" in one clause and
    /// "delegated" in another qualify nothing, and a protocol pasted in twice is qualified as once.
    @Test func aQualificationIsFoundWithinOneClause() {
        let apart = """
        1. The Chair of the council presides at its meetings.
        2. Some decisions are delegated to committees.
        3. Councillors must not instruct officers.
        """
        let together = """
        1. Between meetings the Chair may act on decisions delegated to the Chair by the council.
        2. Councillors must not instruct officers.
        """
        func index(_ text: String) -> ProtocolIndex {
            let document = ProtocolReader().read(text: text)
            return ProtocolIndex(document: document, statements: ClauseAnalyser.analyse(document))
        }
        let group = [["chair", "delegated"]]
        #expect(!index(apart).anyClauseSays(group))
        #expect(index(together).anyClauseSays(group))
        #expect(index(together + "\n" + together).anyClauseSays(group))
        #expect(!index(apart + "\n" + apart).anyClauseSays(group))
        #expect(!index(together).anyClauseSays([]))
    }
}
