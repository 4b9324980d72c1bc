import ClaimwatchCore

/// Planting: the labelled pairs between a new article and the articles before it.
extension NewsGenerator {
    /// For each fact the new article states, a pair with the same fact in an earlier article of
    /// another outlet (unless both alter it); then look-alikes.
    mutating func plant(_ new: ArticleRecord) -> [PlantedPair] {
        let kind = stories[new.story].kind
        let earlier = articles.filter { $0.story == new.story && $0.article.outlet != new.article.outlet && $0.publishedDay <= new.publishedDay }
        var planted: [PlantedPair] = []
        for fact in new.facts where kind.facts[fact.fact].role != .earlierEvent {
            let candidates = earlier.compactMap { old in old.facts.first { $0.fact == fact.fact }.map { (old, $0) } }
                .filter { Self.relation(fact, $0.1, role: kind.facts[fact.fact].role) != nil }
            guard !candidates.isEmpty else { continue }
            // Wire copy taken word for word happens, but mostly outlets reword: prefer another wording.
            let reworded = candidates.filter { $0.1.text != fact.text }
            let (old, oldFact) = random.pick(reworded.isEmpty || random.chance(0.2) ? candidates : reworded)
            let (label, type, field) = Self.relation(fact, oldFact, role: kind.facts[fact.fact].role)!
            planted.append(pair(new, fact, old, oldFact, label, type, field, story: kind.name))
        }
        planted += lookalikes(new, earlier: earlier, kind: kind)
        return planted
    }

    /// Look-alikes, each with some probability: the other number against the headline number, the
    /// earlier event against the headline number, two different statements of the story, and the
    /// headline number of another story of the same kind.
    mutating func lookalikes(_ new: ArticleRecord, earlier: [ArticleRecord], kind: StoryKind) -> [PlantedPair] {
        func role(_ f: RenderedFact) -> FactTemplate.Role { kind.facts[f.fact].role }
        var planted: [PlantedPair] = []
        let combinations: [(FactTemplate.Role, [FactTemplate.Role], String, Double)] = [
            (.otherNumber, [.headlineNumber], "lookalike-number", 0.45),
            (.headlineNumber, [.otherNumber], "lookalike-number", 0.25),
            (.earlierEvent, [.headlineNumber], "same entities, other event", 0.8),
            (.headlineNumber, [.earlierEvent], "same entities, other event", 0.4),
            (.polar, [.quote, .contested, .dated], "lookalike-topic", 0.2),
            (.contested, [.quote, .polar], "lookalike-topic", 0.15),
        ]
        for (newRole, oldRoles, type, probability) in combinations {
            guard let fact = new.facts.first(where: { role($0) == newRole }), random.chance(probability) else { continue }
            let candidates = earlier.flatMap { old in old.facts.filter { oldRoles.contains(role($0)) }.map { (old, $0) } }
            guard !candidates.isEmpty else { continue }
            let (old, oldFact) = random.pick(candidates)
            planted.append(pair(new, fact, old, oldFact, .none, type, nil, story: kind.name))
        }
        // The same kind of story elsewhere: another event told in the same words.
        if random.chance(0.35), let fact = new.facts.first(where: { role($0) == .headlineNumber }) {
            let others = articles.filter {
                $0.story != new.story && stories[$0.story].kind.name == kind.name && $0.article.outlet != new.article.outlet
                    && stories[$0.story].country.name != stories[new.story].country.name && $0.publishedDay <= new.publishedDay
            }
            let candidates = others.flatMap { old in old.facts.filter { $0.fact == fact.fact }.map { (old, $0) } }
            if !candidates.isEmpty {
                let (old, oldFact) = random.pick(candidates)
                planted.append(pair(new, fact, old, oldFact, .none, "other event", nil, story: kind.name))
            }
        }
        return planted
    }

    mutating func pair(
        _ new: ArticleRecord, _ fact: RenderedFact, _ old: ArticleRecord, _ oldFact: RenderedFact,
        _ label: PairLabel, _ type: String, _ field: Conflict.Field.Kind?, story: String
    ) -> PlantedPair {
        pairCount += 1
        let note =
            "\(story) story \(new.story): new \(fact.planted), existing \(oldFact.planted)"
            + (old.story != new.story ? " (story \(old.story))" : "")
        let labelled = LabelledPair(
            id: "g\(seed)-\(pairCount)", source: "generated", type: type,
            new: PairSide(text: fact.text, outlet: new.article.outlet, published: new.article.published),
            existing: PairSide(text: oldFact.text, outlet: old.article.outlet, published: old.article.published),
            label: label, field: field, note: note)
        return PlantedPair(pair: labelled, newArticle: new.article.index, existingArticle: old.article.index)
    }

    /// The true relation of two statements of the same fact; nil when both alter it (or one alters
    /// it and the other hedges its number), which says nothing certain.
    static func relation(_ new: RenderedFact, _ old: RenderedFact, role: FactTemplate.Role) -> (PairLabel, String, Conflict.Field.Kind?)? {
        switch (new.treatment.alters, old.treatment.alters) {
        case (true, true): return nil
        case (true, false), (false, true):
            let altered = new.treatment.alters ? new : old, other = new.treatment.alters ? old : new
            if other.treatment == .compatible { return nil }
            switch altered.treatment {
            case .changedNumber: return (.contradiction, "number", .number)
            case .changedDate:
                let weekday = altered.dateForm == .weekday || other.dateForm == .weekday
                return (.contradiction, weekday ? "weekday" : "date", .date)
            case .negated: return (.contradiction, "negation", .polarity)
            case .antonym: return (.contradiction, "antonym", .polarity)
            case .denied: return (.contradiction, "denial", .denial)
            default: return (.contradiction, "attribution", .speaker)
            }
        case (false, false):
            if new.treatment == .compatible || old.treatment == .compatible {
                return new.treatment == old.treatment ? nil : (.none, "compatible number", nil)
            }
            return (.repeat, repeatType(new, old), nil)
        }
    }

    /// What makes two faithful statements of a fact differ.
    static func repeatType(_ a: RenderedFact, _ b: RenderedFact) -> String {
        let styles = [a.style, b.style]
        let quoted: Set<RenderedFact.Style> = [.quote]
        if styles.contains(.partial) { return "partial quote" }
        if styles.contains(.reported), styles.contains(where: quoted.contains) { return "reported vs direct" }
        if styles.allSatisfy(quoted.contains) { return a.text == b.text ? "verbatim" : "wording drift" }
        if a.treatment == .rounded || b.treatment == .rounded { return "rounded number" }
        if a.dateForm != nil, a.dateForm != b.dateForm || a.dateForm == .weekday { return "weekday" }
        if a.text == b.text { return "verbatim" }
        if a.style != b.style { return "reordered attribution" }
        return "paraphrase"
    }
}
