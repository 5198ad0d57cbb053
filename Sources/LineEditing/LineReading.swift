/// What reading one line from the trainee gave.
public enum LineEvent: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C at the prompt: the line was cleared.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Reads the trainee's answers one line at a time.
public protocol LineReading: AnyObject {
    /// Shows `prompt` and waits for a line.
    func read(prompt: String) -> LineEvent
    /// The words Tab completes at the next prompt (answer letters and commands).
    func setCompletions(_ words: [String])
}

/// Chooses how to read: GNU readline on an interactive terminal, plain lines otherwise (pipes, scripts, tests).
public enum LineReaders {
    /// `historyFile` keeps the trainee's previous lines for the Up arrow; nil for none.
    public static func make(historyFile: String?) -> any LineReading {
        Terminal.isInteractive ? ReadlineReader(historyFile: historyFile) : PlainLineReader()
    }
}
