/// Where in a JSON file a decoding error is, as the clerk's messages name it: banks and records both say it this way.
package enum FieldPath {
    /// "questions[3].options[1].feedback", or "the file" for the top level.
    package static func describe(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out.isEmpty ? "the file" : out
    }
}
