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

    /// Words that point to each topic, strongest first. Matched against lower-cased text.
    static let cues: [(Topic, [String])] = [
        (.partyGroups, ["party group", "political group", "group meeting", "party political group"]),
        (.lobbying, ["lobby", "lobbying"]),
        (.appointments, ["appointment", "selection panel", "candidate", "canvass", "appointments panel", "recruitment", "interview"]),
        (.media, ["media", "the press", "press release", "press statement", "reporter", "journalist", "newspaper"]),
        (.interests, ["pecuniary", "prejudicial interest", "declare", "interest as defined", "professionally interested"]),
        (.documents, ["inspect", "copy of any document", "access to documents", "need to know", "access to information",
                      "information, explanation", "documents"]),
        (.confidentiality, ["confidential", "not for publication", "in confidence", "betrayal of trust", "disclose", "confidences"]),
        (.correspondence, ["correspondence", "letter", "email", "e-mail", "copied to", "in writing"]),
        (.resources, ["equipment", "stationery", "support services", "resources", "photocopying", "facilities", "consumable"]),
        (.premises, ["premises", "council land", "visits", "schools", "establishments"]),
        (.instructions, ["instruct", "instructions", "direct staff", "give instructions", "line manager"]),
        (.dayToDay, ["day to day", "day-to-day", "operational", "administrative aspects", "service delivery", "delegated",
                     "delegation"]),
        (.neutrality, ["political bias", "impartial", "neutrality", "political views", "politically", "party political",
                       "political opinions", "electioneering", "political nature", "objectively"]),
        (.concerns, ["concern", "complaint", "dispute", "dissatisfied", "unhappy", "breach", "criticism", "allegation",
                     "grievance", "mediation", "disciplinary"]),
        (.respect, ["respect", "courtesy", "courteous", "dignity", "bully", "harassment", "abuse", "personal attack",
                    "undue pressure", "victimise", "pressurise", "pressure"]),
        (.familiarity, ["familiarity", "personal relationship", "close personal", "friend", "relative", "special relationship",
                        "friendship"]),
        (.expectations, ["can expect", "expect from"]),
        (.roles, ["role", "responsibilit", "policy", "advice", "recommendation", "professional view", "accountable", "decisions"]),
    ]

    /// The topic whose cues appear most in `text` (ties go to the earlier, more specific topic).
    static func classify(_ text: String, heading: String?) -> Topic {
        let body = WordStarts(text), title = WordStarts(heading ?? "")
        var best: (Topic, Int)?
        for (topic, words) in cueBytes {
            var score = 0
            for cue in words {
                if body.has(cue) { score += 2 }
                if title.has(cue) { score += 1 }
            }
            if score > (best?.1 ?? 0) { best = (topic, score) }
        }
        return best?.0 ?? .roles
    }

    private static let cueBytes: [(Topic, [[UInt8]])] = cues.map { topic, words in (topic, words.map { Array($0.utf8) }) }

    /// Lower-cased text as bytes, with the places where a cue may begin: the start, or after a space, "(" or "-"
    /// ("respect" is not in "prospect"). Classifying every sentence of a long protocol must not cost a string search
    /// per cue.
    private struct WordStarts {
        let bytes: [UInt8]
        /// For each first byte, where a word starting with it begins.
        var starts: [UInt8: [Int]] = [:]

        init(_ text: String) {
            bytes = Array(text.lowercased().utf8)
            for index in bytes.indices {
                let previous = index == 0 ? UInt8(ascii: " ") : bytes[index - 1]
                if previous == UInt8(ascii: " ") || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "-") {
                    starts[bytes[index], default: []].append(index)
                }
            }
        }

        func has(_ cue: [UInt8]) -> Bool {
            guard let first = cue.first else { return false }
            return (starts[first] ?? []).contains { start in
                start + cue.count <= bytes.count && bytes[start..<start + cue.count].elementsEqual(cue)
            }
        }
    }
}
