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
            if negations.contains(w.lower) || w.lower.hasSuffix("n't") || w.lower.hasSuffix("n’t") { return .negated }
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

/// How worth checking a claim is, 0...1.
///
/// score = 0.2 + 0.25 (numbers) + 0.1 (dates) + 0.1 (one named entity, 0.15 for three or more)
///       + 0.15 (attributed to a speaker other than the outlet) + 0.05 (a direct quote),
/// capped at 1. Questions score at most 0.15, exclamations without numbers at most 0.25, and
/// opinion ("madness", "shocking", "must be stopped") without numbers or dates at most 0.25.
enum Checkworthiness {
    static let opinionWords: Set<String> = [
        "madness", "shocking", "disgusting", "outrageous", "shameful", "shame", "horrific", "disgrace", "disgraceful",
        "appalling", "terrible", "awful", "unacceptable", "cynical", "contempt", "disrespect", "humiliation", "inhumanity",
    ]

    static func score(_ t: [Token], text: String, quantities: Int, dates: Int, entities: Int, attributed: Bool, quoted: Bool) -> Double {
        var score = 0.2
        if quantities > 0 { score += 0.25 }
        if dates > 0 { score += 0.1 }
        if entities >= 3 { score += 0.15 } else if entities > 0 { score += 0.1 }
        if attributed { score += 0.15 }
        if quoted { score += 0.05 }
        let end = lastMark(text)
        if end == "?" { score = min(score, 0.15) }
        if end == "!", quantities == 0 { score = min(score, 0.25) }
        let opinion = t.contains { opinionWords.contains($0.lower) } || zip(t, t.dropFirst()).contains { $0.lower == "must" && $1.lower == "be" }
        if opinion, quantities == 0, dates == 0 { score = min(score, 0.25) }
        return min(1, (score * 100).rounded() / 100)
    }

    static func lastMark(_ text: String) -> Unicode.Scalar? {
        for c in text.unicodeScalars.reversed() where !SentenceSplitter.closers.contains(c) && c != "”" && c != " " { return c }
        return nil
    }
}
