/// Words that point back to something said before ("make clear that fact", "do so"): out of their sentence they mean
/// nothing, so no question puts a phrase that has them in front of a trainee.
package enum Anaphora {
    static let markers = [" that fact", " this ", " this.", " these ", " those ", " such ", " the same", " do so", " it ", " it.", " the above"]

    /// True when `phrase` points back to something said before it.
    package static func pointsBack(_ phrase: String) -> Bool {
        let padded = " " + phrase.lowercased() + " "
        return markers.contains(where: padded.contains)
    }
}
