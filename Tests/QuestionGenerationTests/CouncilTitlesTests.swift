import Foundation
import Testing
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import RuleAnalysis
import TrainerModel

/// Questions speak only of the people a council's protocol names: no Clerk or Chair for a council that has neither.
struct CouncilTitlesTests {
    /// The questions whose key has a councillor ask, ring, email or tell a named officer directly.
    private func straightToStaff(_ text: String) -> [String] {
        QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions.filter { question in
            question.roles.contains(.councillor) && question.options.contains { option in
                option.correct && option.text.range(of: #"^(Ask|Ring|Email|Tell|Phone) (?!the )"#, options: .regularExpression) != nil
            }
        }.map(\.origin)
    }

    private func vocabulary(_ text: String) -> CouncilVocabulary {
        CouncilVocabulary(ProtocolReader().read(text: text))
    }

    @Test(arguments: [
        ("1. Members should raise concerns with the Town Clerk. The Clerk will reply.", "clerk", "Town Clerk"),
        ("1. The Parish Clerk manages the staff.", "clerk", "Parish Clerk"),
        ("1. The Parish Administrator manages the staff and is the Proper Officer.", "clerk", "Parish Administrator"),
        ("1. Concerns go to the Chief Executive.\n2. The Monitoring Officer advises.", "clerk", "Chief Executive"),
        ("1. Concerns go to the Chief Executive.\n2. The Monitoring Officer advises.", "monitoringOfficer", "Monitoring Officer"),
        ("1. The Town Mayor speaks for the council. The Mayor may sign letters.", "chair", "Town Mayor"),
        ("1. The Chairman may sign letters.", "chair", "Chairman of the council"),
        ("1. Each Corporate Director reports to the Chief Executive.", "director", "Corporate Director"),
        ("1. A Group Leader may ask for a briefing.", "groupLeader", "group leader"),
        ("1. A Portfolio Holder may ask for a briefing.", "cabinetMember", "Portfolio Holder"),
    ])
    func titlesAreTheProtocolsOwn(text: String, slot: String, title: String) {
        #expect(vocabulary("Example Council\n\n" + text).titles[slot] == title)
    }

    @Test func aTitleTheProtocolLacksHasNoValue() {
        let titles = vocabulary("Example Council\n\n1. Concerns go to the Chief Executive.\n").titles
        #expect(titles["chair"] == nil)
        #expect(titles["monitoringOfficer"] == nil)
        #expect(titles["seniorOfficer"] == "a senior officer")
        // "Vice-Chair" is not the council's chair.
        #expect(vocabulary("Example Council\n\n1. The Vice-Chair opens the meeting.\n").titles["chair"] == nil)
    }

    /// A principal council's protocol of our own that names Directors, the Chief Executive and the Monitoring Officer,
    /// and no Clerk, Chair or Mayor: none of those may appear anywhere in its questions.
    @Test func aPrincipalCouncilsQuestionsNameNoClerkOrChair() {
        let text = """
        Example District Council
        Protocol on Member/Officer Relations

        1. Members must not give instructions to officers. Officers work to the Chief Executive and their Director.
        2. Officers must not be asked to give advice to a political group on party business.
        3. Members should not copy correspondence with an officer to another member without the author's consent, and there should be no blind copies.
        4. Members must not disclose confidential information given to them by officers.
        5. Members must not put pressure on officers to change their professional advice.
        6. A member with a concern about an officer's conduct should raise it with the Director concerned or the Monitoring Officer, and not in public.
        7. Members visiting council premises should arrange the visit with the officer in charge and not disrupt the services running at the time.
        """
        let document = ProtocolReader().read(text: text)
        let bank = QuestionGenerator().generate(document, protocolSHA256: "").bank
        #expect(bank.questions.count >= 3)
        for question in bank.questions {
            let words = ([question.stem] + question.options.flatMap { [$0.text, $0.feedback] }).joined(separator: " ")
            for title in ["Clerk", "Chair", "Chairman", "Mayor"] {
                #expect(CouncilVocabulary.occurrences(of: title, in: words) == 0, "\(question.origin): \(words)")
            }
        }
    }

    /// Staff job titles fit the council: no groundsman at a county hall, no Deputy Clerk where the protocol names none.
    @Test func aPrincipalCouncilIsToldFromALocalOne() {
        #expect(vocabulary("Example Town Council\n\n1. Staff report to the Town Clerk.\n").isLocalCouncil)
        #expect(!vocabulary("Example Council\n\n1. The Proper Officer and the Monitoring Officer advise members.\n").isLocalCouncil)
        #expect(!vocabulary("Example Council\n\n1. Officers report to the Chief Executive.\n").isLocalCouncil)
        // A district's constitution may call its head of staff the Proper Officer; its cabinet or its name says what it is.
        #expect(!vocabulary("Example Council\n\n1. The Proper Officer advises the executive and the scrutiny committee.\n").isLocalCouncil)
        #expect(!vocabulary("Oakford District Council\n\n1. The Proper Officer advises members.\n").isLocalCouncil)
        #expect(vocabulary("Oakford Town Council\n\n1. The Town Clerk passes planning comments to the District Council.\n").isLocalCouncil)
        #expect(vocabulary("Oakford Parish Council\n\n1. Councillors must not instruct staff.\n").isLocalCouncil)
    }

    @Test func staffRolesFitTheCouncil() {
        func posts(_ clause: String) -> Set<String> { vocabulary("Example Council\n\n1. \(clause)\n").staffPosts }
        let principal = Cast.staffRoles(clerk: "Chief Executive", posts: posts("Officers report to the Chief Executive."), local: false)
        #expect(!principal.contains("Grounds Officer") && !principal.contains { $0.contains("Clerk") })
        let parish = Cast.staffRoles(clerk: "Parish Clerk", posts: posts("The Parish Clerk and the Assistant Clerk manage the office."), local: true)
        #expect(parish.contains("Assistant Clerk") && !parish.contains("Deputy Clerk"))
        #expect(Cast.staffRoles(clerk: "Town Clerk", posts: posts("The Town Clerk manages the staff."), local: true).allSatisfy { !$0.contains("Clerk") })
    }

    /// At a parish, the staff are the posts its protocol names, one person in each, and never a bookings officer.
    @Test func aParishHasOnlyThePostsItNames() throws {
        let text = """
        Example Parish Council

        1. The Parish Clerk and the Assistant Clerk are the council's only employees.
        2. Councillors must not give instructions to the Parish Clerk or the Assistant Clerk.
        3. Councillors should not involve themselves in the day-to-day running of the office.
        4. Councillors and officers should avoid close personal familiarity.
        """
        let document = ProtocolReader().read(text: text)
        #expect(CouncilVocabulary(document).isParishCouncil)
        let bank = QuestionGenerator().generate(document, protocolSHA256: "").bank
        #expect(!bank.questions.isEmpty)
        let words = bank.questions.flatMap { [$0.stem] + $0.options.flatMap { [$0.text, $0.feedback] } }.joined(separator: " ")
        for invented in Cast.staffRoles + Cast.principalStaffRoles where invented != "Assistant Clerk" {
            #expect(!words.contains(invented), "\(invented) is not a post of this parish")
        }
        // One holder of each post: no two names are both the Assistant Clerk.
        let holders = Set(words.matches(of: /([A-Z][a-z]+ [A-Z][a-z]+), the council's Assistant Clerk/).map { String($0.1) })
        #expect(holders.count <= 1, "\(holders)")
        #expect(!vocabulary("Example Town Council\n\n1. Staff report to the Town Clerk.\n").isParishCouncil)
        #expect(Cast.staffRoles(clerk: "Parish Clerk", posts: [], local: true, parish: true) == Cast.parishStaffRoles)
        // A parish whose protocol speaks of its clerk throughout, never of staff, has only the clerk.
        #expect(Cast.staffRoles(clerk: "Parish Clerk", posts: [], local: true, parish: true, speaksOfStaff: false).isEmpty)
        #expect(!vocabulary("Example Parish Council\n\n1. The Clerk works from home. The Clerk is shared with a neighbouring parish. Councillors must not instruct the Clerk.\n").speaksOfStaffMoreThanClerk)
        #expect(vocabulary("Example Parish Council\n\n1. Councillors must not instruct staff. Officers serve the council. Employees are treated with respect. The Clerk leads the staff.\n").speaksOfStaffMoreThanClerk)
    }

    /// A small council whose protocol never speaks of party groups gets no questions about group leaders.
    @Test func noPartyGroupsWhereTheProtocolHasNone() {
        let text = """
        Example Parish Council

        1. All councillors must be treated equally by officers and given the same information.
        2. Councillors and officers should treat each other with respect and courtesy.
        3. Councillors must not put pressure on officers to change their professional advice.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        #expect(!bank.questions.isEmpty)
        for question in bank.questions {
            let words = ([question.stem] + question.options.map(\.text)).joined(separator: " ")
            #expect(!CatalogueQuestionBuilder.speaksOfGroups(words), "\(question.origin): \(words)")
        }
    }

    /// Where the protocol names no head of staff, the stem says once who the person is, and the options use the name.
    @Test func anUnnamedHeadOfStaffIsCalledByName() {
        let text = """
        Example Council

        1. An individual member cannot instruct any officer to take any action.
        2. Members should not involve themselves in the day-to-day running of the council's services.
        3. Members must not put officers under undue pressure.
        4. Officers must carry out the lawful decisions of the council and its committees, whatever their own view.
        5. Where an officer and a member disagree, they should settle it in private, not in public.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        let phrase = "head of the council's staff"
        let introduced = bank.questions.filter { $0.stem.components(separatedBy: phrase).count == 2 && $0.stem.contains(", the \(phrase)") }
        #expect(!introduced.isEmpty)
        for question in introduced {
            for option in question.options {
                #expect(!option.text.contains(phrase) && !option.feedback.contains(phrase), "\(question.origin): \(option.text)")
            }
        }
    }

    /// The staff posts a protocol names, and what is no post: a statutory officer, an organisation, a sentence's opening.
    @Test(arguments: [
        ("The Deputy Town Clerk and the Events Officer report to the Town Clerk.", ["Deputy Town Clerk", "Events Officer", "Town Clerk"]),
        ("Advice may be sought from the Society of Local Council Clerks.", []),
        ("As Responsible Financial Officer, the Clerk keeps the accounts.", []),
        ("Complaints go to the Monitoring Officer of the District Council.", []),
        ("Where Officers are unsure, the Grounds Supervisors ask the Office Administrator.", ["Grounds Supervisor", "Office Administrator"]),
        ("The Parish Lengthsman and the Town Ranger are supervised by the Clerk.", ["Parish Lengthsman", "Town Ranger"]),
        ("The Civic and Events Officer and the Finance and Administration Assistant report to the City Clerk.",
         ["Civic and Events Officer", "Finance and Administration Assistant", "City Clerk"]),
        ("The Clerk and Finance Officer is the Proper Officer.", ["Finance Officer"]),
        ("The council employs a Clerk and a part-time Clerk's Assistant.", ["Clerk's Assistant"]),
        ("The Council's Finance Officer keeps the accounts.", ["Finance Officer"]),
    ])
    func staffPostsAreThoseNamed(text: String, posts: [String]) {
        #expect(Lexicon.staffPosts(in: text) == posts)
    }

    /// A town or parish council's name decides its kind, though its protocol names the district's Monitoring Officer.
    @Test func aLocalCouncilsNameDecides() {
        let local = vocabulary("Example Town Council\n\n1. Complaints about a councillor go to the District Council's Monitoring Officer.\n")
        #expect(local.isLocalCouncil)
        #expect(!vocabulary("Example Council\n\n1. Complaints go to the Monitoring Officer.\n").isLocalCouncil)
    }

    /// Where the protocol says the clerk is the only employee, the clerk is the officer of every scenario: no invented
    /// Project Officer, and no scenario in which the clerk sends something to the clerk.
    @Test func aClerkWhoIsTheOnlyEmployeeIsTheOnlyOfficer() throws {
        let text = """
        Example Parish Council

        1. The Parish Clerk is the council's only employee and is responsible to the council as a whole.
        2. An individual councillor cannot give instructions to the Parish Clerk.
        3. Councillors must not put the Parish Clerk under undue pressure.
        4. Councillors and the Parish Clerk should avoid close personal familiarity.
        5. Councillors must not criticise the Parish Clerk in public.
        """
        let document = ProtocolReader().read(text: text)
        #expect(CouncilVocabulary(document).saysClerkIsOnlyStaff)
        let bank = QuestionGenerator().generate(document, protocolSHA256: "").bank
        #expect(!bank.questions.isEmpty)
        for question in bank.questions {
            let words = ([question.stem] + question.options.flatMap { [$0.text, $0.feedback] }).joined(separator: " ")
            for invented in Cast.staffRoles + Cast.principalStaffRoles {
                #expect(!words.contains(invented), "\(question.origin): \(invented) at a council whose only employee is its clerk")
            }
            let staff = Set(question.stem.matches(of: /([A-Z][a-z]+ [A-Z][a-z]+), the (council's )?Parish Clerk/).map { String($0.1) })
            #expect(staff.count <= 1, "\(question.origin): \(staff)")
        }
        #expect(!vocabulary("Example Parish Council\n\n1. The Clerk and other employees report to the council.\n").saysClerkIsOnlyStaff)
    }

    /// A town council that lists its posts has those posts, one person in each, and an officer whose post fits the work.
    @Test func aTownCouncilHasThePostsItLists() throws {
        let text = """
        Example Town Council

        1. The Town Clerk manages the Deputy Town Clerk, the Events Officer and the Grounds Supervisor.
        2. An individual councillor cannot give instructions to any member of staff.
        3. Councillors must not put staff under undue pressure.
        4. Councillors and staff should avoid close personal familiarity.
        5. Councillors must not criticise staff in public.
        6. Councillors should not involve themselves in the day-to-day running of the council's services.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        #expect(!bank.questions.isEmpty)
        let listed: Set<String> = ["Deputy Town Clerk", "Events Officer", "Grounds Supervisor"]
        for question in bank.questions {
            let roles = question.stem.matches(of: /the council's ((?:[A-Z][a-z]+ ){0,2}(?:Officer|Clerk|Supervisor|Manager|Assistant|Administrator))/).map { String($0.1) }
            for role in roles where role != "Town Clerk" {
                #expect(listed.contains(role), "\(question.origin): \(role) is not one of the posts the protocol lists")
            }
        }
    }

    /// At a principal council, a right answer sends the trainee only to someone the cited clause names: not the Chief
    /// Executive where the clause says the line manager.
    @Test func aRightAnswerSendsOnlyWhereTheClauseSays() throws {
        let text = """
        Example District Council

        1. An officer who is concerned about the behaviour of a councillor should raise it with their line manager.
        2. Officers must be politically neutral. The Chief Executive is the Head of Paid Service.
        3. The Monitoring Officer advises on the Code of Conduct.
        """
        // And where the sentence itself sends the concern somewhere, to that place, though the clause names the Chief
        // Executive for another case.
        let twoRoutes = text.replacingOccurrences(
            of: "raise it with their line manager.",
            with: "raise it with their Director, and a Director's concern should be raised with the Chief Executive.")
        for document in [text, twoRoutes].map({ ProtocolReader().read(text: $0) }) {
            let bank = QuestionGenerator().generate(document, protocolSHA256: "").bank
            for question in bank.questions where question.citations.contains(where: { $0.clause == "1" }) {
                for option in question.options where option.correct {
                    #expect(!option.text.contains("Chief Executive") && !option.text.contains("Monitoring Officer"), "\(question.origin): \(option.text)")
                }
            }
        }
    }

    /// At a principal council, a right answer sends a matter to the head of staff only where the clause names them
    /// first: where it goes to a Head of Service or the Monitoring Officer, the Chief Executive is their fallback or
    /// adviser ("or, where it concerns a Head of Service, the Chief Executive"), not where the matter goes.
    @Test func theHeadOfStaffIsNoKeyWhereTheClauseNamesSomeoneElseFirst() throws {
        let text = """
        Example Borough Council

        1. The Chief Executive is the Head of Paid Service. An individual councillor cannot instruct officers.
        2. Councillors must not criticise members of staff in public. Any concern about an employee's work should be \
        raised privately with the relevant Head of Service, or with the Chief Executive where it concerns a Head of Service.
        3. Any close personal relationship between a councillor and an officer must be declared to the Monitoring \
        Officer, who will consult the Chief Executive on any arrangements needed.
        4. Where a councillor is related to an officer:
        (a) the councillor must tell the Monitoring Officer in writing; and
        (b) the officer must tell their Chief Officer, or for a Chief Officer the Chief Executive.
        """
        func keysNamingTheChiefExecutive(_ text: String) -> [String] {
            let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
            return bank.questions.filter { question in
                question.citations.contains { ["2", "3", "4"].contains($0.clause) }
                    && question.options.contains { $0.correct && $0.text.contains("Chief Executive") }
            }.map { "\($0.origin): \($0.stem)" }
        }
        #expect(keysNamingTheChiefExecutive(text).isEmpty)
        // Where the clauses send both matters to the Chief Executive, the same frames do send the trainee there.
        let toTheHead = text
            .replacingOccurrences(of: "the relevant Head of Service, or with the Chief Executive where it concerns a Head of Service", with: "the Chief Executive")
            .replacingOccurrences(of: "declared to the Monitoring Officer, who will consult the Chief Executive on any arrangements needed", with: "declared to the Chief Executive")
        #expect(!keysNamingTheChiefExecutive(toTheHead).isEmpty)
    }

    /// A council whose members represent electoral divisions gets no "ward" in its questions.
    @Test func divisionsNotWards() throws {
        let text = """
        Example County Council

        1. Officers should keep the local member informed of significant matters affecting their electoral division.
        2. The local members for a division must be invited to any public meeting the council holds there.
        3. An individual councillor cannot instruct officers. The Chief Executive is the Head of Paid Service.
        """
        let document = ProtocolReader().read(text: text)
        #expect(CouncilVocabulary(document).hasDivisions)
        let bank = QuestionGenerator().generate(document, protocolSHA256: "").bank
        #expect(bank.questions.contains { $0.topic == .wardMembers })
        for question in bank.questions {
            let words = ([question.stem] + question.options.flatMap { [$0.text, $0.feedback] }).joined(separator: " ")
            #expect(words.range(of: #"\b[Ww]ards?\b"#, options: .regularExpression) == nil, "\(question.origin): \(words)")
        }
        #expect(!vocabulary("Example Council\n\n1. Ward members are told of matters in their ward and division.\n").hasDivisions)
    }

    /// A parish whose protocol says it has no wards gets no "ward" in its questions; one that says nothing of wards
    /// keeps them.
    @Test func noWardsWhereTheParishHasNone() throws {
        let text = """
        Example Parish Council

        1. The parish is not divided into wards, and every councillor represents the whole parish.
        2. Councillors must not use the printer or paper the council provides for anything but council business.
        3. Councillors must not put the Clerk under undue pressure. Requests for help are made to the Clerk.
        4. Councillors may ask the Clerk about a local group's application to the council.
        """
        func wardQuestions(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions.filter { question in
                ([question.stem] + question.options.flatMap { [$0.text, $0.feedback] }).joined(separator: " ")
                    .range(of: #"\b[Ww]ards?\b"#, options: .regularExpression) != nil
            }.map(\.origin)
        }
        #expect(vocabulary(text).hasNoWards)
        #expect(wardQuestions(text).isEmpty)
        let unsaid = text.replacingOccurrences(of: "The parish is not divided into wards, and every", with: "Every")
        #expect(!vocabulary(unsaid).hasNoWards)
        #expect(!wardQuestions(unsaid).isEmpty)
        for saying in ["The council has no wards.", "The parish is unwarded.", "The parish forms a single ward."] {
            #expect(vocabulary("Example Parish Council\n\n1. \(saying)\n").hasNoWards, "\(saying)")
        }
        #expect(!vocabulary("Example Parish Council\n\n1. Councillors for the North and South wards meet monthly.\n").hasNoWards)
    }

    /// Where councillors reach the other staff through the clerk, no right answer has a councillor go straight to
    /// another officer; the same protocol without that sentence keeps such a key.
    @Test func throughTheClerkMeansNoKeyGoesStraightToStaff() throws {
        let text = """
        Example Town Council

        1. The council employs a Town Clerk, a Deputy Town Clerk, an Administration Officer, an Events Officer and a Grounds Officer.
        2. Councillors should respect the free time of staff and contact them only in working hours, unless the matter is urgent.
        3. An individual councillor cannot instruct staff. Councillors' requests to staff should be made through the Town Clerk.
        4. Councillors must not put pressure on officers to change their professional advice.
        """
        #expect(vocabulary(text).staffReachedThroughClerk)
        #expect(straightToStaff(text).isEmpty, "\(straightToStaff(text))")
        // Nor does an officer a councillor approaches deal with it without the Town Clerk.
        for question in QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
        where question.roles == [.officer] && question.stem.contains("Cllr") && !question.stem.contains("Town Clerk") {
            #expect(question.options.contains { $0.correct && ($0.text.contains("Town Clerk") || $0.text.contains("office")) }, "\(question.origin)")
        }
        let unsaid = text.replacingOccurrences(of: " Councillors' requests to staff should be made through the Town Clerk.", with: "")
        #expect(!vocabulary(unsaid).staffReachedThroughClerk)
        #expect(!straightToStaff(unsaid).isEmpty)
        for saying in ["All contact between councillors and staff is to go through the Clerk.",
                       "Enquiries from members should be directed to the Town Clerk in the first instance.",
                       "Councillors should raise matters via the Clerk rather than directly with other staff.",
                       "All requests for documents or information that are not already public must be made to the Town Clerk, not to the Administration Officer."] {
            #expect(vocabulary("Example Town Council\n\n1. \(saying)\n").staffReachedThroughClerk, "\(saying)")
        }
        #expect(!vocabulary("Example Town Council\n\n1. The Clerk will answer questions at the meeting.\n").staffReachedThroughClerk)
    }

    /// A sentence listing only senior posts as those who may attend groups limits who attends; one that lets other
    /// officers attend too does not.
    @Test func aListOfSeniorPostsAtGroupsIsARestriction() {
        #expect(vocabulary("Example District Council\n\n1. The Chief Executive, the Directors and, with their Director's agreement, Heads of Service may attend meetings of political groups.\n").onlySeniorStaffBriefGroups)
        #expect(!vocabulary("Example District Council\n\n1. The Chief Executive and other officers may attend meetings of political groups.\n").onlySeniorStaffBriefGroups)
        #expect(vocabulary("Example District Council\n\n1. Only officers at the level of Director or above will attend political group meetings.\n").onlySeniorStaffBriefGroups)
    }

    /// Where requests go to another post and expressly not to the clerk, no key passes a request to the clerk; the same
    /// protocol sending requests to the clerk keeps those keys.
    @Test func requestsSentPastTheClerkAreNotPassedToTheClerk() throws {
        let text = """
        Example Town Council

        1. The council employs a Town Clerk, a Deputy Town Clerk, an Administration Officer and a Grounds Officer.
        2. An individual councillor cannot instruct staff, and any request for work should go to the Deputy Town Clerk, and not to the Town Clerk.
        3. Officers work to the instructions of the Town Clerk, not individual members.
        4. Councillors should route requests for work through the Deputy Town Clerk rather than the Town Clerk.
        """
        func requestKeys(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .filter { $0.topic == .instructions && $0.options.contains { $0.correct && $0.text.contains("Town Clerk") && !$0.text.contains("Deputy") } }
                .map(\.origin)
        }
        #expect(vocabulary(text).requestsGoPastTheClerk)
        #expect(requestKeys(text).isEmpty, "\(requestKeys(text))")
        let toTheClerk = text.replacingOccurrences(of: "to the Deputy Town Clerk, and not to the Town Clerk", with: "to the Town Clerk")
            .replacingOccurrences(of: "through the Deputy Town Clerk rather than the Town Clerk", with: "through the Town Clerk")
        #expect(!vocabulary(toTheClerk).requestsGoPastTheClerk)
        #expect(!requestKeys(toTheClerk).isEmpty)
        #expect(vocabulary("Example Town Council\n\n1. Enquiries are sent to the Office Manager rather than the Clerk.\n").requestsGoPastTheClerk)
        #expect(!vocabulary("Example Town Council\n\n1. Concerns about the Clerk go to the Chairman, not the Vice-Chairman.\n").requestsGoPastTheClerk)
    }

    /// A council whose only staff besides the clerk are a caretaker or a lengthsman, named in lower case, has the clerk
    /// in its office scenes, never an Administration Officer it does not have; grounds work is not given to the clerk.
    @Test func aClerkAndACaretakerHaveNoAdministrationOfficer() throws {
        let text = """
        Example Parish Council

        1. The council employs a Clerk and a part-time caretaker, who looks after the playing field.
        2. Councillors must not put the Clerk under pressure to change a recommendation in a report.
        3. Councillors must not criticise staff at a council meeting; concerns go to the Chairman in private.
        4. Councillors should respect the free time of staff, unless a matter is urgent.
        5. A councillor who has a close friendship with a member of staff must tell the Council.
        """
        #expect(vocabulary(text).namedPosts.contains("Caretaker"))
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        #expect(!bank.questions.isEmpty)
        for question in bank.questions {
            let words = ([question.stem] + question.options.flatMap { [$0.text, $0.feedback] }).joined(separator: " ")
            for made in Cast.parishStaffRoles + Cast.staffRoles { #expect(!words.contains(made), "\(question.origin): \(made)") }
            #expect(!(question.origin.contains("be-open") && question.options.contains { $0.correct && $0.text.contains("Clerk") }),
                    "\(question.origin): the clause sends it to the Council")
        }
    }

    /// A fire and rescue authority's questions happen at its own places, and a national park authority's at its
    /// own; neither is asked about wards, elections or grants.
    @Test func anAuthorityIsAskedInItsOwnPlaces() throws {
        let rules = """
        1. An individual member cannot instruct officers. The Chief Executive is the Head of Paid Service.
        2. Members must not put pressure on officers to change their professional advice.
        3. Officers must not give interviews to the media on the Authority's business without the approval of the Chief Executive.
        4. Members should treat officers with courtesy and must not criticise them in public.
        5. Members who are unhappy with the work of an officer should raise it privately with the Chief Executive.
        """
        for (name, places) in [("Example Fire and Rescue Authority", Cast.authorityPlaces(.fireAndRescue)),
                               ("Example National Park Authority", Cast.authorityPlaces(.nationalPark))] {
            let document = ProtocolReader().read(text: name + "\n\n" + rules)
            #expect(CouncilVocabulary(document).isAuthority)
            let questions = QuestionGenerator().generate(document, protocolSHA256: "").bank.questions
            #expect(!questions.isEmpty, "\(name)")
            for question in questions {
                let words = ([question.stem] + question.options.map(\.text)).joined(separator: " ").lowercased()
                #expect(!Cast.isCouncilLife(words, at: CouncilVocabulary(document).authorityKind), "\(name) \(question.origin): \(question.stem)")
                let allPlaces = Cast.places + Cast.authorityPlaces(.fireAndRescue) + Cast.authorityPlaces(.nationalPark)
                let elsewhere = allPlaces.filter { place in !places.contains(place) && words.contains(place) }
                #expect(elsewhere.isEmpty, "\(name) \(question.origin): \(elsewhere)")
            }
        }
    }

    /// Where staff brief no party group, no question has them brief one; where the protocol is silent, they may.
    @Test func noGroupBriefingsWhereStaffGiveNone() throws {
        let text = """
        Example Town Council

        1. The council has two political groups. Staff will not provide briefings to a group as such, and will not attend meetings of either group.
        2. Officers must treat the political groups even-handedly, and must not give one group information that they would withhold from another.
        3. Councillors must not ask staff to prepare party political material.
        """
        func briefings(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions.filter { question in
                let stem = question.stem.lowercased()
                return stem.contains("group") && stem.contains("brief")
            }.map(\.origin)
        }
        #expect(vocabulary(text).staffDoNotBriefGroups)
        #expect(briefings(text).isEmpty, "\(briefings(text))")
        let silent = text.replacingOccurrences(of: " Staff will not provide briefings to a group as such, and will not attend meetings of either group.", with: "")
        #expect(!vocabulary(silent).staffDoNotBriefGroups)
        #expect(vocabulary("Example Town Council\n\n1. The Town Clerk and staff will not attend party group meetings.\n").staffDoNotBriefGroups)
        #expect(!vocabulary("Example Town Council\n\n1. Staff will not attend party group meetings where non-members are present.\n").staffDoNotBriefGroups)
        #expect(!briefings(silent).isEmpty)
    }

    /// Where a principal council's casework goes through an enquiry service, no key has a councillor ring or ask an
    /// officer directly; without that rule, such a key stands.
    @Test func anEnquiryServiceMeansNoKeyGoesStraightToAnOfficer() throws {
        let text = """
        Example Borough Council

        1. The Chief Executive is the Head of Paid Service. Directors and Heads of Service lead the council's services.
        2. Members should respect the free time of officers and contact them only in working hours, unless the matter is urgent.
        3. Members must not put pressure on officers to change their professional advice.
        4. Members raising casework should use the Members' Enquiry Service rather than approaching individual officers.
        """
        #expect(vocabulary(text).enquiriesGoThroughAChannel)
        #expect(straightToStaff(text).isEmpty, "\(straightToStaff(text))")
        let open = text.replacingOccurrences(of: "\n4. Members raising casework should use the Members' Enquiry Service rather than approaching individual officers.", with: "")
        #expect(!vocabulary(open).enquiriesGoThroughAChannel)
        #expect(!straightToStaff(open).isEmpty)
        #expect(vocabulary("Example Council\n\n1. A first approach to an officer below Head of Service level should be made through the Head of Service.\n").enquiriesGoThroughAChannel)
        #expect(vocabulary("Example Council\n\n1. Councillors should direct their contact to Heads of Service, and not to officers below that level.\n").enquiriesGoThroughAChannel)
    }

    /// Where each division has one councillor, no story has two councillors for the same one.
    @Test func singleMemberDivisionsHaveNoSecondCouncillor() throws {
        let text = """
        Example County Council

        1. The county is divided into 40 electoral divisions, each with one county councillor.
        2. Officers must not blind-copy correspondence from one member to another member without the first member's consent.
        3. The Chief Executive is the Head of Paid Service.
        4. Officers should keep local members informed of significant matters affecting their division.
        """
        #expect(vocabulary(text).hasSingleMemberWards)
        let questions = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
        let stems = questions.map(\.stem)
        #expect(!stems.contains { $0.contains("represents the same") }, "\(stems)")
        // Nor an answer sent to "the division's councillors", as if it had several.
        let options = questions.flatMap(\.options).map(\.text)
        #expect(!options.contains { $0.contains("division's councillors") }, "\(options)")
        for saying in ["The council has 52 members, each elected for one of the county's divisions.",
                       "Officers tell the divisional councillor before any announcement about the division."] {
            #expect(vocabulary("Example County Council\n\n1. \(saying)\n").hasSingleMemberWards, "\(saying)")
        }
        #expect(!vocabulary("Example County Council\n\n1. Officers tell the divisional councillor(s) before any announcement.\n").hasSingleMemberWards)
        let shared = text.replacingOccurrences(of: "40 electoral divisions, each with one county councillor", with: "40 electoral divisions")
        #expect(!vocabulary(shared).hasSingleMemberWards)
        #expect(QuestionGenerator().generate(ProtocolReader().read(text: shared), protocolSHA256: "").bank.questions
            .contains { $0.stem.contains("represents the same") })
    }

    /// An authority's questions say "the Authority" for "the council", and leave its councillors their word.
    @Test func anAuthorityIsTheAuthorityAndItsCouncillorsStayCouncillors() {
        let draft = QuestionDraft(
            type: .oneAnswer, kind: .scenario, roles: [.councillor], topic: .roles,
            stem: "At the council meeting, the councillor asks about the council's budget. What should the councillors do?",
            options: [("Ask the council's Treasurer.", true, "Yes (1)."), ("Ask the councillors' group.", false, "No (1).")],
            citations: [Citation(clause: "1", quote: "Members may ask.")], difficulty: .easy, origin: "test")
        let reworded = draft.atAnAuthority
        #expect(reworded.stem == "At the Authority meeting, the councillor asks about the Authority's budget. What should the councillors do?")
        #expect(reworded.options.map { $0.text } == ["Ask the Authority's Treasurer.", "Ask the councillors' group."])
    }

    /// A principal council or authority whose protocol says there are no political groups gets no group questions;
    /// the same protocol without that sentence does.
    @Test func noGroupsWhereTheProtocolSaysThereAreNone() {
        let text = """
        Example District Council

        1. The Chief Executive is the Head of Paid Service. There are no political groups on the council.
        2. Officers must treat every councillor even-handedly and must not favour one over another.
        3. Officers may give councillors information and professional advice on council business.
        """
        func groupQuestions(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions
                .filter { question in ([question.stem] + question.options.map(\.text)).contains(where: CatalogueQuestionBuilder.speaksOfGroups) }
                .map(\.origin)
        }
        #expect(vocabulary(text).saysThereAreNoGroups)
        #expect(groupQuestions(text).isEmpty)
        let unsaid = text.replacingOccurrences(of: " There are no political groups on the council.", with: "")
        #expect(!groupQuestions(unsaid).isEmpty)
        #expect(vocabulary("Example Council\n\n1. The Authority is not organised along political lines.\n").saysThereAreNoGroups)
        for saying in ["The council recognises no political groups.", "The council does not recognise party groups for its business.",
                       "No political groups are represented on the council.",
                       "For now no party groups are formally recognised, and every councillor sits as an independent.",
                       "The council has no formal political or party groups.",
                       "The council does not recognise party or political groups, whatever the members' politics.",
                       "Councillors sit as independent members.",
                       "The council has nine members, no wards and no political groups represented.",
                       "The council does not operate political groups, and every member sits as an individual."] {
            #expect(vocabulary("Example Council\n\n1. \(saying)\n").saysThereAreNoGroups, "\(saying)")
        }
        #expect(!vocabulary("Example Council\n\n1. Officers may brief the political groups.\n").saysThereAreNoGroups)
    }

    /// The ways a protocol says its clerk is its only member of staff, and near misses that do not.
    @Test(arguments: [
        ("The Parish Clerk is the council's only employee.", true),
        ("The Clerk, a part-time post, is the sole member of staff.", true),
        ("The council employs one person, its Clerk.", true),
        ("The council has one employee, the Clerk, who works part-time.", true),
        ("The Clerk is the only person the council employs.", true),
        ("The council has no staff other than the Clerk.", true),
        ("The Clerk and the Assistant Clerk are the council's only employees.", false),
        ("The Clerk manages the council's other employees.", false),
        ("No one employee should be asked to do the work of two.", false),
    ])
    func theClerkAsOnlyEmployee(sentence: String, only: Bool) {
        #expect(vocabulary("Example Parish Council\n\n1. \(sentence)\n").saysClerkIsOnlyStaff == only, "\(sentence)")
    }

    /// Party groups are a protocol's only where it speaks of party or political groups, not of a village Facebook group.
    @Test(arguments: [
        ("Officers may brief the political groups on the budget.", true),
        ("A group leader may ask for a briefing.", true),
        ("Councillors must not criticise the Clerk on the village Facebook group.", false),
        ("The working group on the allotments reports to the council.", false),
    ])
    func groupsAreParty(sentence: String, groups: Bool) {
        #expect(vocabulary("Example Parish Council\n\n1. \(sentence)\n").mentionsGroups == groups, "\(sentence)")
    }

    /// Where the clerk works from home, no story sends anyone to call at the council office.
    @Test(arguments: [
        ("The Clerk works from home and keeps regular hours on Tuesdays and Thursdays.", true),
        ("The council has no office; the Clerk can be reached by email.", true),
        ("Our Clerk is home-based.", true),
        ("Officers working from home must keep council papers secure.", false),
        ("The council office is open on weekday mornings.", false),
    ])
    func noOfficeWhereTheClerkWorksFromHome(sentence: String, noOffice: Bool) {
        #expect(vocabulary("Example Parish Council\n\n1. \(sentence)\n").hasNoOffice == noOffice, "\(sentence)")
    }

    @Test func noStoryCallsAtAnOfficeTheCouncilDoesNotHave() {
        let text = """
        Example Parish Council

        1. The Clerk is the council's only employee.
        2. Councillors may see council documents they need for their work as councillors.
        3. Councillors must not instruct the Clerk.
        """
        func officeKeys(_ text: String) -> [String] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions.filter { question in
                ([question.stem] + question.options.filter(\.correct).map(\.text)).contains(where: CatalogueQuestionBuilder.speaksOfAnOffice)
            }.map(\.origin)
        }
        #expect(!officeKeys(text).isEmpty)
        let fromHome = text + "4. The Clerk works from home.\n"
        #expect(officeKeys(fromHome).isEmpty, "\(officeKeys(fromHome))")
    }

    /// A deputy clerk acts for the clerk, so the scenes' officer is another named post for office work where there is
    /// one; a town
    /// that names no post in capitals has the plain roles its text speaks of, or the plainest.
    @Test func theScenesOfficerIsAPostTheCouncilHas() {
        #expect(Cast.staffRoles(clerk: "Town Clerk", posts: [], named: ["Deputy Town Clerk", "Administration Officer"], local: true) == ["Administration Officer"])
        // A post for one kind of work only does not write the scenes' reports: the deputy stays.
        #expect(Cast.staffRoles(clerk: "Town Clerk", posts: [], named: ["Deputy Town Clerk", "Events Officer"], local: true) == ["Deputy Town Clerk", "Events Officer"])
        #expect(Cast.staffRoles(clerk: "Town Clerk", posts: [], named: ["Deputy Town Clerk"], local: true) == ["Deputy Town Clerk"])
        let text = "the town clerk, an administration officer and a finance officer"
        #expect(Cast.staffRoles(clerk: "Town Clerk", posts: [], local: true, mentions: { text.contains($0) })
            == ["Administration Officer", "Finance Officer"])
        #expect(Cast.staffRoles(clerk: "Town Clerk", posts: [], local: true, mentions: { _ in false }) == Cast.parishStaffRoles)
    }

    /// A parish whose only post besides its clerk is an office one with a few duties (an Administrative Assistant) still
    /// has its scenes that name no work: such a parish had 2 questions.
    @Test func anOfficePostWithFewDutiesStillHasTheScenesThatNameNoWork() {
        let text = """
        Example Parish Council

        1. The council employs a Parish Clerk and a part-time Administrative Assistant, who is supervised by the Parish Clerk. The Chairman chairs the council.
        2. An individual councillor must not give instructions to members of staff.
        3. Councillors must not use their position to seek an advantage for themselves or anyone else from the officers.
        4. Councillors must treat officers with courtesy and must not criticise them in public.
        5. Officers must be politically neutral in their work.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        #expect(bank.questions.count >= 2, "\(bank.questions.map(\.origin))")
        #expect(bank.questions.contains { $0.stem.contains("the council's Administrative Assistant") })
        #expect(StaffDuties.isOfficeWork("Office Manager") && !StaffDuties.isOfficeWork("Grounds Supervisor"))
    }

    /// Where requests go "through the Town Clerk or the Deputy Town Clerk", a question whose answer goes through the
    /// clerk does not have the deputy as the officer asked: readers found asking the deputy as proper.
    @Test func aDeputyWhoIsAChannelIsNotTheOfficerAskedWhereTheKeyGoesThroughTheClerk() {
        let text = """
        Example Town Council

        1. The council employs a Town Clerk, a Deputy Town Clerk, an Events Officer and a Grounds Supervisor. The Town Mayor chairs the council.
        2. Councillors should make requests of staff through the Town Clerk or the Deputy Town Clerk.
        3. An individual councillor must not give instructions to members of staff.
        4. Councillors must not ask staff to do work outside the council's agreed priorities.
        """
        func keysThroughTheClerk(_ text: String) -> [Question] {
            QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions.filter { question in
                question.origin.hasPrefix("catalogue:") && question.options.contains { $0.correct && $0.text.contains("Town Clerk") }
            }
        }
        let asked = keysThroughTheClerk(text)
        #expect(!asked.isEmpty)
        for question in asked { #expect(!question.stem.contains("the council's Deputy Town Clerk"), "\(question.origin): \(question.stem)") }
        // Where the deputy is no channel, the deputy may be the officer asked.
        let plain = text.replacingOccurrences(of: " or the Deputy Town Clerk", with: "")
        #expect(keysThroughTheClerk(plain).contains { $0.stem.contains("the council's Deputy Town Clerk") })
    }

    /// "the Clerk and Financial Officer" is the clerk's one post, not a Financial Officer besides; "no formal party
    /// groups" is no groups.
    @Test func aPostPrintedOnlyWithTheClerksTitleIsTheClerk() {
        let text = "Example Community Council\n\n1. The Council employs a Clerk and Financial Officer and a caretaker.\n2. The Clerk and Financial Officer manages the office.\n3. There are no formal party groups on the council.\n"
        #expect(!vocabulary(text).namedPosts.contains("Financial Officer"), "\(vocabulary(text).namedPosts)")
        #expect(vocabulary(text).saysThereAreNoGroups)
        let separate = text + "4. The Financial Officer keeps the accounts.\n"
        #expect(vocabulary(separate).namedPosts.contains("Financial Officer"))
        #expect(vocabulary("Example Town Council\n\n1. The council does not operate a formal system of party groups.\n").saysThereAreNoGroups)
    }

    /// Where the council has no office, no story happens at one: readers met its public toilets "at the council office".
    @Test func noStoryAtAnOfficeTheCouncilLacks() {
        let text = """
        Example Parish Council

        1. The council has no office; the Parish Clerk works from home.
        2. The Parish Clerk gives impartial advice to all councillors, even where it is unwelcome.
        3. Councillors must not put pressure on the Parish Clerk to change a recommendation.
        4. Councillors should keep confidential any information given to them in confidence.
        """
        // Many seeds, so that every place is drawn for some story.
        let document = ProtocolReader().read(text: text)
        let questions = (0..<40).flatMap { QuestionGenerator(seed: UInt64($0)).generate(document, protocolSHA256: "").bank.questions }
        #expect(questions.contains { $0.stem.contains("at the ") })
        for question in questions {
            #expect(!([question.stem] + question.options.map(\.text)).contains { $0.contains("council office") }, "\(question.origin)")
        }
    }

    /// A scene with two officers needs two: with one member of staff besides the clerk, the worry "about a colleague,
    /// Marek Nowak" was told by Marek Nowak.
    @Test func twoOfficersOnlyWhereThereAreTwo() {
        let rule = "2. Officers should not raise personal matters about themselves or their colleagues with individual councillors.\n"
        func origins(_ staff: String) -> [String] {
            let text = "Example Town Council\n\n1. The council employs \(staff).\n" + rule
            return QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank.questions.map(\.origin)
        }
        let two = origins("a Town Clerk, an Administration Officer and an Events Officer")
        #expect(two.contains { $0.hasSuffix("/stressed-colleague") }, "\(two)")
        let one = origins("a Town Clerk and an Administration Officer")
        #expect(!one.contains { $0.hasSuffix("/stressed-colleague") }, "\(one)")
    }
}

