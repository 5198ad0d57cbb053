/// Protocol vocabulary and the random choices that build a layout.
struct LayoutWords {
    var random: LayoutRandom

    static let subjects = [
        "Councillors", "Officers", "Members", "The Clerk", "The Town Clerk", "The Council", "Every Councillor",
        "All Officers", "The Chair", "Committee Chairs", "Employees", "A Councillor", "An Officer", "Members and Officers",
        "The Deputy Clerk",
    ]
    static let openers = [
        "Where appropriate,", "In general,", "At all times,", "Except in an emergency,", "Wherever possible,", "In all cases,",
    ]
    static let modals = ["must", "should", "will", "may", "shall", "must not", "should not", "cannot"]
    static let verbs = [
        "treat", "respect", "support", "advise", "inform", "consult", "assist", "brief", "instruct", "lobby", "contact",
        "work with", "refer complaints to", "share information with", "raise concerns with", "respond to",
    ]
    static let objects = [
        "the Clerk", "Officers", "Councillors", "the Council", "members of the public", "other staff", "each other",
        "the Chair", "the press", "individual Members", "the Town Clerk", "employees of the Council", "partner agencies",
    ]
    static let tails = [
        "with courtesy", "at all times", "in good faith", "without political bias or favour",
        "in accordance with paragraph 2.3", "in the interests of the Council as a whole", "through the agreed procedures",
        "on personal employment matters", "within an agreed job description", "as set out in the Code of Conduct",
        "– subject to paragraph 4.1 below", "unless the Council has resolved otherwise", "in a timely and professional manner",
        "when dealing with the press or social media", "except through the formal decision-making process",
        "and respect their political impartiality", "in writing where possible", "on a day-to-day basis",
        "regardless of their status or political party", "(including the Chair)", "and the Officer’s own views",
    ]
    static let leadIns = [
        "Councillors have four main areas of responsibility", "Officers can expect from Councillors",
        "Members are not authorised to instruct Officers other than", "If participating in the appointment of Officers, Members should",
        "The role of Members is limited to", "All Councillors can expect", "Some general principles apply",
    ]
    static let paragraphSentences = [
        "This protocol is intended to guide Members and Officers in their dealings with one another",
        "The aim is effective and professional working relationships characterised by mutual trust, respect and courtesy",
        "It supplements the Members’ and Officers’ Codes of Conduct",
        "To a large extent it is a statement of practice and convention which is intended to provide clarity",
    ]
    static let itemPhrases = [
        "to determine council policy and provide community leadership",
        "to monitor and review council performance in delivering services", "to represent the council externally",
        "to act as advocates for their constituents", "a commitment from Officers to the Council as a whole",
        "a timely response from Officers to enquiries and complaints",
        "respect, courtesy, integrity and appropriate confidentiality",
        "training and development opportunities to help them carry out their role", "the appointment of specified posts",
        "determining human resources policies and conditions of employment", "hearing and determining appeals",
        "never canvass support for a particular candidate", "not be influenced by personal preferences",
        "leadership and direction", "an understanding of, and support for, respective roles, workloads and pressures",
        "regular, up to date information on matters that can reasonably be considered relevant",
    ]
    static let headings = [
        "General Principles", "Roles of Councillors", "Roles of Officers", "Expectations", "Political Groups", "Complaints",
        "Social Media", "Training and Development", "Communication", "Access to Information", "Personal Relationships",
        "The Role of the Clerk", "Meetings and Committees", "Correspondence", "Press Releases", "Use of Resources",
        "Confidentiality", "Equality and Diversity", "Support Services", "Chair and Vice-Chair", "Financial Matters",
        "Members and the Media", "Staff Appointments",
    ]
    static let subheadings = ["Councillors", "Officers", "Committee Chairs", "The Responsible Financial Officer", "Ward Members"]
    static let introHeadings = ["Introduction", "Background", "Purpose", "Scope"]
    static let councils = [
        "Iminster Town Council", "Rayleigh Town Council", "Ashby Parish Council", "Wimborne Minster Town Council",
        "Kettering Borough Council",
    ]
    static let titles = [
        "Protocol on Member/Officer Relations", "Member Officer Protocol", "Member/Officer Relations Policy",
        "Protocol for Member and Officer Relations",
    ]
    static let approvals = ["Approved by Council 04 December 2012", "Adopted 13 March 2023", "Reviewed 09.08.16"]
    /// Struck-through sentences use words the rest of the protocol never uses, so they can be looked for.
    static let struckSubjects = ["Aldermen", "Overseers", "Burgesses"]
    static let struckVerbs = ["formerly summoned", "previously commanded", "once directed"]
    static let struckObjects = ["the Vestry", "the Almoner", "the Beadle"]
    static let struckTails = ["by telegram", "each quarter day", "without any notice whatsoever"]
    /// The struck sentences' words that appear nowhere else.
    static let struckOnly: Set<String> = [
        "Aldermen", "Overseers", "Burgesses", "formerly", "summoned", "previously", "commanded", "directed", "Vestry",
        "Almoner", "Beadle", "telegram", "quarter", "whatsoever",
    ]

