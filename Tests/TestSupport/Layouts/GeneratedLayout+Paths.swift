// Paths to the parts of a layout, so that the generator can place page breaks on them and the shrinker remove them.

extension GeneratedLayout {
    enum ClausePath: Hashable {
        case direct(Int, Int)
        case sub(Int, Int, Int)
    }

    enum BlockPath: Hashable {
        case clause(ClausePath)
        case item(ClausePath, Int)
        /// A paragraph of group `group` (nil: the introduction).
        case paragraph(Int?, Int)
    }

    var blockPaths: [BlockPath] {
        var paths: [BlockPath] = []
        if let intro { paths += intro.paragraphs.indices.map { .paragraph(nil, $0) } }
        for (g, group) in groups.enumerated() { paths += group.paragraphs.indices.map { .paragraph(g, $0) } }
        for path in clausePaths {
            paths.append(.clause(path))
            paths += self[path].items.indices.map { .item(path, $0) }
        }
        return paths
    }

    subscript(block path: BlockPath) -> Interruptions {
        get {
            switch path {
            case .clause(let clause): return self[clause].interruptions
            case .item(let clause, let item): return self[clause].items[item].interruptions
            case .paragraph(nil, let p): return intro!.paragraphs[p].interruptions
            case .paragraph(let g?, let p): return groups[g].paragraphs[p].interruptions
            }
        }
        set {
            switch path {
            case .clause(let clause): self[clause].interruptions = newValue
            case .item(let clause, let item): self[clause].items[item].interruptions = newValue
            case .paragraph(nil, let p): intro!.paragraphs[p].interruptions = newValue
            case .paragraph(let g?, let p): groups[g].paragraphs[p].interruptions = newValue
            }
        }
    }

    var clausePaths: [ClausePath] {
        var paths: [ClausePath] = []
        for (g, group) in groups.enumerated() {
            paths += group.clauses.indices.map { .direct(g, $0) }
            for (s, sub) in group.subgroups.enumerated() { paths += sub.clauses.indices.map { .sub(g, s, $0) } }
        }
        return paths
    }

    subscript(path: ClausePath) -> Clause {
        get {
            switch path {
            case .direct(let g, let c): return groups[g].clauses[c]
            case .sub(let g, let s, let c): return groups[g].subgroups[s].clauses[c]
            }
        }
        set {
            switch path {
            case .direct(let g, let c): groups[g].clauses[c] = newValue
            case .sub(let g, let s, let c): groups[g].subgroups[s].clauses[c] = newValue
            }
        }
    }
}
