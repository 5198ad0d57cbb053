import Foundation
import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import RuleAnalysis
@testable import TestSupport
@testable import TrainerModel

/// Walks every catalogue provision: its example clauses must match it, its near misses must not, and every frame must
/// produce a clean question from its first example.
struct CatalogueTests {
    static let provisions = Catalogue.all.map(\.id)

    private func provision(_ id: String) -> Provision { Catalogue.all.first { $0.id == id }! }

    /// A one-clause protocol, read as the reader reads any protocol.
    private func statements(of example: String) -> [RuleStatement] {
        let text = example.hasSuffix(":") ? "Oakford Town Council\n\n1. \(example)\na. an item.\n" : "Oakford Town Council\n\n1. \(example)\n"
        return ClauseAnalyser.analyse(ProtocolReader().read(text: text)).filter { $0.itemIndex == nil }
    }

    @Test func everyFileLoadsAndNamesItsOwnTopic() throws {
        #expect(!CatalogueFiles.all.isEmpty)
        for file in CatalogueFiles.all {
            let provisions = try CatalogueFile.read(file.text, name: file.name)
            #expect(!provisions.isEmpty, "\(file.name) has no provisions")
            for provision in provisions {
                #expect(file.name == provision.topic.rawValue + ".yaml", "\(provision.id) is in \(file.name)")
                #expect(!provision.says.isEmpty, "\(provision.id) does not say what it means")
            }
        }
        #expect(try Catalogue.load().count == Catalogue.all.count)
    }

    /// The program carries every file of the folder, as it now reads: a file added or edited is not left out.
    @Test func theEmbeddedFilesAreTheFolders() throws {
        let folder = Seeds.repositoryRoot.appendingPathComponent("Sources/QuestionGeneration/Catalogue/Provisions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(CatalogueFiles.all.map(\.name) == names)
        for file in CatalogueFiles.all {
            let text = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.text == text || file.text == text + "\n", "\(file.name) is out of date in the build")
        }
    }

    /// Titles come from the council's protocol through slots; a title written out would reach councils without it.
    @Test func framesNameNoTitleOutright() {
        let titles = (Lexicon.titleSlots.flatMap(\.printed) + ["Chair", "Chairman", "Mayor", "Town Mayor", "Monitoring Officer",
                                                              "Group Leader", "Leader of the Council"])
        for provision in Catalogue.all {
            for frame in provision.frames {
                let texts = [frame.stem] + frame.options.flatMap { [$0.text, $0.feedback] }
                for text in texts {
                    // "{clerk}" is a slot, "Chairing" is not a title.
                    let unslotted = text.replacingOccurrences(of: #"\{[^}]*\}"#, with: "", options: .regularExpression)
                    for title in titles where CouncilVocabulary.occurrences(of: title, in: unslotted) > 0 {
                        Issue.record("\(provision.id)/\(frame.id) names \"\(title)\" outright: \(text)")
                    }
                }
            }
        }
    }

    /// "{clerk}" is "head of the council's staff" where a protocol names no clerk, so only "the {clerk}" reads well.
    @Test func theClerkSlotReadsWithoutATitle() {
        #expect(CouncilVocabulary(ProtocolReader().read(text: "Example Council\n\n1. Members must not instruct officers.\n")).clerk
            == "head of the council's staff")
        for provision in Catalogue.all {
            for frame in provision.frames {
                for text in [frame.stem] + frame.options.flatMap({ [$0.text, $0.feedback] }) {
                    let before = text.components(separatedBy: "{clerk}").dropLast().map { $0.suffix(4).lowercased() }
                    #expect(before.allSatisfy { $0 == "the " }, "\(provision.id)/\(frame.id): \(text)")
                }
            }
        }
    }

