import Foundation

/// The `Lexicon`'s titles and posts: the clerk's, officers' and councillors' titles as protocols print them, the patterns
/// of a council's roles, the staff posts a protocol lists, and what tells a principal council from a local one.
extension Lexicon {
    /// The clerk's titles, as protocols print them. `CouncilVocabulary` picks the council's own from these.
    static let clerkTitles = [
        "Town Clerk", "Parish Clerk", "City Clerk", "Clerk to the Council", "Chief Executive", "Proper Officer",
        "Head of Paid Service", "Parish Administrator", "Town Administrator", "Parish Manager", "Town Manager",
    ]
    /// Other officers' titles a protocol may use.
    static let officerTitles = [
        "Monitoring Officer", "Chief Finance Officer", "Section 151 Officer", "Responsible Financial Officer", "Deputy Clerk",
        "Assistant Clerk", "Director", "Head of Service", "Chief Officer", "Service Manager",
    ]
    /// Councillors' titles a protocol may use.
    static let councillorTitles = [
        "Chair", "Chairman", "Vice-Chair", "Vice-Chairman", "Mayor", "Town Mayor", "Deputy Mayor", "Leader", "Cabinet Member",
        "Portfolio Holder", "Group Leader", "Ward Member",
    ]

    /// Title slots of questions, the ways a protocol prints each title (most specific first), and how a question writes
    /// a printed form where it differs. `CouncilVocabulary` fills a slot only where the protocol uses the title.
    static let titleSlots: [(slot: String, printed: [String], written: [String: String])] = [
        ("clerk", ["Town Clerk", "Parish Clerk", "City Clerk", "Clerk to the Council", "Chief Executive", "Head of Paid Service",
                   "Managing Director", "Parish Administrator", "Town Administrator", "Parish Manager", "Town Manager", "Proper Officer",
                   "Clerk"], [:]),
        ("headOfPaidService", ["Chief Executive", "Head of Paid Service", "Managing Director"], [:]),
        ("director", ["Corporate Director", "Strategic Director", "Director", "Head of Service", "Chief Officer"], [:]),
        ("cabinetMember", ["Cabinet Member", "Executive Member", "Portfolio Holder"], [:]),
    ]

