#if canImport(Glibc)
import Glibc
#endif

/// One line per answer from standard input, with no escape codes: for scripts, CI and tests.
public final class PlainLineReader: LineReading {
    public init() {}

    public func read(prompt: String) -> LineEvent {
        print(prompt, terminator: "")
        fflush(nil)
        guard let line = readLine(strippingNewline: true) else {
            print("")
            return .endOfInput
        }
        let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
        // Typed input is not echoed on a pipe; printing it keeps a transcript readable.
        print(text)
        return .line(text)
    }

    public func setCompletions(_ words: [String]) {}
}
