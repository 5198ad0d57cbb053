import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

struct TrainingReportTests {
    let now = Timestamp.date("2026-11-22T12:00:00Z")!
    let utc = TimeZone(identifier: "UTC")!
    let year = DeskInterval(count: 12, unit: .months), month = DeskInterval(count: 30, unit: .days)

    func report(_ records: [TrainingRecord]) -> TrainingReport {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return TrainingReport(records, interval: year, within: month, now: now, calendar: calendar)
    }

    /// A record whose answers to `questions` are right or wrong as given (nil for a skip).
    func answered(_ name: String, role: TraineeRole = .councillor, _ answers: [String: Bool?], started: String = "2026-10-01T10:00:00+00:00") -> TrainingRecord {
        var record = DeskFixtures.record(name: name, role: role, started: started, questions: answers.count, right: 0)
        let ids = answers.keys.sorted()
        record.questionOrder = ids
        record.answers = ids.map { id in
            let correct = answers[id]! ?? false
            return RecordedAnswer(questionId: id, response: [], correct: correct, score: correct ? 1 : 0, skipped: answers[id]! == nil,
                                  answeredAt: started, secondsTaken: 10)
        }
        return record
    }

    @Test func questionStatisticsCountAnswersAndFlagTheOutliers() {
        // q-easy: right by all 6; q-hard: right by 1 of 6; q-fine: 3 of 6; q-few: right by all 4 (too few to flag);
        // q-skip: skipped by one, so answered 5 times, all wrong.
        let records = (0..<6).map { index in
            answered("Person \(index)", [
                "q-easy": true, "q-hard": index == 0, "q-fine": index < 3,
                "q-few": index < 4 ? true : nil, "q-skip": index == 5 ? nil : false,
            ])
        }
        let stats = Dictionary(uniqueKeysWithValues: report(records).questions.map { ($0.id, $0) })
        #expect(stats["q-easy"]?.answered == 6 && stats["q-easy"]?.percent == 100 && stats["q-easy"]?.flag == .nearlyAllRight)
        #expect(stats["q-hard"]?.percent == 16.7 && stats["q-hard"]?.flag == .nearlyAllWrong)
        #expect(stats["q-fine"]?.percent == 50 && stats["q-fine"]?.flag == nil)
        #expect(stats["q-few"]?.asked == 6 && stats["q-few"]?.answered == 4 && stats["q-few"]?.flag == nil, "fewer than 5 answers")
        #expect(stats["q-skip"]?.answered == 5 && stats["q-skip"]?.percent == 0 && stats["q-skip"]?.flag == .nearlyAllWrong)
        #expect(report(records).questions.prefix(3).allSatisfy { $0.flag != nil }, "flagged questions come first")
        var worded = report(records)
        worded.questionWords = ["q-hard": "Cllr Ann Lee asks the <Clerk> to change a report."]
        #expect(ReportHTML.render(worded, timeZone: utc).contains(
            "<span class=\"id\">q-hard</span><br>Cllr Ann Lee asks the &lt;Clerk&gt; to change a report."))
        let html = ReportHTML.render(report(records), timeZone: utc)
        #expect(html.contains("Worth reviewing: nearly everyone gets it right"))
        #expect(html.contains("Worth reviewing: nearly everyone gets it wrong"))
        #expect(html.contains("3 questions are worth reviewing."))
    }

    @Test func peopleShowTheirLatestInductionOrRefresherAndRolesTheirPassRate() {
        let records = [
            DeskFixtures.record(name: "Ann Lee", started: "2025-01-10T10:00:00+00:00", right: 1),
            DeskFixtures.record(name: "ann lee", mode: .refresher, started: "2026-02-10T10:00:00+00:00", right: 4),
            DeskFixtures.record(name: "Ann Lee", mode: .practice, started: "2026-05-10T10:00:00+00:00", right: 0),
            DeskFixtures.record(name: "Bob Ray", role: .officer, mode: .refresher, started: "2026-03-10T10:00:00+00:00", right: 2),
            DeskFixtures.record(name: "Cat Day", status: .inProgress),
        ]
        let report = report(records)
        #expect(report.people.map(\.name) == ["ann lee", "Bob Ray", "Cat Day"])
        #expect(report.people[0].mode == .refresher && report.people[0].passed && report.people[0].day == "2026-02-10")
        #expect(report.people[1].percent == 50 && !report.people[1].passed)
        #expect(report.people[2].mode == nil)
        #expect(report.roles == [TrainingReport.RoleRate(role: .councillor, attempts: 2, passed: 1),
                                 TrainingReport.RoleRate(role: .officer, attempts: 1, passed: 0)])
        #expect(report.roles[0].percent == 50)
        // Lobbying, over the four finished attempts: 1 + 4 + 0 + 2 marks of 16.
        #expect(report.topics == [TrainingReport.TopicScore(topic: .lobbying, questions: 16, score: 7)])
        #expect(report.topics[0].percent == 43.8)
        #expect(report.passMark == 80)
        #expect(report.due.entries(.upToDate).map(\.name) == ["Ann Lee"], "the due list shows the name as typed last")
        #expect(report.councils == ["Iminster Town Council"])
        let html = ReportHTML.render(report, timeZone: utc)
        #expect(html.contains("<p class=\"council\">Iminster Town Council</p>"))
        #expect(html.contains("Report date: 22 November 2026."))
        #expect(html.contains("<td>Councillors</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">50%</td>"))
        #expect(html.contains(">Lobbying</text>") && html.contains(">43.8%</text>"))
        #expect(html.contains("Never passed an induction or refresher (2)"))
    }

    @Test func everythingTypedIsEscapedAndThePageNeedsNoNetworkOrScript() {
        let records = [
            DeskFixtures.record(name: "Siân O'Brien", council: "Ham & Eggs <Parish> \"Council\"", right: 4),
            DeskFixtures.record(name: "<script>alert(1)</script>", role: .officer, council: "http://evil.example/", right: 1),
            answered("<img src=x onerror=alert(1)>", ["<script>q</script>": true]),
        ]
        let html = ReportHTML.render(report(records), timeZone: utc)
        #expect(html.contains("Siân O&#39;Brien"))
        #expect(html.contains("Ham &amp; Eggs &lt;Parish&gt; &quot;Council&quot;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.lowercased().contains("<script"), "no script, not even a trainee's name")
        #expect(!html.contains("<img"))
        // "http" appears only where a person typed it, as escaped text; none of the page's own markup fetches anything.
        let withoutTyped = html.replacingOccurrences(of: "http://evil.example/", with: "")
        #expect(!withoutTyped.lowercased().contains("http"))
        #expect(!html.contains("src=\"") && !html.contains("href=") && !html.contains("@import") && !html.contains("url("))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("@media print") && html.contains("<svg class=\"chart\""))
    }

    @Test func anEmptyReportSaysSoInPlainWords() {
        let html = ReportHTML.render(report([]), timeZone: utc)
        #expect(html.contains("No council named"))
        #expect(html.contains("Based on 0 training attempts."))
        #expect(html.contains("There are no training records to go by."))
        #expect(!html.contains("<svg"))
    }

    @Test func theChartDrawsOneClampedBarPerTopicWithEscapedLabels() {
        let chart = SVGBarChart(bars: [.init(label: "A & B", percent: 50), .init(label: "Over", percent: 140)], marker: 80, title: "Marks <by> topic")
        let svg = chart.render()
        #expect(svg.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 650 72\""))
        #expect(svg.contains("<title>Marks &lt;by&gt; topic</title>"))
        #expect(svg.contains(">A &amp; B</text>"))
        #expect(svg.contains("class=\"bar\" x=\"230\" y=\"8\" width=\"180\""))
        #expect(svg.contains("class=\"bar\" x=\"230\" y=\"36\" width=\"360\""), "over 100% is drawn as full, not off the page")
        #expect(svg.contains("<line class=\"marker\" x1=\"518\""))
    }
}
