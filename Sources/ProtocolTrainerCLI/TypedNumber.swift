import Foundation
import ArgumentParser

/// A number given to an option, kept as it was typed and read in `validate()`. argument-parser would take "-5" for an
/// option ("Missing value for '--questions'") and a number it cannot convert for its own message, neither of which
/// tells a councillor what to type; here the sentence says what was wrong with the number and what is allowed. Options
/// that take one are declared `parsing: .unconditional`, so that a negative number reaches us at all.
struct TypedNumber: ExpressibleByArgument, Sendable {
    let text: String

    init(argument: String) { text = argument }

    var defaultValueDescription: String { text }

    /// A whole number within `range`.
    func whole<Value: FixedWidthInteger>(_ option: String, in range: ClosedRange<Value>, example: Value) throws(ValidationError) -> Value {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let negative = trimmed.hasPrefix("-")
        let digits = trimmed.hasPrefix("-") || trimmed.hasPrefix("+") ? trimmed.dropFirst() : Substring(trimmed)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValidationError(notANumber(option, wanted: "a whole number", example: "\(example)"))
        }
        guard let value = Value(trimmed.hasPrefix("+") ? String(digits) : trimmed) else {
            // Too many digits for the type: only the side it overflowed on is in question.
            if negative { throw ValidationError("\(option) must be at least \(range.lowerBound); you gave \(text).") }
            if range.upperBound == Value.max {
                throw ValidationError("\(option) \(text) is too large a number; give a smaller one, e.g. \(option) \(example).")
            }
            throw ValidationError("\(option) must be at most \(range.upperBound); you gave \(text).")
        }
        if value < range.lowerBound { throw ValidationError("\(option) must be at least \(range.lowerBound); you gave \(text).") }
        if value > range.upperBound { throw ValidationError("\(option) must be at most \(range.upperBound); you gave \(text).") }
        return value
    }

    /// A percentage from 0 to 100; decimals are allowed.
    func percentage(_ option: String, example: Int) throws(ValidationError) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let allowed = trimmed.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }
        guard allowed, let value = Double(trimmed), value.isFinite else {
            if trimmed.hasSuffix("%") {
                throw ValidationError("\(option) is a percentage from 0 to 100, written without the % sign, e.g. \(option) \(example); you gave \(text).")
            }
            throw ValidationError(notANumber(option, wanted: "a percentage from 0 to 100", example: "\(example)"))
        }
        guard (0...100).contains(value) else {
            throw ValidationError("\(option) is a percentage from 0 to 100, e.g. \(option) \(example); you gave \(text).")
        }
        return value
    }

    private func notANumber(_ option: String, wanted: String, example: String) -> String {
        // With `.unconditional`, a forgotten value takes the next option as the number.
        if text.hasPrefix("--") {
            return "\(option) needs \(wanted) after it, e.g. \(option) \(example); '\(text)' is another option."
        }
        return "\(option) must be \(wanted), e.g. \(option) \(example); you gave '\(text)'."
    }
}
