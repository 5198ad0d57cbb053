import PropertyBased

/// Runs a property over the same `count` generated inputs on every run (the seeds are fixed), so CI gives the same
/// answer twice; `LayoutFailureCatalogue` is where fresh random inputs are explored and shrunk.
///
/// The case's index goes in the seed's second word: xoshiro256**'s first output depends on that word alone, and the
/// generators here take their whole input from the first number drawn (`LayoutRandom(state: rng.next())`), so with the
/// index anywhere else every case was the same case.
func repeatableCheck<Value, Shrinks>(count: Int, salt: UInt64, input: Generator<Value, Shrinks>,
                                     _ body: (Value) throws -> Void) rethrows {
    for index in 0..<count {
        var random = Xoshiro(seed: (salt, UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 1, 2026, 1122))
        try body(input.run(using: &random))
    }
}
