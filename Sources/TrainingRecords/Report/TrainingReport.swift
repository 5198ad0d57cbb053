import Foundation
import TrainerModel

/// What the clerk's printable report says, worked out from the records once: who has completed training, pass rates by
/// role, results by topic, how each question went, and who is due. `ReportHTML` turns it into a page.
public struct TrainingReport: Sendable {
    /// One person's latest induction or refresher.
    public struct PersonStatus: Sendable, Equatable {
        public var name: String
        public var role: TraineeRole
        public var council: String
        /// Nil when the person has no finished induction or refresher (only practice, or unfinished attempts).
        public var mode: TrainingMode?
        /// "2026-03-10": the day the attempt finished, as the trainee's clock showed it.
        public var day: String
        public var percent: Double?
        public var passed: Bool
    }

    /// Finished inductions and refreshers taken by one role, and how many passed.
    public struct RoleRate: Sendable, Equatable {
        public var role: TraineeRole
        public var attempts: Int
        public var passed: Int
        public var percent: Double { TrainingReport.rate(passed, of: attempts) ?? 0 }
    }

    /// Marks on one topic over every finished attempt, so a topic asked once is not weighed like one asked often.
    public struct TopicScore: Sendable, Equatable {
        public var topic: Topic
        public var questions: Int
        public var score: Double
        public var percent: Double { questions == 0 ? 0 : (score / Double(questions) * 1000).rounded() / 10 }
    }

    /// How one question went across every attempt that asked it.
    public struct QuestionStat: Sendable, Equatable {
        public enum Flag: String, Sendable { case nearlyAllWrong, nearlyAllRight }
        public var id: String
        public var asked: Int
        /// Attempts that gave an answer (skips are not answers).
        public var answered: Int
        public var correct: Int
        /// Percentage of answers that were right; nil when nobody has answered it.
        public var percent: Double? { TrainingReport.rate(correct, of: answered) }
        public var flag: Flag?
    }

    /// Below this share right, a question is probably unclear or its "right" answer wrong.
    public static let nearlyAllWrongBelow = 20.0
    /// Above this share right, a question probably teaches nothing.
    public static let nearlyAllRightAbove = 95.0
    /// A question is flagged either way only once this many have answered it: one wrong answer says nothing.
    public static let minimumAnswersToFlag = 5

    public var councils: [String]
    public var generated: Date
    /// What the clerk filtered by, in words ("" for everything).
    public var filterText: String
    public var attempts: Int
    public var people: [PersonStatus]
    public var roles: [RoleRate]
    public var topics: [TopicScore]
    public var questions: [QuestionStat]
    public var due: DueList
    public var interval: DeskInterval
    public var within: DeskInterval
    /// The pass mark, when every finished induction and refresher had the same one (drawn on the topic chart).
    public var passMark: Double?
    /// Each question's words by id, from the councils' question banks where the caller could load them.
    public var questionWords: [String: String] = [:]

    /// The report on `records`. `dueRecords` are those the due list goes by: the clerk's date and outcome filters are left
    /// off them, because a pass before --since still counts towards being in date.
    public init(_ records: [TrainingRecord], dueRecords: [TrainingRecord]? = nil, filterText: String = "",
                interval: DeskInterval, within: DeskInterval, now: Date, calendar: Calendar = Calendar(identifier: .gregorian)) {
        councils = Set(records.map { AttemptFacts($0).councilName }).sorted()
        generated = now
        self.filterText = filterText
        attempts = records.count
        self.interval = interval
        self.within = within
        due = DueList(dueRecords ?? records, interval: interval, within: within, now: now, calendar: calendar)
        let finishedExams = records.filter { $0.mode.isExam && $0.status == .completed && $0.result?.passed != nil }
        let marks = Set(finishedExams.compactMap { $0.result?.passMark })
        passMark = marks.count == 1 ? marks.first : nil
        people = Self.people(records, finishedExams: finishedExams)
        roles = TraineeRole.allCases.compactMap { role in
            let taken = finishedExams.filter { $0.trainee.role == role }
            return taken.isEmpty ? nil : RoleRate(role: role, attempts: taken.count, passed: taken.filter { $0.result?.passed == true }.count)
        }
        topics = Self.topics(records)
        questions = Self.questions(records)
    }

    /// Each person (told apart as `DueList` does) with their latest finished induction or refresher, by name.
    static func people(_ records: [TrainingRecord], finishedExams: [TrainingRecord]) -> [PersonStatus] {
        func key(_ record: TrainingRecord) -> String {
            [PersonName.key(record.trainee.name), record.trainee.role.rawValue, AttemptFacts(record).councilName.lowercased()]
                .joined(separator: "\u{1F}")
        }
        var latest: [String: TrainingRecord] = [:]
        // Records come oldest first, so the last one seen wins; comparing timestamps keeps that true for any order.
        for record in finishedExams where (latest[key(record)]?.startedAt ?? "") <= record.startedAt { latest[key(record)] = record }
        var seen: [String: PersonStatus] = [:]
        for record in records {
            let facts = AttemptFacts(record)
            let exam = latest[key(record)]
            seen[key(record)] = PersonStatus(
                name: exam?.trainee.name ?? record.trainee.name, role: record.trainee.role, council: facts.councilName,
                mode: exam?.mode, day: exam.map { String(Timestamp.wallClock($0.finishedAt ?? $0.updatedAt).prefix(10)) } ?? "",
                percent: exam?.result?.percent, passed: exam?.result?.passed == true)
        }
        return seen.values.sorted { ($0.council, PersonName.key($0.name), $0.role) < ($1.council, PersonName.key($1.name), $1.role) }
    }

    /// Topics in the order of the protocol's topic list, only those asked.
    static func topics(_ records: [TrainingRecord]) -> [TopicScore] {
        var totals: [Topic: TopicScore] = [:]
        for record in records where record.status == .completed {
            for result in record.result?.topics ?? [] {
                var total = totals[result.topic] ?? TopicScore(topic: result.topic, questions: 0, score: 0)
                total.questions += result.questions
                total.score += result.score
                totals[result.topic] = total
            }
        }
        return Topic.allCases.compactMap { totals[$0] }
    }

    /// Every question asked, with its answers counted once per attempt.
    static func questions(_ records: [TrainingRecord]) -> [QuestionStat] {
        var stats: [String: QuestionStat] = [:]
        for record in records {
            for id in Set(record.questionOrder) {
                var stat = stats[id] ?? QuestionStat(id: id, asked: 0, answered: 0, correct: 0, flag: nil)
                stat.asked += 1
                if let answer = record.answer(to: id), !answer.skipped {
                    stat.answered += 1
                    if answer.correct { stat.correct += 1 }
                }
                stats[id] = stat
            }
        }
        return stats.values.map { stat in
            var stat = stat
            if let percent = stat.percent, stat.answered >= minimumAnswersToFlag {
                if percent < nearlyAllWrongBelow { stat.flag = .nearlyAllWrong }
                if percent > nearlyAllRightAbove { stat.flag = .nearlyAllRight }
            }
            return stat
        }
        // What needs the clerk's eye first: flagged questions, then the least often answered right.
        .sorted { ($0.flag == nil ? 1 : 0, $0.percent ?? 101, $0.id) < ($1.flag == nil ? 1 : 0, $1.percent ?? 101, $1.id) }
    }

    /// `part` as a percentage of `whole` to one decimal place; nil when there is nothing to divide by.
    static func rate(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : (Double(part) / Double(whole) * 1000).rounded() / 10
    }
}
