import TrainerModel

/// The people of one bank, cast once for the whole bank: each name is one person with one part in every question (a
/// councillor; a member of staff with one job title; the clerk), so that a session reads as one story. Readers were
/// confused when the same name was an officer in one question and a councillor in the next.
///
/// The seed chooses who is cast and each scenario's people from the cast; it never changes which questions there are.
struct BankCast {
    let councillors: [Person]
    /// Members of staff other than the clerk, each with the job title they have in every question.
    let staff: [(person: Person, role: String)]
    let clerk: Person

    /// A parish or town council's size: enough people that scenarios vary, few enough that names come round again.
    static let councillorCount = 14
    static let staffCount = 6

    /// Whether the clerk is the council's only member of staff, and so the officer of every scenario.
    let clerkIsOnlyStaff: Bool

    /// Casts the bank for `seed`, with `staffCount` members of staff whose job titles come from `staffRoles`; with no
    /// staff roles, the clerk (titled `clerkTitle`) is the only member of staff.
    /// `council` varies the cast between councils: readers met the same names word for word in two councils' banks.
    init(seed: UInt64, council: String = "", staffRoles: [String], staffCount: Int = Self.staffCount, clerkTitle: String = "Clerk") {
        var random = SeededRandom(seed: StableID.number([String(seed), "bank cast"] + (council.isEmpty ? [] : [council])))
        var women = random.shuffle(Cast.women.map { Person(first: $0.0, last: $0.1, pronoun: "she") })
        var men = random.shuffle(Cast.men.map { Person(first: $0.0, last: $0.1, pronoun: "he") })
        func take(_ count: Int) -> [Person] {
            // Half women, half men, so that a scenario can always have one of each.
            let chosen = Array(women.prefix(count / 2)) + Array(men.prefix(count - count / 2))
            women.removeFirst(min(count / 2, women.count))
            men.removeFirst(min(count - count / 2, men.count))
            return chosen
        }
        councillors = take(Self.councillorCount)
        let roles = random.shuffle(staffRoles)
        clerkIsOnlyStaff = staffRoles.isEmpty
        // The staff are taken before the clerk is chosen, so that the clerk is nobody else in the cast.
        let others = clerkIsOnlyStaff ? [] : take(staffCount)
        let clerk = random.pick(random.below(2) == 0 ? women : men)
        self.clerk = clerk
        staff = clerkIsOnlyStaff ? [(clerk, clerkTitle)] : others.enumerated().map { ($0.element, roles[$0.offset % roles.count]) }
    }

    /// One scenario's people: two councillors and two members of staff from the cast, the first councillor and the
    /// first member of staff a woman and a man (in either order), as the scenarios are written for.
    /// One scenario's people for a scenario whose officer does `work`: a member of staff whose job fits it, where the
    /// cast has one.
    /// The officer is not one of the `avoiding` job titles, where the cast has someone else.
    func scene(random: inout SeededRandom, work: Set<StaffDuties.Work> = [], avoiding: Set<String> = []) -> (councillors: [Person], staff: [(person: Person, role: String)]) {
        guard staff.count > 1 else {
            // A parish's one member of staff: the councillor is chosen to be of the other sex instead, and the second
            // member of staff, whom no scenario names, is the same person.
            let officer = staff[0]
            let councillor = random.pick(councillors.filter { $0.pronoun != officer.person.pronoun })
            let councillor2 = random.pick(councillors.filter { $0.last != councillor.last })
            return ([councillor, councillor2], [officer, officer])
        }
        // Work no job is named for (an agenda, a letter) goes to someone whose job is general, where the council has
        // one: readers met a Cemetery Supervisor preparing the agenda and a Finance Officer writing about a hedge.
        let open = staff.filter { !avoiding.contains($0.role) }
        let candidates = open.isEmpty ? staff : open
        var fitting = work.isEmpty ? candidates.filter { StaffDuties.isGeneral($0.role) } : candidates.filter { StaffDuties.fits($0.role, work) }
        // No job fits the work: someone whose job is general, where the council has one, or else in the office.
        if fitting.isEmpty { fitting = candidates.filter { StaffDuties.isGeneral($0.role) } }
        if fitting.isEmpty, work.isEmpty { fitting = candidates.filter { StaffDuties.isOfficeWork($0.role) } }
        if fitting.isEmpty, candidates.count < staff.count { fitting = candidates }
        if !fitting.isEmpty, fitting.count < staff.count {
            // The officer first, from those whose job fits; then a councillor of the other sex.
            let officer = random.pick(fitting)
            let councillor = random.pick(councillors.filter { $0.pronoun != officer.person.pronoun })
            let councillor2 = random.pick(councillors.filter { $0.last != councillor.last })
            let officer2 = random.pick(staff.filter { $0.person.last != officer.person.last })
            return ([councillor, councillor2], [officer, officer2])
        }
        let councillor = random.pick(councillors)
        let officer = random.pick(staff.filter { $0.person.pronoun != councillor.pronoun })
        let councillor2 = random.pick(councillors.filter { $0.last != councillor.last })
        let officer2 = random.pick(staff.filter { $0.person.last != officer.person.last })
        return ([councillor, councillor2], [officer, officer2])
    }
}
