/// Wraps text to a width, keeping words whole; a hanging indent lines up continuation lines.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> String {
        let hang = hanging ?? indent
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = lines.isEmpty || paragraph.isEmpty ? indent : hang
            var lineHasWords = false
            for word in paragraph.split(separator: " ") {
                if lineHasWords, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = hang
                    lineHasWords = false
                }
                line += (lineHasWords ? " " : "") + word
                lineHasWords = true
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
