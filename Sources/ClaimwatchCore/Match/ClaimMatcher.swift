/// Decides whether a new claim repeats or contradicts an existing one. Pure and deterministic.
public protocol ClaimMatching: Sendable {
    func decide(new: ClaimFeatures, existing: ClaimFeatures) -> MatchDecision?
}

/// Decides by what the two propositions say, then by the fields that can conflict.
///
/// 1. Same proposition first: the weighted word alignment of the two propositions (`Similarity`,
///    the best of their full text, main clauses and, for short ones, sentences) must reach
///    `topicThreshold`, or one must be contained in the other (a partial quote of six content
///    words or more, `minimumContainedTerms`). Claims below it are about different things.
/// 2. The same quotation (`QuoteIdentity`) given to two different people is a contradiction.
/// 3. The same participants: when each side names someone the other does not (`Participants`),
///    the claims report two events, unless the names fill a slot that holds one value (a
///    birthplace, a buyer, a winner): a contradiction on `entity`.
/// 4. Contradiction, when the propositions are close (`contradictionThreshold`, and
///    `wordThreshold` with names left out): a denial of what the other states; a negation or an
///    antonym of a shared word on nearly the same proposition by the same people
///    (`polarityThreshold`); a number counting the same thing for the same named holder with
///    values that cannot both be true; or a different day for the same event.
/// 5. Repeat: similarity of at least `repeatThreshold` (less `sameSpeakerAllowance` for the same
///    speaker), or a partial quote, with no negation, denial, antonym or number in conflict, no
///    other named source, no other year, and, for a proposition of few words
///    (`minimumRepeatTerms`), a similarity of `shortRepeatThreshold`.
public struct ClaimMatcher: ClaimMatching {
    public var repeatThreshold: Double
    public var containmentThreshold: Double
    public var topicThreshold: Double
    public var contradictionThreshold: Double
    /// Two claims naming the same speaker repeat each other from this much less similarity.
    public static let sameSpeakerAllowance = 0.05
    /// A partial quote has at least this many content words: "Trump commanded the attention" is
    /// in too many sentences to be quoted by one of them.
    static let minimumContainedTerms = 6
    /// A repeat's shorter proposition has at least this many content words, or the two have a
    /// similarity of `shortRepeatThreshold`.
    static let minimumRepeatTerms = 5
    static let shortRepeatThreshold = 0.7
    /// The similarity a negation, an antonym or a denial needs: the same proposition, nearly word
    /// for word, so that the negation is in the clause both share.
    static let polarityThreshold = 0.7
    /// With the embedding model, the meaning (cosine of the two sentences) a contradiction of this
    /// field needs: a negation, a figure or a day in conflict between two sentences that do not
    /// mean nearly the same ("Trump said he's not happy with those numbers" / "I was so happy Trump
    /// noticed us", 3 content words alike) compares two propositions. Each value is the lowest
    /// meaning among the hand-labelled contradictions of that field (Fixtures/matching), less 0.05,
    /// rounded down to a multiple of 0.05: polarity 0.786, number 0.838, date 0.849, denial 0.563.
    /// A speaker or entity conflict has its own identity test (the same quotation, the same slot).
    static let contradictionMeaning: [Conflict.Field.Kind: Double] = [.polarity: 0.7, .number: 0.75, .date: 0.75, .denial: 0.5]
    /// What two claims say around their numbers, names left out, for a number conflict.
    static let numberWordThreshold = 0.6
    /// How much less than `containmentThreshold` of its ordinary words a partial quote may contain.
    static let wordContainmentSlack = 0.1
    /// What is said, names left out, must be this similar for a repeat or a contradiction.
    public var wordThreshold: Double
    /// Claims with fewer content words than this are too short to match on words alone.
    public var minimumTerms: Int
    /// The sentences' meaning (an embedding model). With it, a repeat the rules find is raised only
    /// when `repeatModel` gives it `repeatModel.threshold` or more; without it, on the rules alone.
    public var sentences: (any SentenceSimilarity)?
    public var repeatModel = RepeatModel.learned
    /// Raises the rules' repeats whatever the learned decision gives them (`repeatEvidence`).
    var ungated = false

    public init(
        repeatThreshold: Double = 0.5, containmentThreshold: Double = 0.85, topicThreshold: Double = 0.45,
        contradictionThreshold: Double = 0.6, wordThreshold: Double = 0.45, minimumTerms: Int = 3
    ) {
        self.wordThreshold = wordThreshold
        self.repeatThreshold = repeatThreshold
        self.containmentThreshold = containmentThreshold
        self.topicThreshold = topicThreshold
        self.contradictionThreshold = contradictionThreshold
        self.minimumTerms = minimumTerms
    }

