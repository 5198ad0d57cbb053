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

    /// A table laid out in columns of spaces reads a sentence a row too, with or without a line of dashes under its
    /// heading; a wrapped cell carries on; "Label:   value" details and contents lines are no table.
    @Test func aTableInColumnsOfSpaces() throws {
        let text = """
        Example Town Council
        Adopted by:        Full Council, 3 March 2025
        Review date:       March 2027
        Owner:             Town Clerk

        1. Councillors must not instruct staff.

        2. Quick guide. The guide below says where to go.

           Matter                              First point of contact
           --------------------------------    ---------------------------
           A request for work                  Town Clerk (Deputy Town
                                               Clerk when away)
           A fault at the cemetery             The council office
           A concern about the Town Clerk      Chairman of the Staffing
                                               Committee

        3. At this council the posts are:

           Proper Officer         The Town Clerk
           Finance Officer        The Deputy Town Clerk
           Data Officer           The Office Manager

        4. Officers must stay politically neutral.
        """
        let document = ProtocolReader().read(text: text)
        #expect(document.clauses.map(\.id) == ["1", "2", "3", "4"])
        let guide = try #require(clause(text, "2"))
        #expect(guide.contains("A request for work: first point of contact Town Clerk (Deputy Town Clerk when away)."), "\(guide)")
        #expect(guide.contains("A fault at the cemetery: first point of contact the council office."), "\(guide)")
        #expect(guide.contains("A concern about the Town Clerk: first point of contact Chairman of the Staffing Committee."), "\(guide)")
        #expect(!guide.contains("---") && !guide.contains("Matter"))
        let posts = try #require(clause(text, "3"))
        #expect(posts.contains("Proper Officer: The Town Clerk. Finance Officer: The Deputy Town Clerk. Data Officer: The Office Manager."), "\(posts)")
        #expect(!document.clauses.contains { $0.text.contains("Adopted by") || $0.text.contains("Owner") })
    }

    /// A table ruled above and below its heading keeps its heading: no line between two rules is lost.
    @Test func aHeadingBetweenTwoRulesIsKept() throws {
        let text = """
        Example Borough Council

        1. The table below says where concerns go.

        ------------------------------    ------------------------------
        Concern                           First point of contact
        ------------------------------    ------------------------------
        An officer's conduct              Head of Service
        A Director's conduct              Chief Executive
        The Chief Executive's conduct     Leader of the Council

        2. Officers must stay politically neutral.
        """
        let table = try #require(clause(text, "1"))
        #expect(table.contains("An officer's conduct: first point of contact Head of Service."), "\(table)")
        #expect(table.contains("The Chief Executive's conduct: first point of contact Leader of the Council."), "\(table)")
        #expect(!table.contains("---"), "\(table)")
    }
}
