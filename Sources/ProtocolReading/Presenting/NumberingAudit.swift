/// Finds gaps and repeats in a protocol's numbering.
enum NumberingAudit {
    /// `numbers` are every printed number, headings included; repeats are counted among clause numbers only.
    static func audit(_ numbers: [String], clauseNumbers: [String]) -> (gaps: [String], repeats: [String]) {
        var counts: [String: Int] = [:]
        var repeats: [String] = []
        for number in clauseNumbers {
            counts[number, default: 0] += 1
            if counts[number] == 2 { repeats.append(number) }
        }
        let parsed = Set(numbers.compactMap(ClauseNumber.init))
        var siblings: [[Int]: Set<Int>] = [:]
        for number in parsed { siblings[Array(number.parts.dropLast()), default: []].insert(number.parts.last!) }
        var gaps: [ClauseNumber] = []
        for (parent, values) in siblings {
            guard let highest = values.max(), highest > 1, highest <= values.count + 20 else { continue }
            for value in 1..<highest where !values.contains(value) {
                gaps.append(ClauseNumber(parts: parent + [value]))
            }
        }
        return (gaps.sorted().map(\.text), repeats)
    }
}