    public func decide(new: ClaimFeatures, existing: ClaimFeatures) -> MatchDecision? {
        guard min((new.sentenceTerms ?? new.terms).count, (existing.sentenceTerms ?? existing.terms).count) >= minimumTerms else { return nil }
        let similarity = Self.bestSimilarity(new, existing)
        // The sides the closest similarity compared (full texts, main clauses or sentences).
        let shorter = min(similarity.newCount, similarity.existingCount)
        // A partial quote contains the other's words, not only its names.
        let contained =
            similarity.containment >= containmentThreshold && similarity.wordContainment >= containmentThreshold - Self.wordContainmentSlack
            && (shorter >= Self.minimumContainedTerms || shorter >= minimumTerms + 1 && Self.quotesPartOf(new, existing))
        guard similarity.score >= topicThreshold || contained else { return nil }
        let score = (similarity.score * 1000).rounded() / 1000
        var reasons = [MatchReasons.overlap(similarity)]
        if !similarity.synonyms.isEmpty { reasons.append(MatchReasons.synonyms(similarity.synonyms)) }
        // A negation counts when what it negates is in both claims and negated in one only: "not
        // a single reason" in a longer quotation does not negate the part both share.
        let negation = Self.negationDiffers(new, existing, similarity)

        let sameProposition = (similarity.score >= contradictionThreshold || contained) && similarity.wordScore >= wordThreshold
        // The same quotation in two people's mouths (past the topic gate above).
        if let conflict = attributionConflict(new: new, existing: existing) {
            reasons.append("the same quotation is attributed to \(conflict.new) and to \(conflict.existing)")
            return MatchDecision(kind: .contradiction, score: score, reasons: reasons, conflict: conflict)
        }
        // Different participants on both sides ("Apple bought Shazam" / "Google bought Shazam"):
        // another event, unless they fill a slot that holds one value only.
        let participants = Participants(new, existing)
        if participants.substituted {
            guard similarity.wordScore >= wordThreshold, let conflict = participants.slotConflict(new, existing) else { return nil }
            reasons.append("\(conflict.new) vs \(conflict.existing) where there is only one")
            return MatchDecision(kind: .contradiction, score: score, reasons: reasons, conflict: conflict)
        }
        if sameProposition,
            let (conflict, why) = contradiction(new: new, existing: existing, similarity: similarity, negation: negation, participants: participants)
        {
            reasons.append(why)
            if let sentences {
                let meaning = sentences.similarity(new.text, existing.text)
                reasons.append(MatchReasons.contradictionMeaning(meaning))
                guard meaning >= Self.contradictionMeaning[conflict.field.kind] ?? 0 else { return nil }
            }
            return MatchDecision(kind: .contradiction, score: score, reasons: reasons, conflict: conflict)
        }
        let sameSpeaker = MatchReasons.sameSpeaker(new, existing)
        let needed = sameSpeaker ? repeatThreshold - Self.sameSpeakerAllowance : repeatThreshold
        guard similarity.score >= needed || contained, similarity.wordScore >= wordThreshold || contained else { return nil }
        // A proposition of a few words ("Sanders campaigned in the state") is a topic, not a claim
        // another outlet can be said to repeat, unless most of its words are the other's.
        guard shorter >= Self.minimumRepeatTerms || contained || similarity.score >= Self.shortRepeatThreshold
        else { return nil }
        guard similarity.opposites.isEmpty, !negation, new.denied == existing.denied else { return nil }
        // Two named sources saying the same thing corroborate it; a repeat is the same source's
        // claim carried by another outlet.
        if let a = new.namedSpeaker, let b = existing.namedSpeaker,
            !NameKey.same(a, role: new.speakerRole, b, role: existing.speakerRole)
        {
            // Unless it is one quotation whose speaker one side only guessed.
            guard guessedSpeakers(new: new, existing: existing) else { return nil }
            reasons.append("the same quotation, given to \(a) and to \(b) by a sentence that does not name only its own speaker")
        }
        // Events in different years are different events.
        if !new.years.isEmpty, !existing.years.isEmpty, new.years.isDisjoint(with: existing.years) { return nil }
        guard let numbers = MatchReasons.numbers(new.quantities, existing.quantities) else { return nil }
        if similarity.score < needed {
            reasons.append("partial quote: \(Int((similarity.containment * 100).rounded()))% of the shorter claim's words are in the longer")
        }
        if !numbers.isEmpty { reasons.append(numbers) }
        reasons += MatchReasons.speech(new: new, existing: existing)
        var decision = MatchDecision(kind: .repeat, score: score, reasons: reasons)
        if let sentences {
            // Sharing words is sharing a topic; the same proposition also means the same.
            let quotes = new.quote.flatMap { a in existing.quote.map { (a, $0) } }
            let meaning = sentences.similarity(new.text, existing.text)
            let plainSentences = new.proposition == new.text && existing.proposition == existing.text
            let evidence = RepeatEvidence(
                meaning: meaning, words: similarity.score, ordinaryWords: similarity.wordScore,
                shorterTerms: shorter, sameSpeaker: sameSpeaker, partialQuote: similarity.score < needed,
                bothQuote: quotes != nil, quoteMeaning: quotes.map { sentences.similarity($0.0, $0.1) } ?? 0,
                propositionMeaning: plainSentences ? meaning : sentences.similarity(new.proposition, existing.proposition),
                sharedNames: participants.sharedCount, sameNumbers: !numbers.isEmpty)
            let confidence = repeatModel.probability(evidence)
            decision.evidence = evidence
            decision.confidence = confidence
            decision.reasons.append(MatchReasons.meaning(evidence, confidence: confidence, threshold: repeatModel.threshold))
            guard confidence >= repeatModel.threshold || ungated else { return nil }
        }
        return decision
    }

