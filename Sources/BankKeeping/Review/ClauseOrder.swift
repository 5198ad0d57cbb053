/// Orders clause numbers as a reader does: 2 before 10, 3.2 before 3.10.
enum ClauseOrder {
    /// Negative when `left` comes first, 0 when they are the same, positive otherwise.
    static func compare(_ left: String, _ right: String) -> Int {
        let a = left.split(separator: "."), b = right.split(separator: ".")
        for (x, y) in zip(a, b) where x != y {
            if let m = Int(x), let n = Int(y) { return m < n ? -1 : 1 }
            return x < y ? -1 : 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
