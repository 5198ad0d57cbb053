import Foundation

/// The training report as one self-contained web page a clerk can open, print or show to the council: styles inline,
/// the chart drawn in SVG, no script and nothing fetched from the network.
public enum ReportHTML {
    /// The whole page. `timeZone` decides the date in the heading.
    public static func render(_ report: TrainingReport, timeZone: TimeZone = .current) -> String {
        let councils = report.councils.isEmpty ? "No council named" : report.councils.joined(separator: ", ")
        let date = longDate(report.generated, timeZone: timeZone)
        var html = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape("Protocol training report: \(councils), \(date)"))</title>
        <style>\n\(style)</style>
        </head>
        <body>
        <header>
        <h1>Member/officer protocol training report</h1>
        <p class="council">\(HTMLText.escape(councils))</p>
        <p>Report date: \(HTMLText.escape(date)). \(summary(report))</p>
        </header>\n
        """
        html += section("Who has completed training", people(report))
        html += section("Pass rates by role", roles(report))
        html += section("Results by topic", topics(report))
        html += section("How each question went", questions(report))
        html += section("Who is due for training", ReportDueSection.render(report.due, interval: report.interval,
                                                                           within: report.within, timeZone: timeZone))
        return html + "</body>\n</html>\n"
    }

    static func summary(_ report: TrainingReport) -> String {
        let attempts = "\(report.attempts) training attempt\(report.attempts == 1 ? "" : "s")"
        let filter = report.filterText.isEmpty ? "" : " (only \(report.filterText))"
        return HTMLText.escape("Based on \(attempts)\(filter).")
    }

    static func section(_ heading: String, _ body: String) -> String {
        "<section>\n<h2>\(HTMLText.escape(heading))</h2>\n\(body)</section>\n"
    }

    static func note(_ text: String) -> String { "<p class=\"note\">\(HTMLText.escape(text))</p>\n" }

    static func people(_ report: TrainingReport) -> String {
        guard !report.people.isEmpty else { return note("There are no training records to go by.") }
        let rows = report.people.map { person -> [String] in
            let result = person.mode == nil ? badge("none", "Not finished")
                : person.passed ? badge("pass", "Passed") : badge("fail", "Not passed")
            return [HTMLText.escape(person.name), HTMLText.escape(person.role.rawValue.capitalized), HTMLText.escape(person.council),
                    HTMLText.escape(person.mode.map { $0.rawValue.capitalized } ?? "No induction or refresher finished"),
                    "<span class=\"nowrap\">\(HTMLText.escape(person.day))</span>", HTMLText.escape(person.percent.map { HTMLText.percent($0) } ?? ""), result]
        }
        return note("Each person's latest finished induction or refresher. Practice sessions have no pass or fail, so they are not shown here.")
            + HTMLText.table(["Name", "Role", "Council", "Latest training", "Date", "Score", "Result"], rows, numeric: [5])
    }

    static func roles(_ report: TrainingReport) -> String {
        guard !report.roles.isEmpty else { return note("Nobody has finished an induction or refresher yet.") }
        let rows = report.roles.map { rate in
            [HTMLText.escape(rate.role.rawValue.capitalized + "s"), "\(rate.attempts)", "\(rate.passed)", HTMLText.escape(HTMLText.percent(rate.percent))]
        }
        return note("Counted over every finished induction and refresher, so someone who passed at the second try counts once each way.")
            + HTMLText.table(["Role", "Finished inductions and refreshers", "Passed", "Pass rate"], rows, numeric: [1, 2, 3])
    }

    static func topics(_ report: TrainingReport) -> String {
        guard !report.topics.isEmpty else { return note("No finished attempts yet, so there are no results by topic.") }
        let chart = SVGBarChart(bars: report.topics.map { .init(label: $0.topic.title, percent: $0.percent) },
                                marker: report.passMark, title: "Average mark by topic")
        let marker = report.passMark.map { " The dashed line is the pass mark of \(HTMLText.percent($0))." } ?? ""
        return note("The share of marks scored on each topic's questions, over every finished attempt.\(marker)")
            + "<figure>\n" + chart.render() + "</figure>\n"
    }

    static func questions(_ report: TrainingReport) -> String {
        guard !report.questions.isEmpty else { return note("No questions have been asked yet.") }
        let rows = report.questions.map { stat -> [String] in
            let flag = switch stat.flag {
            case .nearlyAllWrong?: badge("flag", "Worth reviewing: nearly everyone gets it wrong")
            case .nearlyAllRight?: badge("flag", "Worth reviewing: nearly everyone gets it right")
            case nil: ""
            }
            // The clerk reviews a question by its words; the id is what `bank show` and `bank set-status` take.
            let words = report.questionWords[stat.id].map { "<br>" + HTMLText.escape(shortened($0)) } ?? ""
            let question = "<span class=\"id\">\(HTMLText.escape(stat.id))</span>\(words)"
            return [question, "\(stat.asked)", "\(stat.answered)", HTMLText.escape(HTMLText.percent(stat.percent)), flag]
        }
        let flagged = report.questions.filter { $0.flag != nil }.count
        let lead = "A question fewer than \(HTMLText.percent(TrainingReport.nearlyAllWrongBelow)) answer correctly may be unclear, or its answer wrong; "
            + "one more than \(HTMLText.percent(TrainingReport.nearlyAllRightAbove)) answer correctly may be too easy (either is flagged once \(TrainingReport.minimumAnswersToFlag) or more have answered it). "
            + (flagged == 0 ? "No question stands out." : "\(flagged) question\(flagged == 1 ? " is" : "s are") worth reviewing.")
        return note(lead) + HTMLText.table(["Question", "Times asked", "Times answered", "Answered correctly", "Note"], rows, numeric: [1, 2, 3])
    }

    /// A long scenario cut at a word, for a table cell; `bank show` gives it whole.
    static func shortened(_ text: String, to limit: Int = 200) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }

    static func badge(_ kind: String, _ text: String) -> String {
        "<span class=\"badge \(kind)\">\(HTMLText.escape(text))</span>"
    }

    /// "22 November 2026", as an English council writes a date.
    static func longDate(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
    }

    // System fonts only (nothing to download); the print rules drop the background and keep rows and the chart whole.
    static let style = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.4; }
    h1 { font-size: 1.6em; margin-bottom: 0.2em; }
    h2 { font-size: 1.25em; border-bottom: 2px solid #1d4f91; padding-bottom: 0.2em; margin-top: 1.8em; }
    h3 { font-size: 1.05em; }
    .council { font-size: 1.2em; font-weight: bold; margin: 0; }
    .note { color: #444; }
    table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
    th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
    th { background: #eef2f7; }
    .num { text-align: right; }
    .badge { font-weight: bold; white-space: nowrap; }
    .nowrap { white-space: nowrap; }
    .id { white-space: nowrap; font-family: ui-monospace, Consolas, monospace; font-size: 0.9em; }
    .pass { color: #1a6b2f; } .fail { color: #a11d1d; } .none { color: #555; } .flag { color: #8a4b00; }
    figure { margin: 0.5em 0; }
    .chart { width: 100%; max-width: 42em; height: auto; font-size: 13px; }
    .chart text { fill: #1b1b1b; }
    .chart .track { fill: #e6e6e6; }
    .chart .bar { fill: #1d4f91; }
    .chart .marker { stroke: #a11d1d; stroke-width: 2; stroke-dasharray: 5 4; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10.5pt; }
      h2 { break-after: avoid; page-break-after: avoid; }
      tr, figure, .chart { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      th { background: none; }
      .chart .bar, .chart .track { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }

    """
}
