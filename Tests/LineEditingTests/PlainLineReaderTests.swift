import Testing
@testable import LineEditing
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// On a pipe (scripts, CI) the trainee's answers are plain lines: the line ending taken off, and the end of the input
/// seen as such.
@Suite(.serialized)
struct PlainLineReaderTests {
    /// Runs `body` with standard input reading `text` from a pipe, then puts standard input back.
    private func withStandardInput(_ text: String, _ body: () -> Void) throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let saved = dup(0)
        _ = text.withCString { write(ends[1], $0, strlen($0)) }
        close(ends[1])
        dup2(ends[0], 0)
        close(ends[0])
        body()
        dup2(saved, 0)
        close(saved)
        // readLine saw the pipe's end; the real standard input has not ended.
        clearerr(stdin)
    }

    @Test func linesAreReadWithoutTheirEndingsThenTheEndOfInput() throws {
        try withStandardInput("B\r\nhelp\n") {
            let reader = PlainLineReader()
            #expect(reader.read(prompt: "Your answer: ") == .line("B"))
            #expect(reader.read(prompt: "Your answer: ") == .line("help"))
            #expect(reader.read(prompt: "Your answer: ") == .endOfInput)
        }
    }

    @Test(.enabled(if: !Terminal.isInteractive, "the tests are running on a terminal"))
    func offATerminalTheReaderIsThePlainOne() {
        #expect(LineReaders.make(historyFile: nil) is PlainLineReader)
        #expect(!Terminal.allowsColour)
    }
}
