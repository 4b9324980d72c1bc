/// Writes one fact of a story as a sentence of an article published on a given day, faithfully or
/// altered. Pure: every choice comes from the generator passed in.
struct FactRenderer {
    var story: Story
    var published: CalendarDay

    func render(_ index: Int, _ treatment: Treatment, _ random: inout SeededGenerator) -> RenderedFact {
        let fact = story.kind.facts[index]
        var values = story.cast.values
        var planted = treatment.rawValue
        var dateForm: RenderedFact.DateForm?
        if let key = fact.number, let value = story.cast.numbers[key] {
            let (written, note) = Self.number(value, treatment, steps: fact.steps, &random)
            values["#" + key] = written
            if let note { planted += " (\(key) \(note))" }
        }
        if fact.role == .dated {
            var day = story.factDays[index]
            if treatment == .changedDate {
                let shift = random.int(in: 1...3) * (fact.dateOnly && random.chance(0.5) ? 1 : -1)
                planted += " (\(day.monthAndDay) → \((day + shift).monthAndDay))"
                day = day + shift
            }
            let weekdayWorks = !fact.dateOnly && (0...6).contains(published - day)
            dateForm = weekdayWorks && random.chance(0.5) ? .weekday : .date
            values["when"] = "on " + (dateForm == .weekday ? day.weekdayName : day.monthAndDay)
        }
        let template = treatment == .negated ? fact.negated : treatment == .antonym ? fact.antonym : fact.clause
        let clause = Template(template ?? fact.clause).render(values, &random)

        let sentence: (RenderedFact.Style, String)
        if fact.role == .quote, let key = treatment == .misattributed ? fact.other : fact.speaker, let speaker = story.cast.speakers[key] {
            sentence = quoteSentence(fact, speaker: speaker, values: values, onlyQuote: treatment == .misattributed, &random)
            if treatment == .misattributed { planted += " (to \(speaker.full))" }
        } else if treatment == .denied, let key = fact.other, let denier = story.cast.speakers[key] {
            let verb = random.pick(["denied that", "denied reports that", "rejected claims that", "dismissed reports that"])
            sentence = (.denial, "\(denier.full.capitalisedFirst) \(verb) \(clause).")
        } else if let key = fact.speaker, let speaker = story.cast.speakers[key] {
            sentence = Self.attributed(clause, to: speaker, &random)
        } else {
            sentence = (.plain, clause.capitalisedFirst + ".")
        }
        return RenderedFact(fact: index, treatment: treatment, style: sentence.0, dateForm: dateForm, text: sentence.1, planted: planted)
    }

    /// A quotation, its reported form, or a sentence quoting a part of it.
    func quoteSentence(
        _ fact: FactTemplate, speaker: Speaker, values: [String: String], onlyQuote: Bool,
        _ random: inout SeededGenerator
    ) -> (RenderedFact.Style, String) {
        let roll = onlyQuote ? 0 : random.weighted([6, 2, 2])
        if roll == 1, let reported = fact.reported {
            let text = Template(reported).render(values, &random)
            return (.reported, "\(Self.named(speaker, &random)) said \(random.chance(0.5) ? "that " : "")\(text).")
        }
        if roll == 2, let partial = fact.partial {
            var partialValues = values
            partialValues["speaker"] = Self.named(speaker, &random)
            return (.partial, Template(partial).render(partialValues, &random) + ".")
        }
        let quote = Template(fact.quote ?? "").render(values, &random)
        switch random.below(4) {
        case 0: return (.quote, "“\(quote),” \(speaker.full) said.")
        case 1: return (.quote, "“\(quote),” \(speaker.title.lowercased()) \(speaker.full) told reporters.")
        case 2: return (.quote, "\(speaker.title) \(speaker.full) said: “\(quote).”")
        default: return (.quote, "“\(quote),” said \(speaker.full), \(speaker.role).")
        }
    }

    /// "Governor Lucia Navarro", "Lucia Navarro" or "the civil protection agency".
    static func named(_ speaker: Speaker, _ random: inout SeededGenerator) -> String {
        if speaker.isOrganisation { return speaker.full }
        return random.chance(0.5) ? "\(speaker.title) \(speaker.full)" : speaker.full
    }

    /// The clause attributed to the speaker, the attribution before, after or around it.
    static func attributed(_ clause: String, to speaker: Speaker, _ random: inout SeededGenerator) -> (RenderedFact.Style, String) {
        let that = random.chance(0.5) ? "that " : ""
        if speaker.isOrganisation {
            switch random.below(3) {
            case 0: return (.speakerFirst, "\(speaker.full.capitalisedFirst) said \(that)\(clause).")
            case 1: return (.clauseFirst, "\(clause.capitalisedFirst), \(speaker.full) said.")
            default: return (.according, "According to \(speaker.full), \(clause).")
            }
        }
        switch random.below(5) {
        case 0: return (.speakerFirst, "\(speaker.title) \(speaker.full) said \(that)\(clause).")
        case 1: return (.speakerFirst, "\(speaker.full), \(speaker.role), said \(that)\(clause).")
        case 2: return (.clauseFirst, "\(clause.capitalisedFirst), \(speaker.short) said.")
        case 3: return (.clauseFirst, "\(clause.capitalisedFirst), \(speaker.title.lowercased()) \(speaker.full) told reporters.")
        default: return (.according, "According to \(speaker.full), \(clause).")
        }
    }

    /// The number as the treatment writes it, and what was planted.
    static func number(_ value: Int, _ treatment: Treatment, steps: [Int]?, _ random: inout SeededGenerator) -> (String, String?) {
        switch treatment {
        case .changedNumber:
            let changed = steps.map { s in random.pick(s.filter { $0 != value }) } ?? incompatible(with: value, &random)
            return (grouped(changed), "\(grouped(value)) → \(grouped(changed))")
        case .compatible where steps == nil:
            let bound = lowerBound(value)
            let qualifier = random.pick(["at least", "more than"])
            return ("\(qualifier) \(grouped(bound))", "\(grouped(value)) → \(qualifier) \(grouped(bound))")
        case .rounded where steps == nil:
            return ("\(random.pick(["about", "around", "some", "roughly"])) \(grouped(value))", nil)
        default:
            return (grouped(value), nil)
        }
    }

    /// A figure at least 25 % away from `value` (so that "about" cannot reconcile them), rounded
    /// as coarsely as `value` is.
    static func incompatible(with value: Int, _ random: inout SeededGenerator) -> Int {
        let step = value % 100 == 0 ? 100 : value % 10 == 0 ? 10 : 1
        for _ in 0..<20 {
            let percent = random.pick([40, 50, 60, 70, 130, 150, 200, 250])
            let candidate = max(step, (value * percent / 100 + step / 2) / step * step)
            if abs(candidate - value) * 4 >= value, candidate > 0 { return candidate }
        }
        return value * 2
    }

    /// A round figure below `value`: what "at least" or "more than" would say of it.
    static func lowerBound(_ value: Int) -> Int {
        let step = value >= 2000 ? 500 : value >= 200 ? 50 : value >= 20 ? 10 : value >= 10 ? 5 : 1
        let bound = value * 8 / 10 / step * step
        return bound >= 1 && bound < value ? bound : max(1, value - 1)
    }

    /// Whether the headline number can be hedged to the same figure ("about 4,500").
    static func roundable(_ value: Int) -> Bool {
        value >= 50 && value % 10 == 0
    }
}
