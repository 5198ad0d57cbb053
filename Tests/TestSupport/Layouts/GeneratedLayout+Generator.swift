import PropertyBased

extension GeneratedLayout {
    /// Random layouts of one family (or of any family when `family` is nil), shrinking towards small plain ones.
    static func generator(_ family: Family? = nil) -> Generator<GeneratedLayout, [GeneratedLayout]> {
        Generator(
            run: { rng in
                var random = LayoutRandom(state: rng.next())
                return GeneratedLayout.random(family ?? random.pick(Family.allCases), using: &random)
            },
            shrink: { $0.shrinks() }
        )
    }

    static func random(_ family: Family, using r: inout LayoutRandom) -> GeneratedLayout {
        var words = LayoutWords(random: r)
        defer { r = words.random }
        return words.layout(family)
    }
}
