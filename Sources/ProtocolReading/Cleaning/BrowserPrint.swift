import Foundation

/// What a web browser prints on each page when a web page is printed to PDF: the page's address (`https://…` or
/// `file:///…`) and a page counter ("1/10") at the foot, the date and time and the page's title at the head.
/// Between two pages these lines fall between the halves of a sentence; set aside, the sentence joins up again.
enum BrowserPrint {
    /// A line that is the browser's header or footer. A web address alone on a line counts only when it is printed
    /// more than once (`repeatedAddresses`) or beside a page counter: a protocol may give an address to look at.
    static func isFurniture(_ text: String, repeatedAddresses: Set<String>) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "f") || first == UInt8(ascii: "h") || (0x30...0x39).contains(first)
        else { return false }
        if (0x30...0x39).contains(first) { return isDateTimeHeader(text) }
        let (address, rest) = split(text)
        guard let address else { return false }
        if address.hasPrefix("file://") { return rest.isEmpty || isPageCounter(rest) }
        if isPageCounter(rest) { return true }
        return rest.isEmpty && repeatedAddresses.contains(address)
    }

    /// Web addresses printed alone on more than one line.
    static func repeatedAddresses(_ lines: [SourceLine]) -> Set<String> {
        var counts: [String: Int] = [:]
        for line in lines where line.text.hasPrefix("http") {
            let (address, rest) = split(line.text)
            if let address, rest.isEmpty || isPageCounter(rest) { counts[address, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value > 1 }.keys)
    }

    /// The address at the start of the line, and what follows it.
    private static func split(_ text: String) -> (String?, String) {
        guard text.hasPrefix("https://") || text.hasPrefix("http://") || text.hasPrefix("file://") else { return (nil, text) }
        let address = text.prefix { $0 != " " }
        return (String(address), text[address.endIndex...].trimmingCharacters(in: " "))
    }

    /// "1/10", "Page 1 of 10".
    private static func isPageCounter(_ text: String) -> Bool {
        text.range(of: #"^(page\s+)?\d{1,4}\s*(/|of)\s*\d{1,4}$"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// "01/12/2026, 13:05", "12/1/26, 1:05 PM", with the page's title after it or not.
    private static func isDateTimeHeader(_ text: String) -> Bool {
        text.range(of: #"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?(\s|$)"#, options: .regularExpression) != nil
    }
}
