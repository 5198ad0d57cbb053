import Foundation
import PropertyBased
import Testing
@testable import ProtocolReading
@testable import TestSupport
@testable import TrainerModel

/// Protocols built from random mixes of layouts (see `GeneratedLayout`): whatever the mix, every numbered clause
/// comes out whole, in order, with its own words and list, and none of the page furniture gets into the clauses.
///
/// A failure prints the shrunk protocol text between `<<<<<<<<` and `>>>>>>>>` (␍ is a carriage return, ⍽ a no-break
/// space) followed by the clauses it should give.
@Suite("Layout properties")
struct LayoutPropertyTests {
    /// Cases per property, each a random mix of families and layouts; every run draws fresh ones.
    /// `LAYOUT_CATALOGUE=2000 swift test --filter LayoutFailureCatalogue` explores many more and prints each minimal failure.
    static let cases = 250

    // MARK: Property 1: nothing lost, merged or split

    @Test("1a. The numbered clauses' numbers come out in order, none lost, merged or split")
    func numbersSurvive() async {
        repeatableCheck(count: Self.cases, salt: 11, input: GeneratedLayout.generator()) { layout in
            let problems = LayoutChecks.numbers(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test("1b. Each numbered clause's text is its generated text, without struck text or footnote markers")
    func textsSurvive() async {
        repeatableCheck(count: Self.cases, salt: 12, input: GeneratedLayout.generator()) { layout in
            let problems = LayoutChecks.texts(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test("1c. Each numbered clause's items are its generated items, labels and texts")
    func itemsSurvive() async {
        repeatableCheck(count: Self.cases, salt: 13, input: GeneratedLayout.generator()) { layout in
            let problems = LayoutChecks.items(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test("1d. Unnumbered paragraphs under unnumbered headings come out as unnumbered clauses, in order")
    func paragraphsSurvive() async {
        repeatableCheck(count: Self.cases, salt: 14, input: GeneratedLayout.generator()) { layout in
            let problems = LayoutChecks.paragraphs(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: Property 2: no furniture in the clauses

    @Test("2. No header, footer, watermark, contents entry, footnote or struck word is in a clause or item")
    func furnitureStaysOut() async {
        repeatableCheck(count: Self.cases, salt: 15, input: GeneratedLayout.generator()) { layout in
            let problems = LayoutChecks.furniture(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: Property 3: unique ids

    @Test("3. Clause ids are unique")
    func idsAreUnique() async {
        repeatableCheck(count: Self.cases, salt: 16, input: GeneratedLayout.generator()) { layout in
            let problems = LayoutChecks.ids(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: The generator itself

    @Test("The generator is deterministic and every shrunk layout still has numbered clauses")
    func generatorIsSound() async {
        repeatableCheck(count: 25, salt: 17, input: GeneratedLayout.generator()) { layout in
            #expect(layout.rendered.text == layout.rendered.text)
            #expect(!layout.rendered.numbered.isEmpty)
            for smaller in layout.shrinks() {
                #expect(!smaller.rendered.numbered.isEmpty)
            }
        }
    }
}

/// The properties, as lists of problems (empty when the property holds), shared by the tests above.
enum LayoutChecks {
    static func read(_ layout: GeneratedLayout) -> (GeneratedLayout.Rendered, CouncilProtocol) {
        let rendered = layout.rendered
        return (rendered, ProtocolReader().read(text: rendered.text))
    }

    /// Whitespace (including no-break spaces and line breaks) squeezed to single spaces.
    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\n" || $0 == "\r" || $0 == "\t" })
            .joined(separator: " ")
    }

    private static func actualClauses(_ document: CouncilProtocol) -> [GeneratedLayout.ExpectedClause] {
        document.numberedClauses.map { clause in
            GeneratedLayout.ExpectedClause(
                number: clause.number ?? "?", text: squeezed(clause.text),
                items: clause.items.map { GeneratedLayout.ExpectedItem(label: $0.label, text: squeezed($0.text)) })
        }
    }

    private static func show(_ clauses: [Clause]) -> String {
        clauses.map { clause in
            (["[\(clause.id)] \(clause.number ?? "–") «\(clause.text)»"] + clause.items.map { "    (\($0.label ?? "•")) «\($0.text)»" })
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func numbers(_ layout: GeneratedLayout) -> [String] {
        let (rendered, document) = read(layout)
        let expected = rendered.numbered.map(\.number)
        let actual = document.numberedClauses.map { $0.number ?? "?" }
        guard expected != actual else { return [] }
        return ["numbers: expected \(expected)\n         actual   \(actual)\nclauses read:\n\(show(document.clauses))"]
    }

    /// Texts, compared where the numbers agree (a difference in numbers is property 1a's failure).
    static func texts(_ layout: GeneratedLayout) -> [String] {
        let (rendered, document) = read(layout)
        let actual = actualClauses(document)
        guard actual.map(\.number) == rendered.numbered.map(\.number) else { return [] }
        return zip(rendered.numbered, actual).compactMap { expected, actual in
            expected.text == actual.text ? nil
                : "clause \(expected.number) text:\n  expected «\(expected.text)»\n  actual   «\(actual.text)»"
        }
    }

    static func items(_ layout: GeneratedLayout) -> [String] {
        let (rendered, document) = read(layout)
        let actual = actualClauses(document)
        guard actual.map(\.number) == rendered.numbered.map(\.number) else { return [] }
        return zip(rendered.numbered, actual).compactMap { expected, actual in
            expected.items == actual.items ? nil
                : "clause \(expected.number) items:\n  expected \(expected.items)\n  actual   \(actual.items)"
        }
    }

    /// The unnumbered clauses' texts, joined, are the unnumbered paragraphs, joined (a page break may split one).
    static func paragraphs(_ layout: GeneratedLayout) -> [String] {
        let (rendered, document) = read(layout)
        let unnumbered = document.clauses.filter { $0.number == nil }
        var problems: [String] = []
        let expected = rendered.paragraphs.joined(separator: " ")
        let actual = squeezed(unnumbered.map(\.text).joined(separator: " "))
        if expected != actual {
            problems.append("unnumbered paragraphs:\n  expected «\(expected)»\n  actual   «\(actual)»\nclauses read:\n\(show(document.clauses))")
        }
        if unnumbered.contains(where: { !$0.items.isEmpty }) {
            problems.append("an unnumbered clause has items:\n\(show(unnumbered))")
        }
        return problems
    }

    static func furniture(_ layout: GeneratedLayout) -> [String] {
        let (rendered, document) = read(layout)
        var problems: [String] = []
        for clause in document.clauses {
            for (place, text) in [("text", clause.text)] + clause.items.map({ ("item \($0.label ?? "•")", $0.text) }) {
                let text = squeezed(text)
                for line in rendered.furniture where text.contains(squeezed(line)) {
                    problems.append("clause \(clause.id) \(place) contains furniture «\(line)»: «\(text)»")
                }
                let words = Set(text.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) })
                let struck = words.intersection(rendered.struckWords)
                if !struck.isEmpty {
                    problems.append("clause \(clause.id) \(place) contains struck words \(struck.sorted()): «\(text)»")
                }
            }
        }
        return problems
    }

    static func ids(_ layout: GeneratedLayout) -> [String] {
        let (_, document) = read(layout)
        let ids = document.clauses.map(\.id)
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        return repeated.isEmpty ? [] : ["ids used more than once: \(repeated) in \(ids)"]
    }
}

/// Not part of the normal run: `LAYOUT_CATALOGUE=2000 swift test --filter LayoutFailureCatalogue` reads that many
/// random layouts, shrinks every failure of every property on its own, and prints the distinct minimal inputs, so that
/// all the kinds of failure can be seen at once rather than the first per property.
struct LayoutFailureCatalogue {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LAYOUT_CATALOGUE"] != nil))
    func catalogue() {
        let environment = ProcessInfo.processInfo.environment
        let count = Int(environment["LAYOUT_CATALOGUE"] ?? "") ?? 500
        var random = LayoutRandom(state: UInt64(environment["LAYOUT_SEED"] ?? "") ?? 1)
        let checks: [(String, (GeneratedLayout) -> [String])] = [
            ("1a", LayoutChecks.numbers), ("1b", LayoutChecks.texts), ("1c", LayoutChecks.items),
            ("1d", LayoutChecks.paragraphs), ("2", LayoutChecks.furniture), ("3", LayoutChecks.ids),
        ]
        var found: [String: Set<String>] = [:]
        for index in 0..<count {
            var seed = LayoutRandom(state: random.next())
            let layout = GeneratedLayout.random(GeneratedLayout.Family.allCases[index % 4], using: &seed)
            for (name, check) in checks where !check(layout).isEmpty {
                var smallest = layout
                var shrunk = true
                while shrunk {
                    shrunk = false
                    for candidate in smallest.shrinks() where !check(candidate).isEmpty {
                        smallest = candidate
                        shrunk = true
                        break
                    }
                }
                found[name, default: []].insert(smallest.testDescription + check(smallest).joined(separator: "\n"))
            }
        }
        for (name, failures) in found.sorted(by: { $0.key < $1.key }) {
            print("===== property \(name): \(failures.count) distinct minimal failures")
            for failure in failures.sorted(by: { $0.count < $1.count }) { print(failure + "\n-----") }
        }
    }
}
