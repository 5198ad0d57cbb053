import Foundation
import PropertyBased
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

/// Exports are made in batches on several cores at once; whatever the batches and workers, the file must be the one
/// the one-batch, one-worker path writes, and damaged files must be reported in file order.
struct RecordsDeskParallelExportTests {
    static let names = ["Siân O'Brien", "Smith, John", "Zoë \"Zed\" Adams", "=HYPERLINK(\"x\")", " padded ", "Li\nWu", "Ann-Marie"]
    static let statuses: [AttemptStatus] = [.completed, .completed, .completed, .inProgress, .abandoned]

    /// 300 attempts of every kind, with three damaged files that sort to the start, the middle and the end.
    static let store: RecordStore = {
        var records: [TrainingRecord] = []
        for index in 0..<300 {
            records.append(DeskFixtures.record(
                name: names[index % names.count], role: index % 3 == 0 ? .officer : .councillor,
                council: index % 11 == 0 ? nil : "Iminster Town Council", slug: index % 7 == 0 ? nil : "iminster",
                mode: TrainingMode.allCases[index % 3], status: statuses[index % statuses.count],
                started: "2026-03-\(10 + index % 18)T10:\(10 + index % 50):00+00:00", questions: 2 + index % 9, right: index % 6))
        }
        let store = try! DeskFixtures.folder(records)
        for name in ["00000000-broken.json", "8-broken.json", "zz-broken.json"] {
            try! Data("{\"schemaVersion\": 1, \"attemptId\": ".utf8).write(to: URL(fileURLWithPath: store.folder + "/" + name))
        }
        return store
    }()

    static let formats: [any ExportFormat] = [CSVExport(perAnswer: false), CSVExport(perAnswer: true), JSONExport(),
                                              XAPIExport(statements: XAPIStatements(homePage: "https://www.iminster.gov.uk/"))]

    static func export(format: Int, workers: Int, batchSize: Int, filter: RecordFilter = RecordFilter()) throws -> (text: String, summary: RecordExport.Summary) {
        func run(_ format: some ExportFormat) throws -> (text: String, summary: RecordExport.Summary) {
            try DeskFixtures.export(store, filter: filter, format: format, workers: workers, batchSize: batchSize)
        }
        return try run(formats[format])
    }

    @Test func batchesOnSeveralCoresWriteTheSameBytesAsOneAtATime() throws {
        let references = try (0..<Self.formats.count).map { try Self.export(format: $0, workers: 1, batchSize: 1000) }
        #expect(references[0].summary.exported == 300 && references[3].summary.leftOut == 120)
        let input = zip(Gen.int(in: 0...(Self.formats.count - 1)), Gen.int(in: 2...6), Gen.int(in: 1...90))
        try repeatableCheck(count: 24, salt: 401, input: input) { format, workers, batchSize in
            let made = try Self.export(format: format, workers: workers, batchSize: batchSize)
            let reference = references[format]
            #expect(made.text == reference.text, "format \(format), \(workers) workers, batches of \(batchSize)")
            #expect(made.summary.exported == reference.summary.exported && made.summary.leftOut == reference.summary.leftOut)
            #expect(made.summary.damaged == reference.summary.damaged)
        }
    }

    @Test func damagedFilesAreReportedInOrderAndSkipped() throws {
        let made = try Self.export(format: 0, workers: 3, batchSize: 5)
        let paths = made.summary.damaged.map(\.description)
        #expect(paths.count == 3)
        for (path, name) in zip(paths, ["00000000-broken.json", "8-broken.json", "zz-broken.json"]) { #expect(path.contains(name)) }
        #expect(DeskFixtures.parseCSV(made.text).count == 301)
    }

    @Test func aFilterGivesTheSameBytesInBatches() throws {
        let filter = RecordFilter(role: .officer, status: .passed)
        for format in 0..<Self.formats.count {
            let one = try Self.export(format: format, workers: 1, batchSize: 1000, filter: filter)
            let many = try Self.export(format: format, workers: 4, batchSize: 3, filter: filter)
            #expect(one.text == many.text && one.summary.exported == many.summary.exported)
        }
    }

    @Test func nothingToExportStillWritesAWholeFile() throws {
        for format in 0..<Self.formats.count {
            let made = try Self.export(format: format, workers: 2, batchSize: 4, filter: RecordFilter(name: "Nobody"))
            let one = try Self.export(format: format, workers: 1, batchSize: 1000, filter: RecordFilter(name: "Nobody"))
            #expect(made.text == one.text && made.summary.exported == 0)
        }
    }
}