    func words(_ phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }

    mutating func sentence() -> [String] {
        var out: [String] = []
        var subject = random.pick(Self.subjects)
        if random.chance(0.2) {
            out += words(random.pick(Self.openers))
            if ["The", "Every", "All", "A", "An"].contains(where: { subject.hasPrefix($0 + " ") }) {
                subject = subject.prefix(1).lowercased() + subject.dropFirst()
            }
        }
        out += words(subject) + words(random.pick(Self.modals)) + words(random.pick(Self.verbs)) + words(random.pick(Self.objects))
        for _ in 0..<random.int(0...2) { out += words(random.pick(Self.tails)) }
        return out
    }

    mutating func item() -> [String] {
        var out = words(random.pick(Self.itemPhrases))
        if random.chance(0.3) { out += words(random.pick(Self.tails)) }
        return out
    }

    mutating func clause() -> GeneratedLayout.Clause {
        var clause = GeneratedLayout.Clause(sentences: (0..<random.int(1...3)).map { _ in sentence() })
        if random.chance(0.3) {
            clause.items = (0..<random.int(1...6)).map { _ in GeneratedLayout.Item(words: item(), gapBefore: random.pick([0, 0, 0, 1, 2])) }
            clause.labels = random.pick(GeneratedLayout.LabelStyle.allCases)
            clause.capitalisedItems = random.chance(0.3)
            clause.conjunction = random.chance(0.4)
            if random.chance(0.5), !unusedLeadIns.isEmpty {
                clause.sentences[clause.sentences.count - 1] = words(unusedLeadIns.remove(at: random.int(0...(unusedLeadIns.count - 1))))
            }
        }
        clause.numberAlone = random.chance(0.12)
        clause.tightNumber = random.chance(0.08)
        clause.runIn = random.chance(0.1)
        clause.gapBefore = random.pick([0, 1, 1, 2])
        if random.chance(0.12) {
            let struck = words(random.pick(Self.struckSubjects)) + words(random.pick(Self.struckVerbs))
                + words(random.pick(Self.struckObjects)) + (random.chance(0.5) ? words(random.pick(Self.struckTails)) : [])
            clause.struck = GeneratedLayout.Struck(position: random.int(0...clause.sentences.count), words: struck)
        }
        if random.chance(0.12) {
            let count = clause.sentences.reduce(0) { $0 + $1.count }
            clause.footnotes = [random.int(0...(count - 1))]
            if random.chance(0.3) { clause.footnotes.append(random.int(0...(count - 1))) }
        }
        return clause
    }

    /// Stock paragraph sentences not yet used: a protocol does not repeat itself word for word.
    var unusedParagraphSentences = Self.paragraphSentences
    var unusedLeadIns = Self.leadIns

    mutating func paragraph() -> GeneratedLayout.Paragraph {
        let sentences = (0..<random.int(1...3)).map { _ in
            if random.chance(0.4), !unusedParagraphSentences.isEmpty {
                return words(unusedParagraphSentences.remove(at: random.int(0...(unusedParagraphSentences.count - 1))))
            }
            return sentence()
        }
        return GeneratedLayout.Paragraph(sentences: sentences, gapBefore: random.pick([1, 1, 2]))
    }

