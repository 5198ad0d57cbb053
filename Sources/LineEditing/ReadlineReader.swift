import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// GNU readline on a terminal: line editing, history, Tab completion of answer letters and commands.
///
/// It uses readline's callback interface so that Ctrl-C is handled here, on the main thread: the signal handler only
/// sets a flag, the wait for input wakes, the line is cleared and `.interrupted` is returned. Readline is global state,
/// so there is only ever one reader.
public final class ReadlineReader: LineReading {
    private let historyFile: String?
    private var lastHistoryLine: String?

    // Readline's C callbacks cannot capture context; their state lives here, used only from the main thread.
    nonisolated(unsafe) private static var completions: [String] = []
    nonisolated(unsafe) private static var matches: [String] = []
    nonisolated(unsafe) private static var matchIndex = 0
    nonisolated(unsafe) private static var received: String?
    nonisolated(unsafe) private static var gotLine = false
    nonisolated(unsafe) static var interruptPending: sig_atomic_t = 0
    nonisolated(unsafe) private static var installed = false

    public init(historyFile: String?) {
        self.historyFile = historyFile
        Self.installOnce()
        if let historyFile {
            // append_history needs the file to exist.
            let descriptor = open(historyFile, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            if descriptor >= 0 { close(descriptor) }
            read_history(historyFile)
            history_truncate_file(historyFile, 500)
        }
    }

    private static func installOnce() {
        guard !installed else { return }
        installed = true
        pt_set_readline_name(strdup("protocol-trainer"))
        rl_variable_bind("enable-bracketed-paste", "off")
        pt_set_catch_signals(0)
        pt_set_completion_function { text, _, _ in
            pt_set_attempted_completion_over(1)
            pt_set_completion_append_character(0)
            return rl_completion_matches(text) { text, state in
                if state == 0 {
                    let prefix = text.map { String(cString: $0).lowercased() } ?? ""
                    ReadlineReader.matches = ReadlineReader.completions.filter { $0.lowercased().hasPrefix(prefix) }
                    ReadlineReader.matchIndex = 0
                }
                guard ReadlineReader.matchIndex < ReadlineReader.matches.count else { return nil }
                defer { ReadlineReader.matchIndex += 1 }
                return strdup(ReadlineReader.matches[ReadlineReader.matchIndex])
            }
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in ReadlineReader.interruptPending = 1 }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: the wait for input must wake up on Ctrl-C.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (test runners do); Ctrl-C must reach the handler.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    public func setCompletions(_ words: [String]) {
        Self.completions = words
    }

    public func read(prompt: String) -> LineEvent {
        Self.gotLine = false
        Self.received = nil
        rl_callback_handler_install(prompt) { line in
            ReadlineReader.gotLine = true
            if let line {
                ReadlineReader.received = String(cString: line)
                free(line)
            }
        }
        defer { rl_callback_handler_remove() }
        while true {
            if Self.interruptPending != 0 {
                Self.interruptPending = 0
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_replace_line("", 0)
                print("^C")
                fflush(nil)
                return .interrupted
            }
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            rl_callback_read_char()
            if Self.gotLine {
                guard let line = Self.received else {
                    print("")
                    return .endOfInput
                }
                remember(line)
                return .line(line)
            }
        }
    }

    private func remember(_ line: String) {
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty, trimmed != lastHistoryLine else { return }
        lastHistoryLine = trimmed
        add_history(trimmed)
        if let historyFile { append_history(1, historyFile) }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
