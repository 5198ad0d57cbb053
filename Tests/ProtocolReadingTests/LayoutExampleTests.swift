import Testing
@testable import ProtocolReading
@testable import TestSupport
@testable import TrainerModel

/// One small example of each layout the reader promises to handle (see ClauseAssembler's parsing behaviour).
struct LayoutExampleTests {
    private func read(_ text: String) -> CouncilProtocol { ProtocolReader().read(text: text) }

    @Test func numbersOnALineOfTheirOwn() {
        let document = read("""
        Roles

        3.1
        Councillors make policy.

        3.2.
        Officers implement it and
        advise members.
        """)
        #expect(document.numbers == ["3.1", "3.2"])
        #expect(document.text("3.2") == "Officers implement it and advise members.")
    }

    /// Constitutions number clauses within lettered sections: "A1.", "B2.1", "K3". The letter is part of the number, so
    /// a question cites "B2.1", which the clerk finds in the text, not "p7"; a word that starts with a capital and a
    /// digit in running text ("the A1 road") is no number.
    @Test func numbersInLetteredSections() throws {
        let document = read("""
        SECTION A - ROLES

        A1. Councillors make policy.

        A2 Officers implement it.

        A2.1 They advise councillors impartially.

        SECTION B - CONCERNS

        B1. A concern about an officer goes to the Clerk, who will reply by the A1 road office address.

        B2.1. The Clerk keeps a note of it.
        """)
        #expect(document.numbers == ["A1", "A2", "A2.1", "B1", "B2.1"])
        #expect(document.text("B1") == "A concern about an officer goes to the Clerk, who will reply by the A1 road office address.")
        let number = try #require(ClauseNumber("B2.1"))
        #expect(number.text == "B2.1")
        #expect(number.isDescendant(of: try #require(ClauseNumber("B2"))))
        #expect(try #require(ClauseNumber("A9")) < number)
        #expect(ClauseNumber("B") == nil)
    }

    /// Sections whose paragraphs are numbered "3(a)", "3(b)": each paragraph is a clause, cited as printed, and a
    /// lead-in's list stays with its paragraph.
    @Test func paragraphsNumberedWithinTheirSection() throws {
        let document = read("""
        3. WORKING TOGETHER

        3(a) Councillors set the council's policies.

        3(b) Councillors can expect officers to:
        - reply promptly;
        - give impartial advice.

        3(c) Officers can expect councillors to:
        - treat them with courtesy;
        - give notice of large requests.

        4. CONCERNS

        4(a) A councillor with a concern about an officer raises it with the Clerk, not in public.
        """)
        #expect(document.numbers == ["3(a)", "3(b)", "3(c)", "4(a)"])
        #expect(document.clauses.first { $0.id == "3(c)" }?.items.count == 2)
        let number = try #require(ClauseNumber("3(b)"))
        #expect(number.isDescendant(of: try #require(ClauseNumber("3"))))
        #expect(ClauseNumber("3(b)(ii)")?.parts == [3, 2, 2])
    }

