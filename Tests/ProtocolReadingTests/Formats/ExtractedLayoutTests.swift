import Testing
@testable import ProtocolReading
@testable import TestSupport
@testable import TrainerModel

/// One example of each layout that text taken out of a PDF or a web page arrives in (issue 10), in invented words:
/// see `LayoutRepair`, `BrowserPrint` and the assembler's bullet headings.
struct ExtractedLayoutTests {
    private func read(_ text: String) -> CouncilProtocol { ProtocolReader().read(text: text) }

    @Test func aWholeDocumentOnOneLine() {
        let document = read("Oakford Town Council Protocol for Councillors and Staff 1. Working Together 1.1 Councillors and staff should treat one another with courtesy at all times. 1.2 Staff should not be asked to work on party business (e.g. leaflets). 2. Meetings 2.1 The Clerk must be given 4 weeks' notice of an extra meeting. 2.2 Councillors may ask the Clerk for advice before a meeting on 4 May each year.")
        #expect(document.council == "Oakford Town Council")
        #expect(document.numbers == ["1.1", "1.2", "2.1", "2.2"])
        #expect(document.sections.map(\.heading) == ["Working Together", "Meetings"])
        #expect(document.text("1.2") == "Staff should not be asked to work on party business (e.g. leaflets).")
        #expect(document.text("2.2") == "Councillors may ask the Clerk for advice before a meeting on 4 May each year.")
    }

    @Test func noSpaceAfterTheNumber() {
        let document = read("""
        WORKING TOGETHER

        1.Councillors should give staff clear and reasonable instructions through the Clerk.

        2.Staff should keep councillors informed of matters in their ward.

        3.Either side may raise a concern with the Chair, who will:
        (1)Listen to both sides;
        (2)Report to the next meeting.
        """)
        #expect(document.numbers == ["1", "2", "3"])
        #expect(document.text("2") == "Staff should keep councillors informed of matters in their ward.")
        #expect(document.clauses.first { $0.number == "3" }?.items.map(\.label) == ["1", "2"])
        // A decimal inside a sentence is not a number without a space: "1.5m" stays text.
        #expect(read("1. The budget of 1.5m must be agreed by Council.").text("1") == "The budget of 1.5m must be agreed by Council.")
    }

    @Test func aClauseNumberRunInAfterASentence() {
        let document = read("""
        1.1 Councillors should respect the impartiality of staff and not ask them to act politically. 1.2    Staff should not
        lobby councillors on their own employment. 1.3 The Clerk is the first point of contact.
        1.4 Officers will reply within 10 working days. See paragraph 1.2 above and 2 Councillors' duties.
        """)
        #expect(document.numbers == ["1.1", "1.2", "1.3", "1.4"])
        #expect(document.text("1.2") == "Staff should not lobby councillors on their own employment.")
        // Numbers that do not continue the numbering, or follow no sentence, stay in the text.
        #expect(document.text("1.4") == "Officers will reply within 10 working days. See paragraph 1.2 above and 2 Councillors' duties.")
    }

    @Test func aNumberedContentsListWithoutPageNumbers() {
        let document = read("""
        Protocol for Councillors and Staff

        1. Purpose
        2. Roles of Councillors
        3. Roles of Staff
        4. Meetings and Papers
        5. When Things Go Wrong

        1. Purpose
        1.1 This protocol guides councillors and staff in working together.
        2. Roles of Councillors
        2.1 Councillors set policy and represent residents.
        3. Roles of Staff
        3.1 Staff carry out the policy of the council.
        4. Meetings and Papers
        4.1 Papers must be sent out three clear days before a meeting.
        5. When Things Go Wrong
        5.1 A councillor with a concern about staff should tell the Clerk.
        """)
        #expect(document.numbers == ["1.1", "2.1", "3.1", "4.1", "5.1"])
        #expect(document.report.discarded.filter { $0.reason == .contentsList }.count == 5)
        #expect(document.sections.map(\.number) == ["1", "2", "3", "4", "5"])
    }