    /// The rules' repeat with its evidence, even when the learned decision would not raise it:
    /// what `make train-matcher` learns from.
    public func repeatEvidence(new: ClaimFeatures, existing: ClaimFeatures) -> MatchDecision? {
        var matcher = self
        matcher.ungated = true
        return matcher.decide(new: new, existing: existing)
    }

    /// The first conflict between two claims about the same thing, most specific first.
    func contradiction(
        new: ClaimFeatures, existing: ClaimFeatures, similarity: Similarity, negation: Bool, participants: Participants
    ) -> (Conflict, String)? {
        // Polarity needs the same proposition, nearly word for word, by the same people: "Trump says
        // he doesn't believe in it" does not contradict Clinton's "we sure should believe him".
        let closeEnough = similarity.score >= Self.polarityThreshold && participants.same && !Self.differentSpeakers(new, existing)
        // A denial is one person's word against another's, often in other words: the claims'
        // closeness as for any contradiction.
        if new.denied != existing.denied {
            let denier = new.denied ? new : existing, other = new.denied ? existing : new
            let conflict = Conflict(field: .denial, new: MatchReasons.stance(new), existing: MatchReasons.stance(existing))
            return (conflict, "\(denier.speaker ?? "one side") denies what \(other.speaker ?? "the other") states")
        }
        // The remaining conflicts are about one event: claims naming different people, places or
        // organisations on both sides report different events.
        if !similarity.unmatchedNames.new.isEmpty, !similarity.unmatchedNames.existing.isEmpty { return nil }
        if negation, similarity.opposites.isEmpty, closeEnough {
            let negatedNew = !new.negatedStems.intersection(similarity.matchedNew).isEmpty
            let conflict = Conflict(field: .polarity, new: negatedNew ? "negated" : "affirmed", existing: negatedNew ? "affirmed" : "negated")
            return (conflict, "one claim is negated and the other is not")
        }
        if let (a, b) = similarity.opposites.first, !negation, closeEnough {
            return (Conflict(field: .polarity, new: a, existing: b), "opposite words: \(a) vs \(b)")
        }
        // A figure is bound to its holder: two figures conflict only when the claims name the same
        // holders (at least one, or the same source; none on one side only) and say nearly the
        // same around them. "The margin of error is plus or minus six points" names no poll.
        let sameSource =
            new.namedSpeaker.map { a in
                existing.namedSpeaker.map { NameKey.same(a, role: new.speakerRole, $0, role: existing.speakerRole) } ?? false
            } ?? false
        let sameHolder = participants.same && (participants.sharedCount > 0 || sameSource) && similarity.wordScore >= Self.numberWordThreshold
        if new.timeFrame == existing.timeFrame, sameHolder, let conflict = FieldConflicts.number(new: new, existing: existing) {
            return (conflict, "\(conflict.field.name): \(conflict.new) vs \(conflict.existing)")
        }
        if let conflict = FieldConflicts.date(new: new.dates, existing: existing.dates) {
            return (conflict, "different day: \(conflict.new) vs \(conflict.existing)")
        }
        return nil
    }