    /// Sections headed by roman numerals, past twenty, with lettered paragraphs under each that start again at (a):
    /// "XXI(b)", not one clause of a hundred items.
    @Test func romanSectionsOfLetteredParagraphs() {
        let sections = (1...21).map { index -> String in
            let numeral = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
                           "XVII", "XVIII", "XIX", "XX", "XXI"][index - 1]
            let heading = index == 2 ? "WHAT EACH CAN EXPECT OF THE OTHER" : "SECTION HEADING NUMBER \(index)"
            return "\(numeral). \(heading)\n\n(a) The first paragraph of this section says one thing.\n\n(b) Officers can expect councillors to:\n- be courteous;\n- give notice.\n"
        }
        let document = read("Example Town Council\n\n" + sections.joined(separator: "\n"))
        #expect(document.numbers.count == 42)
        #expect(document.numbers.suffix(2) == ["XXI(a)", "XXI(b)"])
        #expect(document.clauses.first { $0.id == "II(b)" }?.items.count == 2)
    }

    /// "Paragraph 2 - Roles" over "(1) …", "SECTION B - ROLES" over "1." numbered again from 1 in each section, and
    /// "II. ROLES" over "2.1 …": each paragraph a clause, cited as the council would find it.
    @Test func sectionsNamedInWords() {
        let worded = read("""
        Paragraph 1 - Introduction

        (1) This protocol is part of the constitution.

        (2) It applies to all councillors.

        Paragraph 2 - Roles

        (1) Councillors set policy.
        """)
        #expect(worded.numbers == ["1(1)", "1(2)", "2(1)"])
        let lettered = read("""
        SECTION A - INTRODUCTION

        1. This protocol applies to all councillors.

        2. It was adopted in May.

        SECTION B - ROLES

        1. Councillors set policy.
        """)
        #expect(lettered.numbers == ["A1", "A2", "B1"])
        let roman = read("""
        I. INTRODUCTION

        1.1 This protocol applies to all councillors.

        II. ROLES

        2.1 Councillors set policy.

        2.2 Officers advise them.
        """)
        #expect(roman.numbers == ["1.1", "2.1", "2.2"])
        #expect(roman.clauses.allSatisfy { $0.items.isEmpty })
    }

    @Test func pageNumbersAloneOnALineAreNotClauses() {
        let document = read("""
        1. Members must not instruct officers, other than through the
        
        7
        
        formal decision-making process.
        2. Officers must be impartial.
        """)
        #expect(document.numbers == ["1", "2"])
        #expect(document.text("1") == "Members must not instruct officers, other than through the formal decision-making process.")
        #expect(document.report.discarded.contains { $0.reason == .pageNumber && $0.text == "7" })
    }

    @Test func aHeaderPrintedOnceWithItsPageNumberIsSetAside() {
        let document = read("""
        OAKFORD TOWN COUNCIL
        PROTOCOL FOR COUNCILLOR AND STAFF RELATIONS

        1. Purpose
        1.1 Councillors must not instruct staff.

        OAKFORD TOWN COUNCIL - COUNCILLOR/STAFF PROTOCOL                     Page 2

        1.2 Staff must be impartial.
        """)
        #expect(document.council == "Oakford Town Council")
        #expect(document.title == "Protocol for Councillor and Staff Relations")
        #expect(document.numbers == ["1.1", "1.2"])
        #expect(document.sections.map(\.heading) == ["Purpose"])
        #expect(document.report.discarded.contains { $0.reason == .pageHeader && $0.text.hasSuffix("Page 2") })
        // A contents entry whose page number follows spaces is not a header: only "Page N" and "N of M" count.
        #expect(PageFurniture.reason(for: "Dealing with the Media 2") == nil)
        #expect(PageFurniture.reason(for: "The procedure is set out on page 2") == nil)
    }

    @Test func bracketedLettersAndRomanItems() {
        let document = read("""
        4. Members should:
        (a) respect officers;
        (b) avoid personal attacks, and
        (i) never criticise an officer in public;
        (ii) raise concerns privately.
        5. Officers must be impartial.
        """)
        #expect(document.clauses.first { $0.number == "4" }?.items.map(\.label) == ["a", "b", "i", "ii"])
        #expect(document.numbers == ["4", "5"])
    }

    @Test func repeatedNumberingGetsDistinctIDs() {
        let document = read("""
        Principles

        1. Members must treat officers with respect.

        1. Officers must serve the whole council.

        Conduct

        1. Members must not bully staff.
        """)
        #expect(document.clauses.map(\.id) == ["1#1", "1#2", "1#3"])
        #expect(document.clauses.map(\.heading) == ["Principles", "Principles", "Conduct"])
        #expect(ProtocolCheck(document).repeats == ["1"])
    }

    @Test func unnumberedParagraphsUnderHeadings() {
        let document = read("""
        Introduction
        This protocol guides members and officers.

        It supplements the codes of conduct.

        Complaints
        A member who is unhappy with an officer should speak to the Clerk.
        """)
        #expect(document.clauses.map(\.id) == ["p1", "p2", "p3"])
        #expect(document.clauses.map(\.heading) == ["Introduction", "Introduction", "Complaints"])
        #expect(document.sections.map(\.heading) == ["Introduction", "Complaints"])
    }

    @Test func contentsListedAsHeadingsTwice() {
        let document = read("""
        Member Officer Protocol

        Introduction
        Roles of members
        Roles of officers

        Introduction

        1.1 This protocol guides members and officers.

        Roles of members

        2.1 Members make policy.

        Roles of officers

        3.1 Officers implement policy.
        """)
        #expect(document.numbers == ["1.1", "2.1", "3.1"])
        #expect(document.report.discarded.filter { $0.reason == .contentsList }.count == 3)
        #expect(document.clauses.first?.heading == "Introduction")
    }

    @Test func footnoteMarkersAndFootnotesAreSetAside() {
        let document = read("""
        1. Members must abide by the Code of Conduct¹ at all times.
        2. Officers must follow the Employees' Code[2] of the council.
        ¹ Adopted under the Localism Act 2011.
        """)
        #expect(document.text("1") == "Members must abide by the Code of Conduct at all times.")
        #expect(document.text("2") == "Officers must follow the Employees' Code of the council.")
        #expect(document.report.discarded.contains { $0.reason == .footnote })
    }

    @Test func wrappedWordsAndIndentedContinuations() {
        let document = read("""
        6. Officers must not lobby members on personal employ-
           ment matters; such issues should be taken through
           agreed procedures.
        """)
        #expect(document.text("6") == "Officers must not lobby members on personal employment matters; such issues should be taken through agreed procedures.")
    }

    @Test func runningFootersWithPageNumbersAreSetAside() {
        let document = read("""
        1. Members must not instruct officers.
        Page 1 of 2
        2. Officers must be impartial and must not be
        Page 2 of 2
        influenced by their own political views.
        """)
        #expect(document.numbers == ["1", "2"])
        #expect(document.text("2") == "Officers must be impartial and must not be influenced by their own political views.")
    }

    @Test func struckTextAcrossLinesIsRemovedAndReported() {
        let document = read("""
        1. Officers serve the whole council. ~~They may
        advise party groups in private.~~ They are impartial.
        2. Members must not bully staff.
        """)
        #expect(document.text("1") == "Officers serve the whole council. They are impartial.")
        #expect(document.numbers == ["1", "2"])
        #expect(document.report.discarded.contains { $0.reason == .struckThrough && $0.text == "They may advise party groups in private." })
    }

    @Test func watermarkAndEndMarker() {
        let document = read("""
        D R A F T
        1. Members must not instruct officers.
        [end]
        Printed 3 March 2024
        """)
        #expect(document.numbers == ["1"])
        #expect(document.clauses.count == 1)
        #expect(document.report.discarded.map(\.reason) == [.watermark, .endMarker, .endMarker])
    }
}
