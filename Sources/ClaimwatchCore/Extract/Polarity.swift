/// Whether a sentence affirms, negates or denies, and whether it hedges.
enum Stance {
    static let negations: Set<String> = ["not", "never", "nobody", "neither", "nor", "cannot"]
    static let hedges: Set<String> = [
        "allegedly", "reportedly", "purportedly", "presumed", "presumably", "apparently", "supposedly", "might", "could",
    ]

    /// denied: a denial verb as cue or anywhere in the sentence ("denied", "rejected", "refuted"),
    /// inside the quotation when there is one;
    /// negated: "not" (but not "not only"), "never", "no longer", "n't"; else affirmed.
    static func polarity(_ t: [Token], cue: Cue?) -> Polarity {
        if cue?.isDenial == true { return .denied }
        // With a quotation, a denial outside it that is not the cue is someone else's ("“…,” Dunn
        // said, but Moscow denies it"): the quotation is not denied.
        let quoted = t.contains { $0.quote != nil }
        if t.contains(where: { Lexicon.denials.contains($0.lower) && ($0.quote != nil || !quoted) }) { return .denied }
        for (i, w) in t.enumerated() {
            if w.lower == "not", i + 1 < t.count, t[i + 1].lower == "only" { continue }
            if negations.contains(w.lower) || w.lower.hasSuffix("n't") { return .negated }
            if w.lower == "no", i + 1 < t.count, t[i + 1].lower == "longer" { return .negated }
        }
        return .affirmed
    }

    /// hedged: "allegedly", "reportedly", "purportedly", "presumed", "apparently", "it appears",
    /// "may have", "might", "could", "claimed to be", "said to be"; else asserted.
    static func modality(_ t: [Token]) -> Modality {
        for (i, w) in t.enumerated() {
            if hedges.contains(w.lower) { return .hedged }
            guard i + 1 < t.count else { break }
            let next = t[i + 1].lower
            if w.lower == "it", next == "appears" || next == "appeared" { return .hedged }
            if w.lower == "may", next == "have" { return .hedged }
            if ["claimed", "said", "believed", "thought"].contains(w.lower), next == "to", i + 2 < t.count, t[i + 2].lower == "be" { return .hedged }
        }
        return .asserted
    }
}
