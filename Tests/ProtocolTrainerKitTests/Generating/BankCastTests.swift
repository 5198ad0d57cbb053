import Testing
@testable import ProtocolTrainerKit

/// Within a bank, a name is one person in one part: a councillor, a member of staff with one job title, or the clerk.
struct BankCastTests {
    /// Every part each cast name plays in `bank`, as its questions introduce them.
    static func parts(in bank: QuestionBank, clerk: String) -> [String: Set<String>] {
        let names = (Cast.women + Cast.men).map { "\($0.0) \($0.1)" }
        var parts: [String: Set<String>] = [:]
        for question in bank.questions {
            for (_, text) in question.texts {
                for name in names where text.contains(name) {
                    var rest = Substring(text)
                    while let range = rest.range(of: name) {
                        let before = rest[..<range.lowerBound], after = rest[range.upperBound...]
                        if before.hasSuffix("Cllr ") { parts[name, default: []].insert("councillor") }
                        if after.hasPrefix(", the council's ") {
                            let title = after.dropFirst(", the council's ".count).prefix { $0 != "," && $0 != "." }
                            parts[name, default: []].insert("staff: \(title)")
                        }
                        if after.hasPrefix(", the \(clerk)") { parts[name, default: []].insert("clerk") }
                        rest = after
                    }
                }
            }
        }
        return parts
    }

    @Test(arguments: Seeds.councils)
    func eachNameIsOnePersonInOnePart(council: String) throws {
        let document = try Seeds.read(council)
        let clerk = CouncilVocabulary(document).clerk
        for seed: UInt64 in [0, 1] {
            let bank = seed == 0 ? try Banks.committed(council) : try Banks.generated(council, seed: seed)
            let parts = Self.parts(in: bank, clerk: clerk)
            #expect(!parts.isEmpty)
            for (name, played) in parts {
                #expect(played.count == 1, "\(council) seed \(seed): \(name) is \(played.sorted().joined(separator: " and "))")
            }
        }
    }

    @Test func theCastIsTheSeedsAndEveryScenarioDrawsOnIt() {
        let cast = BankCast(seed: 3, staffRoles: Cast.staffRoles)
        #expect(cast.councillors.count == BankCast.councillorCount && cast.staff.count == BankCast.staffCount)
        let everyone = cast.councillors.map(\.last) + cast.staff.map(\.person.last) + [cast.clerk.last]
        #expect(Set(everyone).count == everyone.count, "one surname, one person")
        #expect(BankCast(seed: 3, staffRoles: Cast.staffRoles).councillors.map(\.full) == cast.councillors.map(\.full))
        #expect(BankCast(seed: 4, staffRoles: Cast.staffRoles).councillors.map(\.full) != cast.councillors.map(\.full))
        var random = SeededRandom(seed: 1)
        for _ in 0..<50 {
            let scene = cast.scene(random: &random)
            #expect(scene.councillors[0].full != scene.councillors[1].full && scene.staff[0].person.full != scene.staff[1].person.full)
            #expect(scene.councillors[0].pronoun != scene.staff[0].person.pronoun)
            #expect(scene.councillors.allSatisfy { councillor in cast.councillors.contains { $0.full == councillor.full } })
        }
    }
}