    @Test func browserPrintFurnitureBetweenTheHalvesOfASentence() {
        let document = read("""
        05/01/2026, 14:32                Protocol for Councillors and Staff – Oakford Parish Council
        1.1 Councillors should not ask a member of staff to
        file:///home/clerk/Downloads/protocol.html                                                  1/3

        05/01/2026, 14:32                Protocol for Councillors and Staff – Oakford Parish Council
        carry out work for a political party.
        1.2 Staff should be told the outcome of a complaint about
        https://www.oakford-pc.gov.uk/council/protocol                                             2/3

        1/5/26, 2:32 PM Protocol for Councillors and Staff
        them within a month.
        1.3 Guidance is on the council's website at
        https://www.oakford-pc.gov.uk/guidance
        for anyone to read.
        """)
        #expect(document.numbers == ["1.1", "1.2", "1.3"])
        #expect(document.text("1.1") == "Councillors should not ask a member of staff to carry out work for a political party.")
        #expect(document.text("1.2") == "Staff should be told the outcome of a complaint about them within a month.")
        // An address printed once, with no page counter, is the protocol's own words.
        #expect(document.text("1.3") == "Guidance is on the council's website at https://www.oakford-pc.gov.uk/guidance for anyone to read.")
        #expect(document.report.discarded.filter { $0.reason == .printedPageFurniture }.count == 5)
    }

    @Test func bulletHeadingsAndAHeadingRunOn() {
        let document = read("""
        Oakford Town Council
        Protocol for Councillors and Staff
        - Introduction
        Good working relationships between councillors and staff are the key to a well-run council. Both sides should understand each other's roles. - The Role of the Clerk
        - The Clerk is the council's proper officer and head of its staff.
        - The Clerk gives impartial advice to the whole council.
        - The Role of Councillors
        - Councillors decide policy together at meetings and do not direct staff on their own.
        - Working Hours
        Councillors should respect the hours of staff and:
        - Plan Ahead
        - Ask Early
        """)
        #expect(document.sections.map(\.heading) == ["Introduction", "The Role of the Clerk", "The Role of Councillors", "Working Hours"])
        #expect(document.clauses.first?.text.hasSuffix("each other's roles.") == true)
        #expect(document.clauses.filter { !$0.items.isEmpty }.map(\.items.count) == [2, 1, 2])
        // Short items a lead-in asks for stay items, even in title case.
        #expect(document.clauses.last?.items.map(\.text) == ["Plan Ahead", "Ask Early"])
    }

    @Test func councilNamesAndDatesOfOtherDocuments() {
        let annex = read("""
        ANNEX 2

        MARSHFIELD AND UPTON BOROUGH COUNCIL

        PROTOCOL ON COUNCILLOR AND STAFF RELATIONS

        1. This protocol applies to all councillors and to the officers of the County Council seconded here.
        2. It follows the national guidance published in October 2022 and was adopted by the council in March 2024.
        """)
        #expect(annex.council == "Marshfield and Upton Borough Council")
        #expect(annex.numbers == ["1", "2"])
        #expect(!annex.dates.contains { $0.iso == "2022-10" })
        #expect(annex.dates.contains { $0.kind == .approved && $0.iso == "2024-03" })
        let noName = read("""
        Protocol for Members and Officers

        1. Members must treat the officers of the County Council with respect.
        """)
        #expect(noName.council == nil)
        #expect(read("1. This protocol binds members of Oakford Town Council.").council == "Oakford Town Council")
        #expect(TitleBlock.councilName(in: "CITY AND COUNTY OF LLANFAIR COUNCIL") == "City and County of Llanfair Council")
    }

    @Test func aNumberedHeadingOverAListNumberedAgain() {
        let document = read("""
        1. Introduction

          1. This protocol guides councillors and staff.
          2. It forms part of the council's standing orders.
        """)
        #expect(document.numbers == ["1", "2"])
        #expect(document.sections.first.map { "\($0.number ?? "") \($0.heading)" } == "1 Introduction")
    }

    @Test func aBareLabelEndsTheList() {
        let document = read("""
        3.4 Councillors should:
        i. give notice of questions; and
        ii.
        attend training.
        """)
        #expect(document.clauses.first?.items.map(\.label) == ["i", "ii"])
        #expect(document.clauses.first?.items.last?.text == "attend training.")
    }
}
