import Foundation
import PropertyBased
import ProtocolTrainerKit
import Testing

/// Protocols built from random mixes of layouts (see `GeneratedLayout`): whatever the mix, every numbered clause
/// comes out whole, in order, with its own words and list, and none of the page furniture gets into the clauses.
///
/// A failure prints the shrunk protocol text between `<<<<<<<<` and `>>>>>>>>` (␍ is a carriage return, ⍽ a no-break
/// space) followed by the clauses it should give.
@Suite("Layout properties")
struct LayoutPropertyTests {
    /// Cases per family and property; 4 families × 6 properties.
    static let cases = 120

    // MARK: Property 1: nothing lost, merged or split

    @Test("1a. The numbered clauses' numbers come out in order, none lost, merged or split",
          arguments: GeneratedLayout.Family.allCases)
    func numbersSurvive(_ family: GeneratedLayout.Family) async {
        await propertyCheck(count: Self.cases, input: GeneratedLayout.generator(family)) { layout in
            let problems = LayoutChecks.numbers(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test("1b. Each numbered clause's text is its generated text, without struck text or footnote markers",
          arguments: GeneratedLayout.Family.allCases)
    func textsSurvive(_ family: GeneratedLayout.Family) async {
        await propertyCheck(count: Self.cases, input: GeneratedLayout.generator(family)) { layout in
            let problems = LayoutChecks.texts(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test("1c. Each numbered clause's items are its generated items, labels and texts",
          arguments: GeneratedLayout.Family.allCases)
    func itemsSurvive(_ family: GeneratedLayout.Family) async {
        await propertyCheck(count: Self.cases, input: GeneratedLayout.generator(family)) { layout in
            let problems = LayoutChecks.items(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test("1d. Unnumbered paragraphs under unnumbered headings come out as unnumbered clauses, in order",
          arguments: GeneratedLayout.Family.allCases)
    func paragraphsSurvive(_ family: GeneratedLayout.Family) async {
        await propertyCheck(count: Self.cases, input: GeneratedLayout.generator(family)) { layout in
            let problems = LayoutChecks.paragraphs(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: Property 2: no furniture in the clauses

    @Test("2. No header, footer, watermark, contents entry, footnote or struck word is in a clause or item",
          arguments: GeneratedLayout.Family.allCases)
    func furnitureStaysOut(_ family: GeneratedLayout.Family) async {
        await propertyCheck(count: Self.cases, input: GeneratedLayout.generator(family)) { layout in
            let problems = LayoutChecks.furniture(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: Property 3: unique ids

    @Test("3. Clause ids are unique", arguments: GeneratedLayout.Family.allCases)
    func idsAreUnique(_ family: GeneratedLayout.Family) async {
        await propertyCheck(count: Self.cases, input: GeneratedLayout.generator(family)) { layout in
            let problems = LayoutChecks.ids(layout)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    // MARK: The generator itself

    @Test("The generator is deterministic and its shrinks are smaller layouts")
    func generatorIsSound() async {
        await propertyCheck(count: 50, input: GeneratedLayout.generator()) { layout in
            #expect(layout.rendered.text == layout.rendered.text)
            #expect(!layout.rendered.numbered.isEmpty)
            for smaller in layout.shrinks().prefix(20) {
                #expect(smaller.rendered.text.count <= layout.rendered.text.count + 200)
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

// TEMPORARY exploration harness
struct LayoutExplorer {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LAYOUT_EXPLORE"] != nil))
    func explore() {
        let env = ProcessInfo.processInfo.environment
        let count = Int(env["LAYOUT_EXPLORE"] ?? "") ?? 200
        let samples = Int(env["LAYOUT_SAMPLES"] ?? "") ?? 0
        var rng = LayoutRandom(state: UInt64(env["LAYOUT_SEED"] ?? "") ?? 42)
        let checks: [(String, (GeneratedLayout) -> [String])] = [
            ("1a", LayoutChecks.numbers), ("1b", LayoutChecks.texts), ("1c", LayoutChecks.items),
            ("1d", LayoutChecks.paragraphs), ("2", LayoutChecks.furniture), ("3", LayoutChecks.ids),
        ]
        var failures: [String: Int] = [:]
        var minimal: [String: [String]] = [:]
        var t0 = Date()
        var tmp = LayoutRandom(state: 7)
        let sampleLayouts = (0..<200).map { GeneratedLayout.random(GeneratedLayout.Family.allCases[$0 % 4], using: &tmp) }
        print("generate 200: \(Date().timeIntervalSince(t0))"); t0 = Date()
        let texts = sampleLayouts.map { $0.rendered.text }
        print("render 200: \(Date().timeIntervalSince(t0))"); t0 = Date()
        for t in texts { _ = ProtocolReader().read(text: t) }
        print("read 200: \(Date().timeIntervalSince(t0))")
        let start = Date()
        for n in 0..<count {
            let family = GeneratedLayout.Family.allCases[n % 4]
            var r = LayoutRandom(state: rng.next())
            let layout = GeneratedLayout.random(family, using: &r)
            if n < samples { print(layout.testDescription) }
            for (name, check) in checks where !check(layout).isEmpty {
                failures[name + " " + family.rawValue, default: 0] += 1
                if env["LAYOUT_SHRINK"] != nil {
                    var current = layout
                    var progress = true
                    while progress {
                        progress = false
                        for smaller in current.shrinks() where !check(smaller).isEmpty {
                            current = smaller; progress = true; break
                        }
                    }
                    minimal[name, default: []].append(current.testDescription + check(current).joined(separator: "\n"))
                }
            }
        }
        print("elapsed \(Date().timeIntervalSince(start))s for \(count)")
        for (k, v) in failures.sorted(by: { $0.key < $1.key }) { print("FAIL \(k): \(v)") }
        for (k, list) in minimal.sorted(by: { $0.key < $1.key }) {
            let unique = Array(Set(list)).sorted { $0.count < $1.count }
            print("===== \(k): \(unique.count) distinct minimal")
            for m in unique.prefix(Int(env["LAYOUT_SHOW"] ?? "") ?? 6) { print(m); print("-----") }
        }
    }
}