    /// Patterns of the council's other roles, most specific first; the first that matches is the council's own.
    /// The chair: a vice-chair or deputy is not the chair, nor is a committee's chairman.
    static let chairPatterns = [#"\bTown Mayor\b"#, #"\bCity Mayor\b"#, #"\bLord Mayor\b"#, #"\bProvost\b"#, #"\bPresiding Member\b"#, #"(?<!Deputy )(?<!Deputy-)\bMayor\b"#,
                                #"\bChair(man)? of the ((?i)(town |parish |district |county |borough |city )?council)\b"#,
                                #"(?<![Vv]ice-)(?<![Vv]ice )\bChair(man)?\b(?! of )"#]
    static let monitoringOfficerPatterns = [#"\bMonitoring Officer\b"#]
    static let leaderPatterns = [#"\bLeader of the Council\b"#]
    static let groupLeaderPatterns = [#"(?i)\bgroup leaders?\b"#,
                                      #"(?i)\bleaders? of (the|a|an|each|any|their|all) ((party|political|opposition|minority|majority) )?groups?\b"#]
    static let lineManagerPatterns = [#"(?i)\bline manager\b"#]
    /// What only a principal council has: an executive, a cabinet, portfolio holders, scrutiny (lower-cased).
    static let principalCouncilStructures = ["portfolio holder", "cabinet", "scrutiny", "the executive"]
    /// Names of principal councils ("Wyre District Council"); a town council's name says "Town Council". Not "City Council": a
    /// city of parish rank has a City Clerk, a principal city a Chief Executive.
    static let principalCouncilNames = ["District Council", "Borough Council", "County Council"]
    /// A member of staff's job title as printed: capitalised words ending in a job word ("Events Officer", "Deputy Town
    /// Clerk", "Grounds Supervisor", "Clerk's Assistant").
    static let staffPostPattern = #"\b(?:(?!(?:\#(postEnds))\b)[A-Z][a-z]+ (?:and|&) )?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:'s|’s)? ){1,3}(?:\#(postEnds))s?\b"#
    /// The words a staff post's title ends with. One joined to another by "and" is two posts ("the Clerk and Finance
    /// Officer"); other words so joined are one ("the Civic and Events Officer").
    private static let postEnds = "Officer|Manager|Administrator|Assistant|Supervisor|Co-?ordinator|Clerk|Caretaker|Warden|Attendant|Operative|Lengthsman|Groundsman|Groundskeeper|Foreman|Ranger|Handyperson|Handyman|Gardener|Cleaner|Steward|Technician"
    /// Words before a job title that are not part of it: a sentence's opening, a determiner.
    static let notPostStarts: Set<String> = [
        "The", "A", "An", "Any", "Each", "Every", "All", "No", "Such", "Other", "Where", "When", "If", "Our", "Its", "This",
        "That", "Their", "These", "Those", "Members", "Councillors", "Staff", "Officers", "Employees", "Council", "Councils",
        "Relevant", "Appropriate", "Senior", "Line", "As", "And", "Or", "By", "For", "With", "From", "To", "Of", "In", "On",
        "At", "Both", "Either", "Also", "Then", "Including", "Whether", "While", "Unless", "Once", "Until", "Only",
        "Dear", "Please", "Contact", "Ask",
    ]
    /// First words of titles that are no post of this council's staff: statutory roles, another council's officers.
    static let notStaffPosts: Set<String> = [
        "Proper", "Monitoring", "Returning", "Chief", "Responsible", "Section", "Designated", "Electoral", "Data", "Protection",
        "District", "County", "Borough", "Principal", "Head", "Lead", "Independent", "Investigating", "Presiding", "Scrutiny",
        "Local", "National", "Society", "Association",
    ]
    /// The staff posts a text names, in the order they first appear: not the statutory officers (Monitoring Officer,
    /// Responsible Financial Officer), not a phrase that opens a sentence ("Where Officer …").
    static func staffPosts(in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: staffPostPattern) else { return [] }
        var found: [String] = []
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            // "the Society of Local Council Clerks", "the Association of …": an organisation's name, not a post.
            let before = text[..<range.lowerBound].suffix(30).split(separator: " ").suffix(2)
            if before.count == 2, before.last == "of", before.first?.first?.isUppercase == true { continue }
            var words = text[range].split(separator: " ").map(String.init)
            // "Seeking Advice The Clerk …": a heading run into the text; the title starts after the last such word. "The
            // Council's Finance Officer": a possessive of such a word is no part of the title either.
            func bare(_ word: String) -> String {
                word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
            }
            if let last = words.lastIndex(where: { notPostStarts.contains(bare($0)) }) { words.removeFirst(last + 1) }
            while let first = words.first, ["and", "&"].contains(first) { words.removeFirst() }
            guard words.count >= 2, let first = words.first, !notStaffPosts.contains(first) else { continue }
            // "acts as Deputy Proper Officer": a statutory role someone holds, not a post of its own.
            if words.dropFirst().contains(where: notStaffPosts.contains) { continue }
            var post = words.joined(separator: " ")
            if post.hasSuffix("s"), !post.hasSuffix("ss") { post.removeLast() }
            if !found.contains(post) { found.append(post) }
        }
        return found
    }
    /// Manual posts a small council names in lower case ("a part-time caretaker", "the parish lengthsman"), which the
    /// capitalised titles miss: readers met an Administration Officer at a council whose staff are a Clerk and a caretaker.
    static func manualPosts(in text: String) -> [String] {
        let pattern = #"(?i)\b(?:the|a|an|our|its|one|part-time|full-time|parish|village|council's) (?:part-time |full-time |parish |village )?(caretaker|lengthsman|lengthsperson|groundsman|groundsperson|groundskeeper|handyman|handyperson|cleaner|litter picker|gardener|warden)\b"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        var found: [String] = []
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range(at: 1), in: text) else { continue }
            let post = text[range].lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            if !found.contains(post) { found.append(post) }
        }
        return found
    }

    /// How a protocol says its clerk is its only member of staff.
    static let onlyEmployeePatterns = [
        #"(?i)\b(only|sole) (paid |salaried )?(employee|member of staff|officer|staff member)\b"#,
        #"(?i)\bonly one (paid )?(employee|member of staff|officer)\b"#,
        #"(?i)\b(employs|has) (only )?(one|a single) (paid )?(person|employee|member of staff)\b"#,
        #"(?i)\bonly (person|one) (the council|it) employs\b"#,
        #"(?i)\b(has|employs) no (other )?(staff|employees) (other than|besides|apart from|except)\b"#,
        #"(?i)\bno other (staff|employees)\b"#,
    ]
    /// How a protocol says councillors reach the other staff only through the clerk ("requests to staff should be made
    /// through the Town Clerk"): readers rejected a key that had a councillor go straight to another officer there.
    static let throughClerkPatterns = [
        #"(?i)\b(requests?|enquiries|queries|questions|contacts?|approaches|instructions|work)\b[^.;]{0,90}\b(through|via|by way of) the (town |parish |community |city )?clerk\b"#,
        // "All requests for documents or information that are not already public must be made to the Town Clerk".
        #"(?i)\b(requests?|enquiries|queries|questions|instructions)\b[^.;]{0,100}\b(should|must|shall|are to|will) (normally |always |first )?(be )?(made|directed|sent|addressed|put|routed|channelled|referred|go) (in the first instance )?to the (town |parish |community |city )?clerk\b"#,
        #"(?i)\b(through|via) the (town |parish |community |city )?clerk\b[^.;]{0,60}\b(rather than|not) (directly|direct|straight)?\s?(to|with)? ?(other |individual |junior )?(staff|employees|officers)\b"#,
    ]
    /// How a protocol sends councillors' requests to another post and expressly not to the head of staff ("requests
    /// for action go to the Deputy Town Clerk, and not to the Town Clerk"): readers rejected keys that passed a request
    /// to the Town Clerk there.
    static let pastTheClerkPatterns = [
        #"(?i)\b(requests?|enquiries|queries|instructions)\b[^.;]{0,160}\b(and not|not|rather than|instead of)( to| with| through)? the (town |parish |community |city )?(clerk|chief executive|managing director)\b"#,
    ]
    /// How a principal council's protocol sends councillors' enquiries through a channel rather than to any officer
    /// ("casework should use the Members' Enquiries service rather than approaching individual officers", "the first
    /// approach to an officer below Head of Service should be made through the Head of Service").
    static let throughChannelPatterns = [
        #"(?i)\b(casework|enquiries|requests|queries)\b[^.;]{0,100}\b(through|via|use|using) the (members'? |member |councillors'? |councillor )?(enquir(y|ies)|casework) (service|system|team|portal)\b"#,
        #"(?i)\brather than (approaching|contacting|going to) (individual|front-?line|junior) (officers|staff)\b"#,
        #"(?i)\bapproach(es)? [^.;]{0,60}\bbelow (head of service|director|assistant director) (level )?[^.;]{0,60}\bthrough\b"#,
        // "direct their contact, in the first instance, to Service Managers and not to officers below that level".
        #"(?i)\b(contact|approach(es)?|requests?|enquiries)\b[^.;]{0,80}\bnot (to |with )?(officers|staff|employees) below (that|this|the) (level|grade)\b"#,
    ]
    /// How a protocol says each ward or division has one councillor ("61 electoral divisions, each with one county
    /// councillor"): readers met two councillors for one such division.
    /// "The Clerk works from home", "the council has no office": no story has someone call in at the council office.
    static let noOfficePatterns = [
        // The clerk's own home, not "officers working from home must keep data secure".
        #"\bclerk\b[^.;]{0,40}\b(works?|working|is based|based) (mainly |mostly |largely |chiefly )?(from|at) (home|their home|his home|her home)\b"#,
        #"\b(home-based|home based) clerk\b"#, #"\bclerk is home-based\b"#,
        #"\b(has|have) no (council |parish |town )?office\b"#, #"\bdoes not have an? (council |parish |town )?office\b"#,
        #"\bno (council |parish )?office (premises|building)\b"#,
    ]
    static let singleMemberWardPatterns = [
        #"(?i)\bsingle-member (wards|divisions)\b"#,
        #"(?i)\b(wards|divisions),? each (with|represented by|electing|of) (one|a single) (\w+ )?(councillor|member)\b"#,
        #"(?i)\beach (ward|division) (has|elects|returns|is represented by) (one|a single) (\w+ )?(councillor|member)\b"#,
        // "68 councillors, each elected for one of the county's divisions"; "the divisional councillor" of a division.
        #"(?i)\b(councillors|members),? each (elected|returned|chosen) (for|by|in|to represent) (one|a single) [^.;]{0,30}\bdivisions?\b"#,
        #"(?i)\bthe divisional (councillor|member)\b(?!s|\s?\()"#,
    ]
    /// How a protocol says its staff do not brief party groups at all ("staff will not provide briefings to a group
    /// as such"): readers met a Town Clerk briefing groups at such a council.
    static let noGroupBriefingPatterns = [
        #"(?i)\b(will|do|does|must|shall|should|may) not (attend meetings of (either|any|a) (political |party )?group|provide (briefings?|advice) to (a|any|either) (political |party )?group|brief (a|any|either) (political |party )?group|brief (political |party )?groups)"#,
        #"(?i)\bno (briefings?|advice) (will be |is )?(given|provided) to (political |party )?groups\b"#,
        // Not "will not attend a meeting of a party group where some of those attending are not councillors".
        #"(?i)\b(will|do|does|must|shall|should) not attend\b[^.;]{0,40}\bmeetings? of (a|any|either) (political |party )?group(?![^.;]*\b(where|if|unless|when|except)\b)"#,
        // "Staff will not attend party group meetings."
        #"(?i)\b(will|do|does|must|shall|should) not attend (any |the )?(political|party)([- ]political)? groups?('s|s')? meetings?\b(?![^.;]*\b(where|if|unless|when|except)\b)"#,
    ]
    /// How a protocol says only its senior officers brief or attend party groups ("briefings may be given by the Chief
    /// Executive or a Director; other officers will not normally attend"): readers met a Business Support Officer
    /// briefing a group at such a council.
    static let seniorGroupBriefingPatterns = [
        #"(?i)\bbriefings?\b[^.;]{0,40}\b(may|will|shall|should) (only |normally )?be (given|provided|attended) (only )?by (the |a |an )?"# + SeniorPosts.alternation + #"\b"#,
        #"(?i)\bother (officers|staff|employees) (will|do|shall|should|must) not (normally |usually )?attend\b[^.;]{0,40}\bgroups?\b"#,
        #"(?i)\bonly (the |a |an )?"# + SeniorPosts.alternation + #"\b[^.;]{0,60}\b(attend|brief)[^.;]{0,40}\bgroups?\b"#,
        #"(?i)\b(officers|staff) below (the level of |the grade of )?(an? )?(head of service|director|assistant director|chief officer)\b[^.;]{0,80}\bgroups?\b"#,
        // "only officers at the level of Head of Service or above will attend group meetings".
        #"(?i)\bonly (officers|staff|employees) (at|of) (the )?(level|grade) of (an? )?"# + SeniorPosts.alternation + #"\b[^.;]{0,60}\b(attend|brief)[^.;]{0,40}\bgroups?\b"#,
        // "The Chief Executive, the Directors and, with their Director's agreement, Heads of Service may attend meetings
        // of political groups": a sentence that lists only senior posts, and no other officers, as those who may attend.
        #"(?i)(^|[.;:]\s+)(the )?"# + SeniorPosts.alternation + #"\b(?:(?!officers|staff|employees)[^.;]){0,140}\bmay (attend|brief)\b[^.;]{0,40}\bgroups?\b"#,
    ]
    /// Names of local councils.
    static let localCouncilNames = ["Town Council", "Parish Council", "Community Council"]
    static let staffCommitteePatterns = [#"\b(Personnel|Staffing|Employment|HR|Human Resources|Staff) (Sub-)?Committee\b"#]

    /// The titles of `clerkTitles`, `officerTitles` and `councillorTitles` that `text` uses, as printed, in the order
    /// they first appear; a title inside a longer one counts once ("Town Mayor", not also "Mayor").
    static func titles(in text: String) -> [String] {
        // One pass per title from where the last match ended, on UTF-16 offsets that blanking out does not move: a long
        // protocol naming its Clerk hundreds of times was searched again from the start after every match.
        let remaining = NSMutableString(string: text)
        // Blanking out keeps the length, and asking a bridged string its length is not free.
        let length = remaining.length
        var found: [(offset: Int, title: String)] = []
        for title in (clerkTitles + officerTitles + councillorTitles).sorted(by: { $0.count > $1.count }) {
            var first: Int?
            var start = 0
            while start < length {
                let range = remaining.range(of: title, options: [.literal], range: NSRange(location: start, length: length - start))
                guard range.location != NSNotFound else { break }
                let before = range.location == 0 ? " " : remaining.substring(with: NSRange(location: range.location - 1, length: 1))
                let end = range.location + range.length
                let after = end >= length ? " " : remaining.substring(with: NSRange(location: end, length: 1))
                if !(before.first?.isLetter ?? false), !(after.first?.isLetter ?? false), first == nil { first = range.location }
                // Blank it out so that a shorter title inside it is not found again.
                remaining.replaceCharacters(in: range, with: String(repeating: "_", count: range.length))
                start = end
            }
            if let first { found.append((first, title)) }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.title)
    }

    /// Ways a protocol says its council has no wards, lower-case.
    static let noWardsPatterns = [#"\b(no|without) wards\b"#, #"\bnot (divided|split|broken) into wards\b"#, #"\bun-?warded\b"#,
                                  #"\bnot warded\b"#, #"\b(is|as|forms) (a|one) single ward\b"#]

    /// How a protocol speaks of party or political groups: not a village Facebook group or a working group.
    static let partyGroupPatterns = [#"(?i)\b(party|political|opposition|majority|minority|party-political)\s+groups?\b"#,
                                     #"(?i)\bgroup leaders?\b"#, #"(?i)\bgroup meetings?\b"#,
                                     #"(?i)\bleaders? of (the|a|each|any) (\w+ )?groups?\b"#]
    /// How a protocol names groups only to say there are none ("there are no political groups").
    static let noPartyGroupsPatterns = [#"(?i)\b(there are|has|have) no (formal )?((party|political|party political|party-political)( or (party|political))? )?groups\b"#,
                                        #"(?i)\b(councillors|members) (all )?sit as independent(s| members| councillors)?\b"#,
                                        #"(?i)\bnot organised (itself )?(along|on) (party )?political lines\b"#,
                                        #"(?i)\b(recogni[sz]es?|recogni[sz]e) no ((party|political|party political|party-political)( or (party|political))? )?groups\b"#,
                                        #"(?i)\b(does|do) not recogni[sz]e (any )?((party|political|party political|party-political)( or (party|political))? )?groups\b"#,
                                        #"(?i)\b(does|do) not (operate|have|run) (any )?(formal )?(party |political |party political |party-political )groups\b"#,
                                        #"(?i)\bno ((party|political|party political|party-political)( or (party|political))? )?groups (are )?(formally |officially |currently )?(represented|recogni[sz]ed|formed)\b"#,
                                        #"(?i)\b(and|with|nor|but) no (party |political |party political |party-political )groups\b"#,
                                        #"(?i)\b(does|do) not (operate|have|run) (a|any) (formal )?system of (party |political )?groups\b"#]
}
