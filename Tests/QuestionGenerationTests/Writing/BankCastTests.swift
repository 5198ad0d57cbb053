import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import RuleAnalysis
@testable import TestSupport
@testable import TrainerModel

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
        // One surname, one person, whatever the seed and however many posts: the clerk is nobody else in the cast.
        for seed: UInt64 in 0..<40 {
            for roles in [Cast.staffRoles, ["Deputy Town Clerk", "Events Officer"], []] {
                let cast = BankCast(seed: seed, staffRoles: roles, staffCount: roles.isEmpty ? 1 : max(roles.count, 2))
                let staff = cast.clerkIsOnlyStaff ? [] : cast.staff.map(\.person.last)
                let everyone = cast.councillors.map(\.last) + staff + [cast.clerk.last]
                #expect(Set(everyone).count == everyone.count, "seed \(seed), \(roles.count) posts: one surname, one person")
            }
        }
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

    /// A scenario's officer has a job that fits its work, where the bank's cast has such a job.
    @Test func theOfficersJobFitsTheWork() throws {
        let principal = """
        Example District Council

        1. Members should not involve themselves in the day-to-day running of the council's services.
        2. An individual member cannot instruct any officer to take any action.
        3. Members must not put officers under undue pressure.
        4. Officers must carry out the lawful decisions of the council and its committees, whatever their own view.
        """
        for seed: UInt64 in 0..<6 {
            let bank = QuestionGenerator(seed: seed).generate(ProtocolReader().read(text: principal), protocolSHA256: "").bank
            for question in bank.questions {
                guard let match = question.stem.firstMatch(of: /the council's ([A-Z][A-Za-z ]+? (Officer|Manager|Assistant))/) else { continue }
                let work = StaffDuties.work(in: question.stem)
                // Checked only where some principal council title fits: then the cast of six always has one.
                guard Cast.principalStaffRoles.filter({ StaffDuties.fits($0, work) }).count > 4 else { continue }
                #expect(StaffDuties.fits(String(match.1), work), "seed \(seed), \(question.origin): \(match.1) for \(work)")
            }
        }
        #expect(!StaffDuties.fits("Finance Officer", StaffDuties.work(in: "the grass on the verge has not been cut")))
        #expect(StaffDuties.fits("Administration Officer", StaffDuties.work(in: "the grass on the verge has not been cut")))
    }
}
