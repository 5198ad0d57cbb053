extension GeneratedLayout {
    /// Anything beyond the bare title and the numbered text.
    var hasFurniture: Bool {
        councilName != nil || approvedLine != nil || runningHeader || footer != nil || contents != nil
            || contentsTitle != nil || blockPaths.contains { !self[block: $0].isEmpty } || spacedWatermark || endMarker || crlf || nbspSeed != nil
            || wrapWidth != nil || continuationIndent != 0 || itemIndent != 0 || breakBlanks != 1 || formFeed
    }

    /// Smaller layouts, each with one part removed or one feature switched to its plain form; most drastic first.
    func shrinks() -> [GeneratedLayout] {
        var out: [GeneratedLayout] = []
        func with(_ change: (inout GeneratedLayout) -> Void) {
            var copy = self
            change(&copy)
            out.append(copy)
        }

        let blocks = blockPaths
        // Drastic cuts first: one group only, no furniture at all.
        if groups.count > 2 { for g in groups.indices { with { $0.groups = [$0.groups[g]] } } }
        var plain = GeneratedLayout(family: family, headingStyle: headingStyle, flatCloser: flatCloser,
                                    bareAloneNumbers: bareAloneNumbers, intro: intro, groups: groups, title: title)
        for block in blocks { plain[block: block] = Interruptions() }
        if hasFurniture, !plain.hasFurniture {
            out.append(plain)
        }

        // Structure.
        if groups.count > 1 { for g in groups.indices { with { $0.groups.remove(at: g) } } }
        if intro != nil { with { $0.intro = nil } }
        for (g, group) in groups.enumerated() {
            if group.clauses.count + group.subgroups.count > 1 {
                for s in group.subgroups.indices { with { $0.groups[g].subgroups.remove(at: s) } }
            }
            if group.clauses.count > 1 || (!group.subgroups.isEmpty && !group.clauses.isEmpty) {
                for c in group.clauses.indices { with { $0.groups[g].clauses.remove(at: c) } }
            }
            for (s, sub) in group.subgroups.enumerated() where sub.clauses.count > 1 {
                for c in sub.clauses.indices { with { $0.groups[g].subgroups[s].clauses.remove(at: c) } }
            }
            for p in group.paragraphs.indices { with { $0.groups[g].paragraphs.remove(at: p) } }
            if group.heading != nil, family == .flat || family == .repeating, g == 0 { with { $0.groups[g].heading = nil; $0.groups[g].paragraphs = [] } }
        }
        if let intro, intro.paragraphs.count > 1 {
            for p in intro.paragraphs.indices { with { $0.intro!.paragraphs.remove(at: p) } }
        }

        // Furniture.
        let interrupted = blocks.filter { !self[block: $0].isEmpty }
        if interrupted.count > 1 {
            with { for block in interrupted { $0[block: block] = Interruptions() } }
        }
        for block in interrupted {
            let here = self[block: block]
            for b in here.pageBreaks.indices { with { $0[block: block].pageBreaks.remove(at: b) } }
            for w in here.watermarks.indices { with { $0[block: block].watermarks.remove(at: w) } }
            for (b, offset) in here.pageBreaks.enumerated() where offset > 0 { with { $0[block: block].pageBreaks[b] = offset - 1 } }
        }
        if contents != nil { with { $0.contents = nil } }
        if runningHeader { with { $0.runningHeader = false } }
        if footer != nil { with { $0.footer = nil } }
        if councilName != nil { with { $0.councilName = nil } }
        if approvedLine != nil { with { $0.approvedLine = nil } }
        if endMarker { with { $0.endMarker = false } }
        if crlf { with { $0.crlf = false } }
        if nbspSeed != nil { with { $0.nbspSeed = nil } }
        if wrapWidth != nil { with { $0.wrapWidth = nil } }
        if let width = wrapWidth, width < 90 { with { $0.wrapWidth = width + 1 } }
        if continuationIndent != 0 { with { $0.continuationIndent = 0 } }
        if itemIndent != 0 { with { $0.itemIndent = 0 } }
        if breakBlanks != 1 { with { $0.breakBlanks = 1 } }
        if formFeed { with { $0.formFeed = false } }
        if contentsTitle != nil { with { $0.contentsTitle = nil } }
        if spacedWatermark { with { $0.spacedWatermark = false } }
        if headingStyle != .dotted { with { $0.headingStyle = .dotted } }
        if flatCloser != "." { with { $0.flatCloser = "." } }
        if bareAloneNumbers { with { $0.bareAloneNumbers = false } }
        for (g, group) in groups.enumerated() where group.headingGap != 1 { with { $0.groups[g].headingGap = 1 } }

        // Clauses.
        for path in clausePaths {
            let clause = self[path]
            if !clause.items.isEmpty {
                with { $0[path].items = [] }
                if clause.items.count > 1 { for i in clause.items.indices { with { $0[path].items.remove(at: i) } } }
            }
            if clause.sentences.count > 1 { for s in clause.sentences.indices { with { $0[path].sentences.remove(at: s) } } }
            for (s, sentence) in clause.sentences.enumerated() where sentence.count > 3 {
                with { $0[path].sentences[s] = Array(sentence.prefix(3)) }
                with { $0[path].sentences[s].removeLast() }
            }
            for (i, item) in clause.items.enumerated() where item.words.count > 2 {
                with { $0[path].items[i].words = Array(item.words.prefix(2)) }
                with { $0[path].items[i].words.removeLast() }
            }
            if clause.struck != nil { with { $0[path].struck = nil } }
            if let struck = clause.struck, struck.words.count > 1 { with { $0[path].struck!.words.removeLast() } }
            if !clause.footnotes.isEmpty { with { $0[path].footnotes = [] } }
            if clause.numberAlone { with { $0[path].numberAlone = false } }
            if clause.tightNumber { with { $0[path].tightNumber = false } }
            if clause.runIn { with { $0[path].runIn = false } }
            if clause.gapBefore != 1 { with { $0[path].gapBefore = 1 } }
            if clause.numberStyle != .plain { with { $0[path].numberStyle = .plain } }
            if clause.conjunction { with { $0[path].conjunction = false } }
            if clause.capitalisedItems { with { $0[path].capitalisedItems = false } }
            if clause.items.contains(where: { $0.gapBefore != 0 }) {
                with { for i in $0[path].items.indices { $0[path].items[i].gapBefore = 0 } }
            }
        }
        return out
    }
}
