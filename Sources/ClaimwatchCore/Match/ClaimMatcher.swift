/// Decides whether a new claim repeats or contradicts an existing one. Pure and deterministic.
public protocol ClaimMatching: Sendable {
    func decide(new: ClaimFeatures, existing: ClaimFeatures) -> MatchDecision?
}

/// A first lexical matcher over stemmed content words.
///
/// - Repeat: cosine similarity of the two stem sets of at least `repeatThreshold`, or one claim
///   contained in the other (a partial quote) for at least `containmentThreshold` of its words.
/// - Contradiction: claims about the same thing (`topicThreshold`) that give different values for a
///   number counting the same noun, or where one is negated and the other is not.
public struct ClaimMatcher: ClaimMatching {
    public var repeatThreshold: Double
    public var containmentThreshold: Double
    public var topicThreshold: Double
    /// Claims with fewer content words than this are too short to match on words alone.
    public var minimumStems: Int

    /// Claims must be this similar for a negation to be a contradiction rather than a different claim.
    public var polarityThreshold: Double

    public init(repeatThreshold: Double = 0.6, containmentThreshold: Double = 0.85, topicThreshold: Double = 0.6, polarityThreshold: Double = 0.75, minimumStems: Int = 4) {
        self.polarityThreshold = polarityThreshold
        self.repeatThreshold = repeatThreshold
        self.containmentThreshold = containmentThreshold
        self.topicThreshold = topicThreshold
        self.minimumStems = minimumStems
    }

    public func decide(new: ClaimFeatures, existing: ClaimFeatures) -> MatchDecision? {
        let smaller = min(new.stems.count, existing.stems.count)
        guard smaller >= minimumStems else { return nil }
        let shared = new.stems.intersection(existing.stems).count
        let cosine = Double(shared) / (Double(new.stems.count) * Double(existing.stems.count)).squareRoot()
        let containment = Double(shared) / Double(smaller)
        let score = (cosine * 1000).rounded() / 1000
        guard cosine >= topicThreshold || containment >= containmentThreshold else { return nil }

        var reasons = ["\(shared) of \(new.stems.count) content words shared (similarity \(score))"]
        if cosine >= topicThreshold, let conflict = numberConflict(new: new.quantities, existing: existing.quantities) {
            reasons.append("\(conflict.field): \(conflict.new) vs \(conflict.existing)")
            return MatchDecision(kind: .contradiction, score: score, reasons: reasons, conflict: conflict)
        }
        if new.negated != existing.negated, cosine >= polarityThreshold {
            let conflict = Conflict(field: "polarity", new: new.negated ? "negated" : "affirmed", existing: existing.negated ? "negated" : "affirmed")
            reasons.append("one claim is negated and the other is not")
            return MatchDecision(kind: .contradiction, score: score, reasons: reasons, conflict: conflict)
        }
        guard cosine >= repeatThreshold || containment >= containmentThreshold else { return nil }
        if cosine < repeatThreshold { reasons.append("one claim is contained in the other (\(Int(containment * 100))% of its words)") }
        if !new.quantities.isEmpty, new.quantities.allSatisfy({ q in existing.quantities.contains { $0.value == q.value && $0.unit == q.unit } }) {
            reasons.append("same numbers: " + new.quantities.map(\.written).joined(separator: ", "))
        }
        if let a = new.speaker, let b = existing.speaker, Self.sameSpeaker(a, b) { reasons.append("same speaker: \(b)") }
        return MatchDecision(kind: .repeat, score: score, reasons: reasons)
    }

    /// A number counting the same noun in both claims, with values that differ; numbers whose noun
    /// appears in only one claim are about different things and are not compared.
    /// Qualifiers are respected: "at least 30" is compatible with 45, "about 30" with 32, "over
    /// 10,000" with 12,000; 3,000 is not compatible with 10,000.
    func numberConflict(new: [Quantity], existing: [Quantity]) -> Conflict? {
        for q in new where !q.unit.isEmpty {
            let others = existing.filter { $0.unit == q.unit }
            guard !others.isEmpty, !others.contains(where: { $0.isCompatible(with: q) }) else { continue }
            return Conflict(field: "number of \(q.unit)", new: q.stated, existing: others[0].stated)
        }
        return nil
    }

    /// Speakers agree when one name ends with the other's last word ("Volodymyr Zelensky" / "Zelensky").
    static func sameSpeaker(_ a: String, _ b: String) -> Bool {
        let la = a.lowercased().split(separator: " ").last, lb = b.lowercased().split(separator: " ").last
        return la != nil && la == lb
    }
}
