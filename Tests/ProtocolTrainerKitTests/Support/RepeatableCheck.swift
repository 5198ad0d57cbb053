import PropertyBased

/// Runs a property over the same `count` generated inputs on every run (the seeds are fixed), so CI gives the same
/// answer twice; `LayoutFailureCatalogue` is where fresh random inputs are explored and shrunk.
func repeatableCheck<Value, Shrinks>(count: Int, salt: UInt64, input: Generator<Value, Shrinks>,
                                     _ body: (Value) throws -> Void) rethrows {
    for index in 0..<count {
        var random = Xoshiro(seed: (UInt64(index), salt, 2026, 1122))
        try body(input.run(using: &random))
    }
}
