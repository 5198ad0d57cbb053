/// Who acts in a general scenario, as the rule's party: a councillor, a member of staff, the clerk, a chair, a group leader.
struct ScenarioPerson {
    /// The slot name of the person ("cllr", "officer", "clerkName").
    let slot: String
    /// How the stem introduces them.
    let introduction: String
    let role: TraineeRole

    /// The person a rule binding `party` is about, or nil where no single person can stand for it.
    static func acting(for party: Party, as role: TraineeRole) -> ScenarioPerson? {
        switch (party, role) {
        case (.councillors, _), (.both, .councillor):
            return ScenarioPerson(slot: "cllr", introduction: "{cllr}", role: .councillor)
        case (.officers, _), (.both, .officer):
            return ScenarioPerson(slot: "officer", introduction: "{officer}, the council's {officer.role},", role: .officer)
        case (.clerk, _):
            return ScenarioPerson(slot: "clerkName", introduction: "{clerkName}, the {clerk},", role: .officer)
        case (.chairs, _):
            return ScenarioPerson(slot: "cllr", introduction: "{cllr}, who chairs the council's Amenities Committee,", role: .councillor)
        case (.partyGroups, _):
            return ScenarioPerson(slot: "cllr", introduction: "{cllr}, who leads one of the party groups on the council,", role: .councillor)
        case (.council, _):
            return nil
        }
    }

    /// Slot for a pronoun of this person, e.g. "{cllr.they}".
    func pronoun(_ form: String, capitalised: Bool = false) -> String {
        let slot = capitalised ? self.slot.prefix(1).uppercased() + self.slot.dropFirst() : self.slot
        return "{\(slot).\(form)}"
    }

    /// Slot for the short name: "Cllr Shah" or "Dan".
    var short: String { slot == "cllr" ? "{cllr.short}" : "{\(slot).first}" }

    /// The cast member behind the slot, for making the action's pronouns agree.
    func person(in template: TemplateText) -> Person {
        let pronoun = template[slot + ".they"] ?? "she"
        return Person(first: template[slot + ".first"] ?? "", last: "", pronoun: pronoun)
    }
}
