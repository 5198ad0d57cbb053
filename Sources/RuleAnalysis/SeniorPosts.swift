/// The senior posts a protocol names in rules that reach only them ("briefings will be given by a Director", "where the
/// concern is about a Head of Service …"), as one regular-expression alternation for every module that reads such rules.
package enum SeniorPosts {
    /// A lower-case alternation group of the senior posts, each in the singular or plural.
    package static let alternation = #"(chief executive|head of paid service|managing director|monitoring officer|(corporate |executive |strategic |assistant |deputy )?directors?|heads? of service|chief officers?|senior officers?|(town |parish |city )?clerks?)"#
}
