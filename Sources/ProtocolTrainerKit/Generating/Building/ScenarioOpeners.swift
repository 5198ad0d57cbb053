/// The first words of a general scenario, fitting its topic, so that a rule is met in a situation.
enum ScenarioOpeners {
    static func openers(for topic: Topic) -> [String] {
        switch topic {
        case .instructions: return ["After a site visit to {place},", "On a busy {day} morning,"]
        case .dayToDay: return ["While calling in at the council office on {day},", "After a resident complained about {place},"]
        case .lobbying: return ["Over a cup of tea after a committee meeting,", "Meeting by chance at {place},"]
        case .neutrality: return ["In the run-up to the local elections,", "At a public meeting at {place},"]
        case .partyGroups: return ["Before the budget meeting,", "After a party group meeting on {day},"]
        case .confidentiality: return ["After a meeting held in private session,", "Chatting with a neighbour at {place},"]
        case .documents: return ["While preparing for a committee meeting,", "After a resident asked about plans for {place},"]
        case .interests: return ["Looking at next week's agenda,", "When a planning matter about {place} came up,"]
        case .appointments: return ["While the council was recruiting a new member of staff,", "During a recruitment round on {day},"]
        case .media: return ["When a reporter from the local paper rang on {day},", "After a story about {place} appeared online,"]
        case .correspondence: return ["Answering an email from a resident on {day},", "Writing to a contractor about {place},"]
        case .resources: return ["In the council office on {day},", "Getting ready for a community event at {place},"]
        case .premises: return ["On a visit to {place},", "Calling in at {place} on {day},"]
        case .concerns: return ["After a difficult meeting on {day},", "After a disagreement at {place},"]
        case .respect: return ["At a committee meeting on {day},", "After a tense meeting about {place},"]
        case .familiarity: return ["At a social evening at {place},", "After working together for several years,"]
        case .wardMembers: return ["After a resident stopped a councillor at {place},", "Before a public meeting about {place},"]
        case .roles, .expectations: return ["At a committee meeting on {day},", "Preparing for the next full council meeting,"]
        }
    }
}
