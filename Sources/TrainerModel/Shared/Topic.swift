/// What a rule is about; questions are spread across topics.
public enum Topic: String, Sendable, Codable, CaseIterable {
    case instructions = "instructions-to-staff"
    case dayToDay = "day-to-day-running"
    case lobbying
    case neutrality = "political-neutrality"
    case partyGroups = "party-groups"
    case confidentiality
    case documents = "access-to-documents"
    case interests
    case appointments
    case media
    case correspondence
    case resources = "council-resources"
    case premises
    case concerns = "concerns-and-complaints"
    case respect = "respect-and-bullying"
    case familiarity = "personal-familiarity"
    case roles
    case expectations
    /// Ward (local) members: being told of matters in their ward, public meetings there, surgeries, residents' queries.
    /// Only the catalogue names it; clauses are not classified into it, so readings do not change.
    case wardMembers = "ward-members"

    /// A plain name for reports and results.
    public var title: String {
        switch self {
        case .instructions: return "Instructions to staff"
        case .dayToDay: return "Day-to-day running"
        case .lobbying: return "Lobbying"
        case .neutrality: return "Political neutrality"
        case .partyGroups: return "Party groups"
        case .confidentiality: return "Confidentiality"
        case .documents: return "Access to documents"
        case .interests: return "Interests"
        case .appointments: return "Appointments"
        case .media: return "The media"
        case .correspondence: return "Correspondence"
        case .resources: return "Council resources"
        case .premises: return "Council premises"
        case .concerns: return "Concerns and complaints"
        case .respect: return "Respect and bullying"
        case .familiarity: return "Personal familiarity"
        case .roles: return "Roles"
        case .expectations: return "What each side can expect"
        case .wardMembers: return "Ward members"
        }
    }
}