    mutating func layout(_ family: GeneratedLayout.Family) -> GeneratedLayout {
        var headings = Self.headings
        headings.shuffle(using: &random)
        var subheadings = Self.subheadings
        subheadings.shuffle(using: &random)
        let numberStyles = GeneratedLayout.NumberStyle.allCases
        let mainStyle = random.pick(numberStyles)
        let mixedStyles = random.chance(0.15)

        func clauses(_ range: ClosedRange<Int>) -> [GeneratedLayout.Clause] {
            (0..<random.int(range)).map { _ in
                var clause = clause()
                clause.numberStyle = mixedStyles ? random.pick(numberStyles) : mainStyle
                return clause
            }
        }

        var layout = GeneratedLayout(family: family, groups: [])
        switch family {
        case .sectioned:
            layout.headingStyle = random.pick(GeneratedLayout.HeadingStyle.allCases)
            for _ in 0..<random.int(1...4) {
                var group = GeneratedLayout.Group(heading: headings.removeLast(), headingGap: random.pick([0, 1, 1, 2]))
                group.clauses = clauses(1...4)
                if random.chance(0.2), !subheadings.isEmpty {
                    for _ in 0..<random.int(1...2) where !subheadings.isEmpty {
                        var sub = GeneratedLayout.Group(heading: subheadings.removeLast(), headingGap: random.pick([0, 1, 2]))
                        sub.clauses = clauses(1...3)
                        sub.subheadingStyle = mainStyle
                        group.subgroups.append(sub)
                    }
                }
                layout.groups.append(group)
            }
        case .flat, .repeating, .restarting:
            layout.flatCloser = family == .repeating ? "." : random.pick([".", ".", ")"])
            layout.bareAloneNumbers = family == .flat && random.chance(0.3)
            let headed = family == .restarting ? true : random.chance(0.6)
            let count = family == .restarting ? random.int(2...4) : (headed ? random.int(1...4) : 1)
            for index in 0..<count {
                var group = GeneratedLayout.Group()
                if headed && (index > 0 || family == .restarting || random.chance(0.7)) {
                    group.heading = headings.removeLast()
                    group.headingGap = random.pick([0, 1, 1, 2])
                    if random.chance(0.25) { group.paragraphs = (0..<random.int(1...2)).map { _ in paragraph() } }
                }
                group.clauses = clauses(1...(headed ? 4 : 8))
                layout.groups.append(group)
            }
        }
        if random.chance(0.3) {
            var intro = GeneratedLayout.Group(heading: random.pick(Self.introHeadings), headingGap: 1)
            intro.paragraphs = (0..<random.int(1...3)).map { _ in paragraph() }
            layout.intro = intro
        }

        layout.councilName = random.chance(0.7) ? random.pick(Self.councils) : nil
        layout.title = random.pick(Self.titles)
        layout.approvedLine = random.chance(0.3) ? random.pick(Self.approvals) : nil
        layout.runningHeader = random.chance(0.5)
        layout.footer = random.chance(0.5) ? random.pick(GeneratedLayout.FooterStyle.allCases) : nil
        let blocks = layout.blockPaths
        if random.chance(0.7) {
            for _ in 0..<random.int(1...4) {
                layout[block: random.pick(blocks)].pageBreaks.append(random.pick([0, 0, 1, 1, 2, 3, 9]))
            }
        }
        layout.breakBlanks = random.pick([0, 1, 1, 2])
        layout.formFeed = random.chance(0.15)
        if random.chance(0.35) {
            layout.contents = random.pick(GeneratedLayout.ContentsStyle.allCases)
            layout.contentsTitle = random.chance(0.5) ? random.pick(["Contents", "CONTENTS:", "Table of Contents"]) : nil
        }
        if random.chance(0.25) {
            for _ in 0..<random.int(1...2) {
                layout[block: random.pick(blocks)].watermarks.append(random.pick([0, 1, 1, 2, 3, 9]))
            }
        }
        layout.spacedWatermark = random.chance(0.2)
        layout.superscriptFootnotes = random.chance(0.5)
        layout.endMarker = random.chance(0.3)
        layout.crlf = random.chance(0.3)
        layout.nbspSeed = random.chance(0.3) ? random.next() : nil
        layout.wrapWidth = random.chance(0.75) ? random.int(40...90) : nil
        layout.continuationIndent = random.chance(0.3) ? random.int(1...6) : 0
        layout.itemIndent = random.chance(0.3) ? random.int(1...4) : 0
        return layout
    }
}