    /// Whether one claim negates a word both share and the other claim negates nothing. Two claims
    /// that both negate something are not told apart on polarity: "not a betrayal" / "did not
    /// constitute a betrayal" say the same.
    static func negationDiffers(_ new: ClaimFeatures, _ existing: ClaimFeatures, _ similarity: Similarity) -> Bool {
        let a = new.negatedStems.intersection(similarity.matchedNew), b = existing.negatedStems.intersection(similarity.matchedExisting)
        return !a.isEmpty && !existing.negates || !b.isEmpty && !new.negates
    }

    /// The closest of the propositions and their main clauses: outlets that dress the same main
    /// clause in different phrases still say the same thing.
    static func bestSimilarity(_ new: ClaimFeatures, _ existing: ClaimFeatures) -> Similarity {
        var best = Similarity(new.terms, existing.terms)
        var pairs = [(new.mainClauseTerms, existing.terms), (new.terms, existing.mainClauseTerms), (new.mainClauseTerms, existing.mainClauseTerms)]
        if new.sentenceTerms != nil || existing.sentenceTerms != nil {
            pairs.append((new.sentenceTerms ?? new.terms, existing.sentenceTerms ?? existing.terms))
        }
        for case let (a?, b?) in pairs where a.count >= 3 && b.count >= 3 {
            let s = Similarity(a, b)
            if s.score > best.score { best = s }
        }
        return best
    }

    /// The same quotation (`QuoteIdentity`) given to two people where a sentence does not name
    /// its own speaker alone ("'…,' he said", "Mr. McConnell deflected questions about Mr. Trump
    /// before saying, '…'"): who spoke is the extractor's guess, and the quotation is repeated.
    func guessedSpeakers(new: ClaimFeatures, existing: ClaimFeatures) -> Bool {
        guard let a = new.speaker, let b = existing.speaker, let qa = new.quote, let qb = existing.quote,
            !QuoteIdentity.quotesAnother(qa), !QuoteIdentity.quotesAnother(qb), QuoteIdentity.same(qa, qb)
        else { return false }
        return !(new.names(a) && existing.names(b) && !new.names(b) && !existing.names(a))
    }

    /// The same quotation in two people's mouths: the same words (`QuoteIdentity`, at least six),
    /// neither quotation quoting someone else inside it, and each sentence naming its own speaker
    /// and not the other's. A speaker carried from an earlier sentence ("'…,' he said") or a
    /// sentence that names both people ("Mr. McConnell deflected questions about Mr. Trump before
    /// saying, '…'") leaves who spoke to the extractor's guess, and every speaker conflict of that
    /// kind in the real-news run was the extractor's error.
    func attributionConflict(new: ClaimFeatures, existing: ClaimFeatures) -> Conflict? {
        guard new.speakerIsPerson, existing.speakerIsPerson, let a = new.speaker, let b = existing.speaker,
            let qa = new.quote, let qb = existing.quote,
            !NameKey.same(a, role: new.speakerRole, b, role: existing.speakerRole),
            new.names(a), existing.names(b), !new.names(b), !existing.names(a),
            !QuoteIdentity.quotesAnother(qa), !QuoteIdentity.quotesAnother(qb), QuoteIdentity.same(qa, qb),
            Similarity(new.quoteTerms, existing.quoteTerms).score >= contradictionThreshold
        else { return nil }
        return Conflict(field: .speaker, new: a, existing: b)
    }

    /// Both claims name a speaker in full (two words or more: one word may be a fragment of a
    /// subject), and not the same one.
    static func differentSpeakers(_ new: ClaimFeatures, _ existing: ClaimFeatures) -> Bool {
        guard let a = new.namedSpeaker, let b = existing.namedSpeaker, a.contains(" "), b.contains(" ") else { return false }
        return !NameKey.same(a, role: new.speakerRole, b, role: existing.speakerRole)
    }

    /// The same speaker's quotation, and the shorter one's words a run of the longer one's: "the
    /// bank was “prepared to act again if needed”" quotes "… and we are prepared to act again if needed".
    static func quotesPartOf(_ new: ClaimFeatures, _ existing: ClaimFeatures) -> Bool {
        guard let qa = new.quote, let qb = existing.quote, let a = new.speaker, let b = existing.speaker,
            NameKey.same(a, role: new.speakerRole, b, role: existing.speakerRole)
        else { return false }
        let x = Words.split(qa).map(\.lower), y = Words.split(qb).map(\.lower)
        guard min(x.count, y.count) >= 3 else { return false }
        return x.count <= y.count ? QuoteIdentity.contains(y, run: x) : QuoteIdentity.contains(x, run: y)
    }
}
