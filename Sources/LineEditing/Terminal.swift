#if canImport(Glibc)
import Glibc
#endif

/// Facts about the terminal the program runs on.
public enum Terminal {
    /// Standard input and output are a terminal a person is typing at (and `TERM` is not "dumb").
    public static var isInteractive: Bool {
        isatty(0) == 1 && isatty(1) == 1 && getenv("TERM").map { String(cString: $0) } != "dumb"
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    public static var allowsColour: Bool {
        isInteractive && (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
    }

    /// Columns to wrap text to: the terminal's width, `COLUMNS`, or 80.
    public static var width: Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns >= 20 { return columns }
        return 80
    }
}
