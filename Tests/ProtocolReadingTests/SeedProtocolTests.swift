import Foundation
import Testing
@testable import ProtocolReading
@testable import TestSupport
@testable import TrainerModel

/// The reader must be exact on the five seed protocols.
struct SeedProtocolTests {
    @Test func iminster() throws {
        let document = try Seeds.read("iminster")
        #expect(document.council == "Iminster Town Council")
        #expect(document.title == "Protocol on Member / Officer Relations")
        #expect(document.numbers == range("1", 1...8) + range("2", 1...9) + range("3", 1...5) + ["4.1", "4.2"])
        #expect(document.itemCount("2.1") == 4)
        // The text prints twelve bullets under 4.1; the list runs across a page header after the fifth.
        #expect(document.itemCount("4.1") == 12)
        #expect(document.clauses.first { $0.number == "4.1" }?.items[5].text.hasPrefix("Regular up to date information") == true)
        #expect(document.itemCount("4.2") == 7)
        for text in document.allTaughtText {
            #expect(!text.contains("Approved by Council 04 December 2012"))
            #expect(!text.contains("Background Papers"))
            #expect(!text.contains("Good Councillors Guide"))
        }
        #expect(document.dates.contains(StatedDate(kind: .approved, text: "04 December 2012", iso: "2012-12-04", line: 5)))
        #expect(document.dates.contains { $0.kind == .reviewed && $0.iso == "2016-08-09" })
    }

    @Test func northampton() throws {
        let document = try Seeds.read("northampton")
        #expect(document.council == "Northampton Town Council")
        let expected = ["1.1", "2.1"] + range("3", 1...3) + ["4.1", "5.1", "6.1", "6.2"] + range("7", 1...14)
            + range("8", 1...3) + range("9", 1...3)
        #expect(document.numbers == expected)
        #expect(document.numbers.count == 29)
        #expect(document.itemCount("3.1") == 4)
        #expect(document.itemCount("6.1") == 12)
        #expect(document.itemCount("6.2") == 8)
        #expect(document.text("7.13").contains("Scheme of Delegation to Officers. Officers should be left to make decisions"))
        #expect(document.text("7.13").hasSuffix("fair and consistent in their application."))
        for text in document.allTaughtText {
            #expect(!text.contains("DRAFT"))
            #expect(!text.contains("....."))
            #expect(!text.hasPrefix("CONTENTS"))
        }
        #expect(document.report.discarded.filter { $0.reason == .contentsList }.count == 10)
        #expect(document.clauses.first { $0.number == "3.2" }?.heading == "Councillors have the same rights")
    }

    @Test func rayleigh() throws {
        let document = try Seeds.read("rayleigh")
        #expect(document.council == "Rayleigh Town Council")
        #expect(document.numbers == range("1", 1...3) + ["2.1", "2.2.2", "2.2.3", "2.2.4", "2.3", "2.4"] + range("3", 1...3))
        #expect(document.sections.contains { $0.number == "2.2" && $0.heading == "Councillors" })
        #expect(document.text("2.3").hasPrefix("Committee Chairs and Vice-Chairs have additional responsibilities."))
        #expect(document.text("2.4").hasPrefix("The role of Officers is to give advice"))
        #expect(document.text("2.4").contains("In giving such advice to Councillors"))
        #expect(document.clauses.first { $0.number == "2.4" }?.heading == "Officers")
        #expect(document.itemCount("2.2.2") == 4)
        #expect(document.itemCount("3.1") == 12)
        #expect(document.itemCount("3.2") == 7)
        #expect(document.itemCount("3.3") == 2)
        #expect(document.clauses.first { $0.number == "3.3" }?.items[1].text
                == "Special relationships with particular individuals or party-political groups should be avoided as it can create suspicion that an employee favours that Councillor or political group above others.")
        #expect(ProtocolCheck(document).gaps == ["2.2.1"])
        #expect(document.dates.contains { $0.kind == .published && $0.iso == "2022-04" })
    }

    @Test func wimborneMinster() throws {
        let document = try Seeds.read("wimborne-minster")
        #expect(document.council == "Wimborne Minster Town Council")
        #expect(document.numbers.count == 99)
        #expect(document.sections.count == 16)
        #expect(document.sections.map(\.number) == (1...16).map { String($0) })
        let items: [String: Int] = ["3.9": 3, "6.2": 3, "6.3": 5, "10.2": 3, "10.4": 3, "11.1": 2, "11.3": 2, "11.5": 2,
                                    "12.5": 7, "14.3": 4, "15.2": 3, "15.3": 7, "16.2": 4]
        for (number, count) in items {
            #expect(document.itemCount(number) == count, "items of \(number)")
        }
        #expect(document.clauses.first { $0.number == "14.3" }?.items.last?.label == "d")
        #expect(document.text("5.9") == "An officer shall not discuss with a member personal matters concerning him/herself or another individual employee.")
        for text in document.allTaughtText {
            #expect(!text.contains("This does not prevent an officer raising on a personal basis"))
            #expect(!text.contains("[end]"))
            #expect(!text.contains("Louise Harrison"))
        }
        #expect(document.report.discarded.contains { $0.reason == .struckThrough && $0.text.hasPrefix("This does not prevent") })
        #expect(document.dates.contains { $0.kind == .approved && $0.iso == "2023-03-23" })
    }

    @Test func districtConstitution() throws {
        let document = try Seeds.read("district-constitution")
        #expect(document.council == nil)
        #expect(document.numbers == (1...16).map { String($0) })
        #expect(document.text("16").hasPrefix("This protocol will be regularly reviewed"))
        #expect(document.report.warnings.contains { $0.message.contains("--council-name") })
        let named = try ProtocolReader(councilName: "Example District Council").read(path: Seeds.path("district-constitution"))
        #expect(named.council == "Example District Council")
    }

    @Test(arguments: Seeds.councils)
    func clauseIDsAreUniqueAndEqualTheirNumbers(council: String) throws {
        let document = try Seeds.read(council)
        #expect(Set(document.clauses.map(\.id)).count == document.clauses.count)
        for clause in document.numberedClauses { #expect(clause.id == clause.number) }
        for clause in document.clauses {
            #expect(!clause.text.contains("  "))
            #expect(!clause.text.hasPrefix(" ") && !clause.text.hasSuffix(" "))
            #expect(!clause.text.contains("~~"))
        }
    }
}
