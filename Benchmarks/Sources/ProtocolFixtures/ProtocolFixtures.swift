import Foundation

// Inputs shared by the benchmark targets: where the seed protocols and banks are, and the synthetic protocols
// built from the Wimborne Minster seed. Used only in benchmarks' setup, never in the measured part.

/// The package root of protocol-trainer: this file is at Benchmarks/Sources/ProtocolFixtures/.
public let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url
}()

/// The five built-in councils, in the order the benchmarks list them.
public let seedNames = ["iminster", "northampton", "rayleigh", "wimborne-minster", "district-constitution"]

/// `QuestionBanks/<council>/protocol.txt`.
public func seedProtocolPath(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("QuestionBanks/\(name)/protocol.txt").path
}

/// `Tests/Fixtures/formats/<council>.<format>`: the seed as a PDF, Word file or web page (iminster and
/// district-constitution).
public func formatFixturePath(_ name: String, _ format: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/Fixtures/formats/\(name).\(format)").path
}

/// `QuestionBanks/<council>/bank.json`.
public func seedBankPath(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("QuestionBanks/\(name)/bank.json").path
}

public func seedText(_ name: String) -> String {
    let path = seedProtocolPath(name)
    do {
        return try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
    } catch {
        fatalError("Cannot read seed protocol \(path): \(error)")
    }
}

/// A protocol of at least `targetBytes` bytes of UTF-8: Wimborne Minster's title block once, then its
/// body (sections 1–16, without the closing "[end]") copied again and again. Each copy's top-level section
/// numbers are shifted by 16 per copy, wrapping within 1–999 (the reader takes at most three digits),
/// so numbers repeat only every 62 copies (~1.4 MB). A running header and a "Page N" footer are
/// printed between blank lines every 40 lines, as in text copied from a PDF.
public func syntheticProtocol(targetBytes: Int) -> String {
    let seed = seedText("wimborne-minster")
    let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let bodyStart = lines.firstIndex(where: { $0.hasPrefix("1. ") }) else { fatalError("Wimborne seed has no section 1") }
    let title = lines[..<bodyStart]
    let body = lines[bodyStart...].filter { $0.trimmingCharacters(in: .whitespaces) != "[end]" }
    let sectionsPerCopy = body.compactMap { topLevelNumber(in: $0)?.number }.max() ?? 1

    var out = title.joined(separator: "\n") + "\n"
    out.reserveCapacity(targetBytes + 64 * 1024)
    var copy = 0
    var linesOnPage = 0
    var page = 1
    while out.utf8.count < targetBytes {
        let shift = copy * sectionsPerCopy
        for line in body {
            out += renumbered(line, shift: shift)
            out += "\n"
            linesOnPage += 1
            if linesOnPage == 40 {
                page += 1
                out += "\nPage \(page)\n\nWimborne Minster Town Council Member Officer Protocol\n\n"
                linesOnPage = 0
            }
        }
        copy += 1
    }
    return out
}

/// The leading section number of "12. Heading", "12.3 Text" or "- 12.3 Text", and where it sits in the line.
private func topLevelNumber(in line: String) -> (number: Int, range: Range<String.Index>)? {
    var start = line.startIndex
    if line.hasPrefix("- ") { start = line.index(start, offsetBy: 2) }
    let digits = line[start...].prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, digits.endIndex < line.endIndex, line[digits.endIndex] == ".",
          let number = Int(digits) else { return nil }
    return (number, digits.startIndex..<digits.endIndex)
}

private func renumbered(_ line: String, shift: Int) -> String {
    guard shift > 0, let (number, range) = topLevelNumber(in: line) else { return line }
    let shifted = (number - 1 + shift) % 999 + 1
    var result = line
    result.replaceSubrange(range, with: String(shifted))
    return result
}
