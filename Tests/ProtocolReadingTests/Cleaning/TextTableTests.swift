import Foundation
import Testing
@testable import ProtocolReading

/// Tables drawn with characters, as a PDF's or word processor's text export gives them, read as a sentence a row.
struct TextTableTests {
    private func clause(_ text: String, _ id: String) -> String? {
        ProtocolReader().read(text: text).clauses.first { $0.id == id }?.text
    }

    @Test func aBorderedTableIsASentenceARowWithItsWrappedCellsJoined() throws {
        let text = """
        Example Borough Council

        1. Councillors must not instruct staff.

        2. Where to take a concern

        +----------------------+-------------------------+
        | Concern              | Raise with              |
        +----------------------+-------------------------+
        | The work of an       | The officer's Head of   |
        | officer              | Service                 |
        +----------------------+-------------------------+
        | A councillor's treat-| The Monitoring Officer  |
        | ment of staff        |                         |
        +----------------------+-------------------------+

        3. Officers must stay politically neutral.
        """
        let table = try #require(clause(text, "2"))
        #expect(table.contains("The work of an officer: raise with the officer's Head of Service."), "\(table)")
        #expect(table.contains("A councillor's treatment of staff: raise with the Monitoring Officer."), "\(table)")
        #expect(!table.contains("|") && !table.contains("+--"))
        #expect(ProtocolReader().read(text: text).clauses.map(\.id) == ["1", "2", "3"])
    }

    /// Without borders between rows, a line with an empty first cell carries on the row above; a table broken by a
    /// page goes on after the page's footer and running header.
    @Test func anUnborderedTableAndOneBrokenByAPage() throws {
        let text = """
        Example City Council
        Member and Officer Protocol

        1. Councillors must not instruct staff.

        2. Who deals with what

        +------------------------+--------------------------+
        | Matter                 | Contact                  |
        +------------------------+--------------------------+
        | Casework               | The enquiry service      |
        | A request for a group  | The Chief Executive      |
        | briefing               |                          |
        +------------------------+--------------------------+

        Page 4 of 9
        Example City Council
        Member and Officer Protocol

        | Advice on the protocol | The Monitoring Officer   |
        +------------------------+--------------------------+

        3. Officers must stay politically neutral.

        Page 5 of 9
        Example City Council
        Member and Officer Protocol
        """
        let table = try #require(clause(text, "2"))
        #expect(table.contains("Casework: contact the enquiry service."), "\(table)")
        #expect(table.contains("A request for a group briefing: contact the Chief Executive."), "\(table)")
        #expect(table.contains("Advice on the protocol: contact the Monitoring Officer."), "\(table)")
        #expect(!table.contains("Page 4"))
    }

    @Test func aLoneLineBetweenBarsIsText() {
        let document = ProtocolReader().read(text: "1. Councillors must read the note | see below |\n2. | Staff must lock the office. |\n")
        #expect(document.clauses.count == 2)
        #expect(document.clauses[1].text.contains("Staff must lock the office."))
    }
}