    /// A frame from one kind of council's life is asked only there: no village-hall noticeboards for a chief executive.
    @Test func aFrameForOneKindOfCouncilIsAskedOnlyThere() throws {
        let local = """
        Example Town Council

        1. A councillor acting alone cannot instruct the Town Clerk or any other member of staff.
        2. Councillors should not involve themselves in the day-to-day running of the council's services.
        3. Staff are managed by the Town Clerk, who allocates their work.
        """
        let principal = """
        Example District Council

        1. An individual member cannot instruct the Chief Executive or any other officer.
        2. Members should not involve themselves in the day-to-day management of the council's services.
        3. Officers are managed by the Chief Executive as Head of Paid Service, with the Monitoring Officer advising members.
        """
        let scale = Dictionary(uniqueKeysWithValues: Catalogue.all.flatMap { provision in
            provision.frames.map { ("catalogue:\(provision.id)/\($0.id)", $0.councils) }
        })
        for (text, own, wrong) in [(local, CouncilScale.local, CouncilScale.principal), (principal, .principal, .local)] {
            let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
            #expect(!bank.questions.isEmpty)
            for question in bank.questions {
                #expect(scale[question.origin] != wrong, "\(question.origin) is for a \(wrong.rawValue) council")
            }
            // The frames kept for the town council's kind are asked there.
            if own == .local { #expect(bank.questions.contains { scale[$0.origin] == .local }) }
        }
    }

    /// Readers picked the key by its form when it restated the principle ("like anyone else"), when a wrong option
    /// gave itself away ("at all", "so that nobody can say"), or when the key was the longest option.
    @Test func noFrameGivesItsKeyAwayByForm() throws {
        let keyGiveaways = try Regex(#"(?i)\b(like anyone else|as anyone else|as for any other|in the same way as|in the order (they|it) (came|arrived)|proper channels?|and leave it there|and stop there|and no more)\b"#)
        let wrongGiveaways = try Regex(#"(?i)\b(at all|never|always|every time|so that nobody|so nobody|just to be safe|to keep everyone happy)\b"#)
        func length(_ text: String) -> Int { text.replacingOccurrences(of: #"\{[^}]*\}"#, with: "xxxx", options: .regularExpression).count }
        for provision in Catalogue.all {
            for frame in provision.frames {
                let name = "\(provision.id)/\(frame.id)"
                for option in frame.options {
                    let giveaway = option.correct ? keyGiveaways : wrongGiveaways
                    #expect(option.text.firstMatch(of: giveaway) == nil, "\(name): \(option.text)")
                }
                let longestWrong = frame.options.filter { !$0.correct }.map { length($0.text) }.max() ?? 0
                for key in frame.options where key.correct {
                    #expect(Double(length(key.text)) <= 1.15 * Double(longestWrong), "\(name): the key is the longest option")
                }
            }
        }
    }

    /// "Say yes …", "Say yes …", "Say yes …" beside "Thank her and decline": readers picked the odd one out. Where two
    /// wrong options open with the same word, the key opens with it too.
    @Test func theKeyIsNotTheOddOneOutByItsFirstWord() {
        func opening(_ text: String) -> String {
            String(text.lowercased().drop { !$0.isLetter }.prefix { $0.isLetter || $0 == "'" })
        }
        for provision in Catalogue.all {
            for frame in provision.frames where frame.type == .oneAnswer {
                let wrong = frame.options.filter { !$0.correct }.map { opening($0.text) }
                let shared = Set(wrong.filter { word in wrong.filter { $0 == word }.count >= 2 })
                for key in frame.options where key.correct && !shared.isEmpty {
                    #expect(shared.contains(opening(key.text)),
                            "\(provision.id)/\(frame.id): wrong options open with \(shared.sorted()), the key with '\(opening(key.text))'")
                }
            }
        }
    }

    /// A possessive is a slot of its own: "{cllr.their}s" came out as "hiss".
    @Test func possessivesAreSlots() {
        for provision in Catalogue.all {
            for frame in provision.frames {
                for text in [frame.stem] + frame.options.flatMap({ [$0.text, $0.feedback] }) {
                    #expect(!text.contains(".their}s"), "\(provision.id)/\(frame.id): write {….theirs}: \(text)")
                }
            }
        }
    }

    /// "Ask the Clerk …" beside three options that name no route: readers picked the only proper channel. Where the key
    /// names the clerk, a committee or a meeting, a wrong option names it too.
    @Test func theKeyIsNotTheOnlyOptionThroughTheProperChannel() {
        let routes = ["{clerk}", "{clerkname", "committee", "meeting", "agenda", "the council office", "the office"]
        for provision in Catalogue.all {
            for frame in provision.frames where frame.type == .oneAnswer {
                let wrong = frame.options.filter { !$0.correct }.map { $0.text.lowercased() }
                for key in frame.options where key.correct {
                    for route in routes where key.text.lowercased().contains(route) {
                        #expect(wrong.contains { $0.contains(route) },
                                "\(provision.id)/\(frame.id): only the key goes through '\(route)'")
                    }
                }
            }
        }
    }

    @Test func everyFrameHasAWrongOptionAndFeedbackOnEveryOption() {
        for provision in Catalogue.all {
            for frame in provision.frames {
                #expect(frame.options.contains { !$0.correct }, "\(provision.id)/\(frame.id) has no wrong option")
                #expect(frame.options.contains { $0.correct }, "\(provision.id)/\(frame.id) has no right option")
                #expect(frame.options.allSatisfy { !$0.feedback.isEmpty }, "\(provision.id)/\(frame.id)")
            }
        }
    }

    @Test func aFileThatDoesNotReadSaysWhichAndWhy() {
        let bad = [
            ("broken.yaml", "schemaVersion: 1\ntopic: media\nprovisions: [\n"),
            ("later.yaml", "schemaVersion: 2\ntopic: media\nprovisions: []\n"),
            ("both.yaml", Self.minimal(id: "p", options: ["{right: This, wrong: That, feedback: Because.}"])),
        ]
        for (name, text) in bad {
            #expect(throws: CatalogueError.self) { _ = try CatalogueFile.read(text, name: name) }
            do { _ = try CatalogueFile.read(text, name: name) } catch {
                #expect(error.description.contains(name), "\(error.description)")
            }
        }
        let twice = [("a.yaml", Self.minimal(id: "same")), ("b.yaml", Self.minimal(id: "same"))]
        #expect(throws: CatalogueError.duplicate(id: "same")) { _ = try Catalogue.load(twice) }
    }

    /// A one-provision file; `options` are flow mappings, one per option.
    static func minimal(id: String, options: [String] = ["{right: This, feedback: Because.}", "{wrong: That, feedback: Because not.}"]) -> String {
        """
        schemaVersion: 1
        topic: media
        provisions:
          - id: \(id)
            says: Councillors do not brief the press for the council.
            match: {all: [[press]]}
            examples: [Members should not brief the press.]
            frames:
              - id: f
                roles: [councillor]
                stem: What now?
                options:

        """ + options.map { "          - \($0)\n" }.joined()
    }

    @Test func idsAreUnique() {
        #expect(Set(Self.provisions).count == Self.provisions.count)
        for provision in Catalogue.all {
            let frames = provision.frames.map(\.id)
            #expect(Set(frames).count == frames.count, "frames of \(provision.id)")
            #expect(!provision.examples.isEmpty, "\(provision.id) has no examples")
        }
    }

    @Test(arguments: provisions)
    func examplesMatchAndNearMissesDoNot(id: String) {
        let provision = provision(id)
        for example in provision.examples {
            #expect(statements(of: example).contains { provision.match.matches($0, context: "") }, "\(id) should match: \(example)")
        }
        for example in provision.nonExamples {
            #expect(!statements(of: example).contains { provision.match.matches($0, context: "") }, "\(id) should not match: \(example)")
        }
    }

    @Test(arguments: provisions)
    func everyFrameMakesACleanQuestion(id: String) throws {
        let provision = provision(id)
        // Every title a frame may name, so that no frame sits out for want of one.
        var titles = Dictionary(uniqueKeysWithValues: Lexicon.titleSlots.map { ($0.slot, $0.printed[0]) })
        titles["chair"] = "Town Mayor"
        titles["monitoringOfficer"] = "Monitoring Officer"
        titles["groupLeader"] = "group leader"
        let principal = CouncilVocabulary(clerk: "Town Clerk", councilKind: "the town council", titles: titles)
        // A town council, whose protocol may still name the district's Monitoring Officer.
        var local = CouncilVocabulary(clerk: "Town Clerk", councilKind: "the town council",
                                      titles: titles.filter { $0.key != "headOfPaidService" })
        local.hasLocalName = true
        local.mentionsGroups = true
        for frame in provision.frames {
            let vocabularies = frame.councils == .principal ? [principal] : frame.councils == .local ? [local] : [local, principal]
            // The first example that states what the frame needs (the words it requires, the titles its right answer
            // names) must build it; a frame no example lets be asked is never tested, and fails.
            var built = false
            for vocabulary in vocabularies where !built {
            for example in provision.examples {
                let document = ProtocolReader(councilName: "Oakford Town Council")
                    .read(text: "Oakford Town Council\n\n1. \(example)\n\n2. The council has three party groups.\n")
                let context = GenerationContext(document: document, seed: 0, vocabulary: vocabulary)
                let builder = CatalogueQuestionBuilder(context: context)
                guard let statement = context.statements.first(where: { provision.match.matches($0, context: "") }),
                      builder.isAskable(frame, for: statement) else { continue }
                let single = Provision(id: provision.id, topic: provision.topic, match: provision.match,
                                       examples: provision.examples, frames: [frame])
                let draft = try #require(builder.questions(single, for: statement).first, "\(id)/\(frame.id) did not build from: \(example)")
                let question = try #require(QuestionFinisher(context: context).finish(draft), "\(id): \(draft.origin) failed the structural checks")
                #expect(question.kind == draft.kind, "\(id): \(draft.origin) stem copies the clause")
                let bank = QuestionBank(council: nil, source: ProtocolSourceInfo(title: nil, sha256: ""), generator: GeneratorInfo(seed: 0), questions: [question])
                let findings = BankLint.findings(in: bank, document: document)
                #expect(findings.isEmpty, "\(id): \(findings.map(\.message))")
                built = true
                break
            }
            }
            #expect(built, "\(id)/\(frame.id): no example states what the frame needs (the words it requires, the titles its right answer names)")
        }
    }
}
