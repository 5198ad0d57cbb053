import TrainerModel

// The topics' cues belong to the analyser, not to the model: the enum is part of the files' contract, how a sentence
// is classified into one is not.

extension Topic {
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
