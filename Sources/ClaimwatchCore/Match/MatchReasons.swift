/// The sentences a decision's `reasons` are made of: each one something a person can check.
enum MatchReasons {
    static func overlap(_ s: Similarity) -> String {
        let matched = s.shared.count + s.synonyms.count + s.opposites.count
        return "\(matched) of \(s.newCount) content words match the other claim's \(s.existingCount) (similarity \(String(format3: s.score)))"
    }

    static func synonyms(_ pairs: [(String, String)]) -> String {
        "same meaning in other words: " + pairs.prefix(6).map { "\($0.0) ~ \($0.1)" }.joined(separator: ", ")
    }

    /// "same numbers: 31 seconds" or "" when the claims state no numbers about the same thing, or
    /// nil when their numbers differ (they are then not the same claim). A bound that a different
    /// figure fits ("at least 30" / 45) is consistent, but says something else than the figure.
    static func numbers(_ new: [Quantity], _ existing: [Quantity]) -> String? {
        guard !new.isEmpty, !existing.isEmpty else { return "" }
        var agreeing: [Quantity] = []
        for q in new {
            let seconds = FieldConflicts.inSeconds(q)
            let comparable = existing.map(FieldConflicts.inSeconds).filter {
                FieldConflicts.sameThing(seconds, $0) || q.unit.isEmpty && $0.unit.isEmpty
            }
            if comparable.isEmpty { continue }
            guard comparable.contains(where: { sameFigure(seconds, $0) }) else { return nil }
            agreeing.append(q)
        }
        if agreeing.isEmpty, !new.contains(where: { q in existing.contains { sameFigure(q, $0) } }) { return nil }
        return agreeing.isEmpty ? "" : "same numbers: " + agreeing.map(\.stated).joined(separator: ", ")
    }

    /// The same figure: equal values (within rounding, and not two different bounds such as "at
    /// least 30" / "more than 30"), or one of them "about" the other.
    static func sameFigure(_ a: Quantity, _ b: Quantity) -> Bool {
        let qualifiers = [a.qualifier, b.qualifier]
        if abs(a.value - b.value) <= max(abs(a.value), abs(b.value)) * 0.005 {
            return a.qualifier == b.qualifier || qualifiers.contains(.exact) || qualifiers.contains(.about)
        }
        return qualifiers.contains(.about) && a.isCompatible(with: b)
    }

    /// How the two claims report their speakers: the same person, drifting wording inside one
    /// person's quotation, reported against direct speech.
    static func speech(new: ClaimFeatures, existing: ClaimFeatures) -> [String] {
        var reasons: [String] = []
        if sameSpeaker(new, existing), let b = existing.speaker {
            reasons.append("same speaker: \(b)")
            if let qa = new.quote, let qb = existing.quote, normalised(qa) != normalised(qb) {
                reasons.append("the wording of \(b)'s quotation differs")
            }
        }
        if (new.quote == nil) != (existing.quote == nil), new.attributed || existing.attributed {
            reasons.append(new.quote == nil ? "reported speech of a direct quotation" : "direct quotation of reported speech")
        }
        return reasons
    }

    /// "meaning 0.83 alike (sentence embeddings); learned decision 0.91 for a repeat (raised from 0.5)".
    static func meaning(_ evidence: RepeatEvidence, confidence: Double, threshold: Double) -> String {
        "meaning \(String(format3: evidence.meaning)) alike (sentence embeddings); learned decision \(String(format3: confidence)) "
            + "for a repeat (raised from \(String(format3: threshold)))"
    }

    static func contradictionMeaning(_ meaning: Double) -> String {
        "meaning \(String(format3: meaning)) alike (sentence embeddings)"
    }

    /// Both claims name their speaker, and it is the same.
    static func sameSpeaker(_ new: ClaimFeatures, _ existing: ClaimFeatures) -> Bool {
        guard new.attributed, existing.attributed, let a = new.speaker, let b = existing.speaker else { return false }
        return NameKey.same(a, role: new.speakerRole, b, role: existing.speakerRole)
    }

    /// "Kremlin denies", "Zelensky states".
    static func stance(_ f: ClaimFeatures) -> String {
        "\(f.speaker ?? "unattributed") \(f.denied ? "denies" : f.negated ? "negates" : "states")"
    }

    static func normalised(_ text: String) -> String {
        Words.split(text).map(\.lower).joined(separator: " ")
    }
}

extension String {
    /// A score with three decimals at most: 0.712.
    init(format3 value: Double) {
        self = "\((value * 1000).rounded() / 1000)"
    }
}
