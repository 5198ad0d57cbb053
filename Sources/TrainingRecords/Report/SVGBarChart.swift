/// A horizontal bar chart as inline SVG: no script, no fonts or images fetched, and it prints as drawn.
public struct SVGBarChart: Sendable {
    /// One bar: its label and a value from 0 to 100.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var percent: Double

        public init(label: String, percent: Double) {
            self.label = label
            self.percent = percent
        }
    }

    public var bars: [Bar]
    /// Drawn as a dashed line, so the reader sees which topics fall short of the pass mark.
    public var marker: Double?
    /// Read aloud by screen readers in place of the picture.
    public var title: String

    public init(bars: [Bar], marker: Double? = nil, title: String) {
        self.bars = bars
        self.marker = marker
        self.title = title
    }

    // Fixed sizes in user units: the viewBox lets the page scale the chart to its width, on screen and on paper.
    static let labelWidth = 230.0, barWidth = 360.0, valueWidth = 60.0, rowHeight = 28.0, barHeight = 18.0, top = 8.0

    /// The chart's SVG element, every label escaped.
    public func render() -> String {
        let width = Self.labelWidth + Self.barWidth + Self.valueWidth
        let height = Self.top * 2 + Self.rowHeight * Double(max(bars.count, 1))
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">\n"
        svg += "<title>\(HTMLText.escape(title))</title>\n"
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Self.rowHeight * Double(index)
            let clamped = min(max(bar.percent, 0), 100)
            let length = Self.barWidth * clamped / 100
            let middle = Self.n(y + Self.barHeight / 2 + 5)
            svg += "<text x=\"\(Self.n(Self.labelWidth - 8))\" y=\"\(middle)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
            // A light track behind each bar shows where 100% would be, even in black-and-white print.
            svg += "<rect class=\"track\" x=\"\(Self.n(Self.labelWidth))\" y=\"\(Self.n(y))\" width=\"\(Self.n(Self.barWidth))\" height=\"\(Self.n(Self.barHeight))\"/>"
            svg += "<rect class=\"bar\" x=\"\(Self.n(Self.labelWidth))\" y=\"\(Self.n(y))\" width=\"\(Self.n(length))\" height=\"\(Self.n(Self.barHeight))\"/>"
            svg += "<text x=\"\(Self.n(Self.labelWidth + Self.barWidth + 8))\" y=\"\(middle)\">\(HTMLText.escape(HTMLText.percent(bar.percent)))</text>\n"
        }
        if let marker, !bars.isEmpty {
            let x = Self.n(Self.labelWidth + Self.barWidth * min(max(marker, 0), 100) / 100)
            svg += "<line class=\"marker\" x1=\"\(x)\" y1=\"\(Self.n(Self.top / 2))\" x2=\"\(x)\" y2=\"\(Self.n(height - Self.top / 2))\"/>\n"
        }
        return svg + "</svg>\n"
    }

    /// Coordinates to one decimal place, so the file is the same on every machine.
    static func n(_ value: Double) -> String { AttemptFacts.number((value * 10).rounded() / 10) }
}
