/// The fields on which two claims about the same thing can disagree. Each check returns the
/// conflict with both values as written, or nil. Callers decide first that the claims are about
/// the same thing.
enum FieldConflicts {
    /// A number counting the same thing in both claims, with values that cannot both be true.
    /// Numbers count the same thing when their nouns are the same word or synonyms ("troops" /
    /// "soldiers") and the rest of what they count does not differ ("killed" / "wounded").
    /// Qualifiers are respected: "at least 30" fits 45, "about 30" fits 32, "over 10,000" fits 12,000.
    /// Durations compare across units: "a two-minute video" is not "a 31-second video".
    static func number(new: ClaimFeatures, existing: ClaimFeatures) -> Conflict? {
        for q in new.quantities where !q.unit.isEmpty {
            let others = existing.quantities.filter { sameThing(inSeconds(q), inSeconds($0), contextA: new.terms, contextB: existing.terms) }
            guard !others.isEmpty, !others.contains(where: { inSeconds($0).isCompatible(with: inSeconds(q)) }) else { continue }
            return Conflict(field: .number(fieldName(q)), new: q.stated, existing: others[0].stated)
        }
        return nil
    }

    /// Seconds in a duration unit (stemmed).
    static let secondsPerUnit: [String: Double] = ["second": 1, "minut": 60, "hour": 3600]

    /// A duration as seconds; any other quantity as it is.
    static func inSeconds(_ q: Quantity) -> Quantity {
        guard let factor = secondsPerUnit[q.unit], factor != 1 else { return q }
        var seconds = q
        seconds.value *= factor
        seconds.unit = "second"
        return seconds
    }

    /// When only one number says more ("drones shot down" / "drones"), what it says must be
    /// somewhere in the other claim (`contextA`, `contextB`: the claims' terms).
    static func sameThing(_ a: Quantity, _ b: Quantity, contextA: [MatchTerm] = [], contextB: [MatchTerm] = []) -> Bool {
        let vocabulary = MatchVocabulary.shared
        guard a.unit == b.unit || vocabulary.synonyms(a.unit, b.unit) else { return false }
        let restA = countedStems(a), restB = countedStems(b)
        if restA.isEmpty && restB.isEmpty { return true }
        if restA.isEmpty || restB.isEmpty {
            let (rest, context) = restA.isEmpty ? (restB, contextA) : (restA, contextB)
            return context.isEmpty || rest.allSatisfy { s in context.contains { $0.stem == s || vocabulary.synonyms($0.stem, s) } }
        }
        // "wounded … treated" and "killed or wounded" count different things: every word of
        // each must have its partner in the other.
        func covered(_ x: [String], by y: [String]) -> Bool {
            x.allSatisfy { s in y.contains { $0 == s || vocabulary.synonyms($0, s) } }
        }
        return covered(restA, by: restB) && covered(restB, by: restA)
    }

    /// What a number counts beyond its noun and names, stemmed: "North Korean soldiers killed" → kill.
    static func countedStems(_ q: Quantity) -> [String] {
        PropositionReader.read(q.counted).terms.filter { $0.kind == .word && !Lexicon.nationalities.contains($0.word) }.map(\.stem)
            .filter { $0 != q.unit && secondsPerUnit[$0] == nil && !MatchVocabulary.shared.synonyms($0, q.unit) }
    }

    /// "video length" for "31-second video", "number of troops" otherwise.
    static func fieldName(_ q: Quantity) -> String {
        let durations: Set<String> = ["second", "minut", "hour", "day", "week", "month", "year"]
        let words = q.counted.split(separator: " ").map(String.init)
        if durations.contains(q.unit), let noun = words.last, words.count > 1 {
            return "\(noun) length"
        }
        let noun = words.isEmpty ? q.unit : words.joined(separator: " ")
        return "number of \(noun)"
    }

    /// Dates of the same event that cannot be the same day: different resolved days, or different
    /// weekdays ("on Tuesday" / "on Monday"). Relative dates ("last week") are not compared; one
    /// pair of dates that agree is enough to agree.
    static func date(new: [DateMention], existing: [DateMention]) -> Conflict? {
        var disagreement: (DateMention, DateMention)?
        for a in new where a.kind != .relative {
            for b in existing where b.kind != .relative {
                switch CalendarDay.agree(a, b) {
                case true?: return nil
                case false?: if disagreement == nil { disagreement = (a, b) }
                case nil: continue
                }
            }
        }
        return disagreement.map { Conflict(field: .date, new: $0.0.written, existing: $0.1.written) }
    }
}
