/// Every provision the generator knows, one file per topic.
enum Catalogue {
    static let all: [Provision] = instructions
        + dayToDay
        + lobbying
        + neutrality
        + partyGroups
        + confidentiality
        + documents
        + interests
        + appointments
        + media
        + correspondence
        + resources
        + premises
        + respect
        + familiarity
        + concerns
        + roles
}
