/// Who takes part in two propositions: the names each has that the other lacks, over the whole
/// proposition (not only the closest clauses).
///
/// A name word beside a name both share is part of that name: "Barack" in "Barack Obama" against
/// "Obama" is no other participant.
struct Participants: Sendable {
    /// Names of each side without a partner in the other.
    var unmatched: (new: [String], existing: [String])
    /// Names of the new claim that have a partner in the other.
    var sharedCount: Int

    init(_ new: ClaimFeatures, _ existing: ClaimFeatures) {
        let a = new.terms.filter(Self.isParticipant), b = existing.terms.filter(Self.isParticipant)
        // A name is partnered by a name of the other claim, or by a word of its speaker ("Rui
        // Matos did not concede" / "Rui Matos conceded": the second's subject is its speaker).
        func partnered(_ x: MatchTerm, _ others: [MatchTerm], _ speaker: String?) -> Bool {
            others.contains { Self.sameName($0.stem, x.stem) }
                || (speaker.map { Words.split($0).contains { Self.sameName(NameKey.key($0.lower), x.stem) } } ?? false)
        }
        // The speaker with their role: "Pereira's agent, Paulo Gomes" names Pereira.
        let newSpeaker = [new.speaker, new.speakerRole].compactMap { $0 }.joined(separator: " ")
        let existingSpeaker = [existing.speaker, existing.speakerRole].compactMap { $0 }.joined(separator: " ")
        func lonely(_ names: [MatchTerm], _ terms: [MatchTerm], _ others: [MatchTerm], _ otherTerms: [MatchTerm], _ speaker: String?) -> [String] {
            let matched = names.map { partnered($0, others, speaker) }
            return names.indices.filter { i in
                guard !matched[i] else { return false }
                // Right before a shared name that the other claim gives alone: a first name or a
                // title of it ("Barack Obama" / "Obama"). Not when the other claim has its own word
                // there ("Wisconsin Republican" / "Oklahoma Republican").
                let beside =
                    i + 1 < names.count && matched[i + 1] && Self.adjacent(names[i], names[i + 1], in: terms)
                    && !Self.modified(names[i + 1], in: otherTerms)
                return !beside
            }.map { names[$0].word }
        }
        unmatched = (lonely(a, new.terms, b, existing.terms, existingSpeaker), lonely(b, existing.terms, a, new.terms, newSpeaker))
        sharedCount = a.filter { partnered($0, b, existingSpeaker) }.count
    }

    /// A name that stands for a participant, or a capitalised first word that may be one ("Apple
    /// bought Shazam"); not a number (a quantity's term, "two-minute") nor a number that happens to
    /// be capitalised ("Sixty", "5.9-magnitude", "65 million").
    static func isParticipant(_ term: MatchTerm) -> Bool {
        (term.kind == .name || term.kind == .word && term.capitalised) && !term.stem.hasPrefix("#")
            && !term.word.contains(where: \.isNumber) && Quantities.numberWords[term.word] == nil
            && Quantities.vague[term.word] == nil && !pronouns.contains(term.word)
    }

    /// Capitalised first words that name nobody in particular: "Everyone else is at 2 percent".
    static let pronouns: Set<String> = [
        "everyone", "everybody", "everything", "someone", "somebody", "anyone", "anybody", "nobody", "others", "most", "many",
        "few", "several", "all", "both", "each", "either", "neither", "none",
    ]

    /// The same name, or a country and its people: the same first four letters or more ("russia"
    /// / "russian", "turkey" / "turkish", "ukraine" / "ukrainian"; not "iran" / "iraq").
    static func sameName(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        let common = zip(x, y).prefix { $0 == $1 }.count
        return common >= 4 && min(x.count, y.count) >= 4 && (common >= min(x.count, y.count) - 2 || common >= 6)
    }

    /// Both sides name someone or something the other does not: different participants.
    var substituted: Bool { !unmatched.new.isEmpty && !unmatched.existing.isEmpty }
    /// Every name of each side is in the other.
    var same: Bool { unmatched.new.isEmpty && unmatched.existing.isEmpty }

    /// Whether the names `words` are a name of their own in `terms`: none is next to a name that
    /// the other claim (`besides`) shares ("Hillary" in "Hillary Clinton won" against "Clinton won"
    /// is part of Clinton's name, not another value).
    static func standsAlone(_ words: [String], in terms: [MatchTerm], besides other: [MatchTerm]) -> Bool {
        words.allSatisfy { word in
            guard let k = terms.firstIndex(where: { $0.word == word && isParticipant($0) }) else { return true }
            let neighbours = [k - 1, k + 1].filter { terms.indices.contains($0) }.map { terms[$0] }
            return !neighbours.contains { n in isParticipant(n) && other.contains { sameName($0.stem, n.stem) } }
        }
    }

    /// Whether the name `x` has another participant right before it among a claim's `terms`.
    static func modified(_ x: MatchTerm, in terms: [MatchTerm]) -> Bool {
        guard let k = terms.firstIndex(where: { sameName($0.stem, x.stem) }), k > 0 else { return false }
        return isParticipant(terms[k - 1])
    }

    /// Whether `x` comes right before `y` among the terms of one claim.
    static func adjacent(_ x: MatchTerm, _ y: MatchTerm, in terms: [MatchTerm]) -> Bool {
        zip(terms, terms.dropFirst()).contains { $0.stem == x.stem && $1.stem == y.stem }
    }

    /// Verbs whose slot holds one value only, and on which side of the verb that value stands:
    /// one birthplace ("born in Kenya" / "born in Hawaii"), one buyer in an acquisition ("Apple
    /// bought Shazam" / "Google bought Shazam"), one winner of a contest ("Cruz won Iowa" /
    /// "Trump won Iowa"). The names on the other side say which slot it is and must be shared.
    /// In this order, so that the decision is the same on every run.
    static let singleValueSlots: [(verb: String, side: Side)] = [
        ("born", .after), ("bought", .before), ("buys", .before), ("acquired", .before), ("acquires", .before),
        ("purchased", .before), ("won", .before), ("wins", .before),
    ]

    enum Side { case before, after }

    /// A conflict on the one value of a slot both claims fill differently, or nil.
    func slotConflict(_ new: ClaimFeatures, _ existing: ClaimFeatures) -> Conflict? {
        guard substituted else { return nil }
        for (verb, side) in Self.singleValueSlots {
            guard let i = new.terms.firstIndex(where: { $0.word == verb }), let j = existing.terms.firstIndex(where: { $0.word == verb })
            else { continue }
            func onValueSide(_ name: String, _ terms: [MatchTerm], _ verbIndex: Int) -> Bool {
                guard let k = terms.firstIndex(where: { $0.word == name && Self.isParticipant($0) }) else { return false }
                return side == .before ? k < verbIndex : k > verbIndex
            }
            let keyShared = new.terms.indices.contains { k in
                Self.isParticipant(new.terms[k]) && (side == .before ? k > i : k < i) && existing.terms.contains { $0.stem == new.terms[k].stem }
            }
            guard keyShared, unmatched.new.allSatisfy({ onValueSide($0, new.terms, i) }),
                unmatched.existing.allSatisfy({ onValueSide($0, existing.terms, j) }),
                Self.standsAlone(unmatched.new, in: new.terms, besides: existing.terms),
                Self.standsAlone(unmatched.existing, in: existing.terms, besides: new.terms)
            else { continue }
            func written(_ names: [String]) -> String { names.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") }
            return Conflict(field: .entity, new: written(unmatched.new), existing: written(unmatched.existing))
        }
        return nil
    }
}
