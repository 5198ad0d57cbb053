/// Fills `{slot}` placeholders. A slot written with a capital (`{Cllr.they}`) gives a capitalised value.
struct TemplateText {
    var values: [String: String] = [:]

    subscript(key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// Adds `name`, `name.first`, `name.short`, `name.they`, `name.them`, `name.their`, `name.theirs` for a person.
    mutating func add(_ name: String, _ person: Person, title: String? = nil) {
        let prefix = title.map { $0 + " " } ?? ""
        values[name] = prefix + person.full
        values[name + ".short"] = title.map { "\($0) \(person.last)" } ?? person.first
        values[name + ".first"] = person.first
        values[name + ".they"] = person.they
        values[name + ".them"] = person.them
        values[name + ".their"] = person.their
        values[name + ".theirs"] = person.theirs
    }

    /// The template with every known slot filled; unknown slots are left as they are, for the linter to catch.
    func render(_ template: String) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{", let close = template[index...].firstIndex(of: "}") {
                let key = String(template[template.index(after: index)..<close])
                if let value = lookup(key) {
                    out += value
                    index = template.index(after: close)
                    continue
                }
            }
            out.append(character)
            index = template.index(after: index)
        }
        return out
    }

    /// Whether rendered text still holds a `{slot}`: one this council has no value for.
    static func hasSlot(_ rendered: String) -> Bool {
        guard let open = rendered.firstIndex(of: "{") else { return false }
        return rendered[open...].contains("}")
    }

    private func lookup(_ key: String) -> String? {
        if let value = values[key] { return value }
        guard let first = key.first, first.isUppercase else { return nil }
        let lowered = first.lowercased() + key.dropFirst()
        return values[lowered].map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }
}
