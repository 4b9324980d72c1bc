/// Turns an article's sentences into claims: the sentences that state something checkable, with
/// the speaker when the sentence attributes it.
public protocol ClaimExtracting: Sendable {
    /// Throws `DeadlineExceeded` when `deadline` passes (or a stop is requested) part way.
    func claims(in article: Article, deadline: Deadline) throws(DeadlineExceeded) -> [Claim]
}

extension ClaimExtracting {
    /// Without a time limit (tests, `claimwatch extract` on trusted input).
    public func claims(in article: Article) -> [Claim] {
        do { return try claims(in: article, deadline: .none) } catch { return [] }
    }
}

/// A rule-based extractor, recall first (issue 15). A sentence is a claim when it ends as a statement
/// (`.`, `!` or `…`, or no mark when it is the article's one sentence; a question only when
/// attributed) and either carries a number, an attribution,
/// a quotation or at least two named things in at least `minimumWords` words, or is a declarative
/// statement of its own: three words or more with a verb, not a headline, a list item or an order
/// to the reader (`Statements`). How worth checking a claim is, is its `checkworthiness`, a score
/// for ranking and for alert thresholds, not a gate.
///
/// Each claim gets its speaker (the fullest name the article uses, or the outlet when the sentence
/// is not attributed), role, cue, quotation, content, numbers, dates, entities, polarity, modality
/// and checkworthiness. Speakers carry over: pronouns and role nouns ("he", "the Ukrainian
/// president") take the last matching named speaker; a sentence that is only a quotation right after
/// an attributed quotation, or after "X stated:", keeps that speaker, role and cue.
public struct ClaimExtractor: ClaimExtracting {
    /// The fewest words of a claim that is kept for its number, attribution, quotation or names
    /// (a statement with a verb needs only `Statements.minimumStatementWords`); with
    /// `keepsEverySentence`, the fewest words of any claim.
    public var minimumWords: Int

    /// Keep every sentence as a claim, checkable or not: for comparing texts a user gives.
    public var keepsEverySentence: Bool

    /// The longest sentence, in UTF-8 bytes (about 3,000 words), that can be a claim. Longer ones
    /// are lists or pages glued together with no full stop, not a statement; they stay in the
    /// article's body, but neither their names nor their claims are read, which keeps the memory
    /// of one hostile sentence bounded (a 10 MB sentence of names took 410 MiB).
    public static let longestSentence = 20_000

    public init(minimumWords: Int = 6, keepsEverySentence: Bool = false) {
        self.minimumWords = minimumWords
        self.keepsEverySentence = keepsEverySentence
    }

    /// The claims of the article's body, in sentence order. Names are resolved over the whole article
    /// (title included); dates resolve against `article.published`; unattributed claims get
    /// `article.outlet` as their speaker.
    public func claims(in article: Article, deadline: Deadline) throws(DeadlineExceeded) -> [Claim] {
        try deadline.check()
        var sentences = try SentenceSplitter.split(article.body, deadline: deadline)
        for i in sentences.indices where sentences[i].utf8.count > Self.longestSentence { sentences[i] = "" }
        // Two passes: the names of every sentence first, then the claims. Each sentence is cut
        // into tokens once per pass and dropped after it, rather than holding the tokens of the
        // whole article (about 30 bytes per byte of text: 522 MiB for a 10 MiB file).
        var names = try NameIndex([], deadline: deadline)
        for sentence in sentences {
            try deadline.check()
            let st = SentenceTokens(sentence)
            try names.learn(st, headline: st.isTitleCased, deadline: deadline)
        }
        if let title = article.title { try names.learn(SentenceTokens(title), headline: true, deadline: deadline) }
        // A text of one sentence (a claim dropped on its own, a fact-check's claim) needs no final mark.
        let alone = sentences.lazy.filter { !$0.isEmpty }.count == 1
        var speakers = SpeakerTracker(names: names)
        var claims: [Claim] = []
        var lastSpoken: Int?
        for (index, sentence) in sentences.enumerated() {
            try deadline.check()
            let st = SentenceTokens(sentence)
            let found = Attribution.find(in: st)
            var said = found.map { speakers.resolve($0) }
            if said == nil, let carried = speakers.carried, st.tokens.first?.quote != nil { said = carried }
            // A quotation-only sentence or paragraph a sentence or two after a named speaker is theirs.
            if said == nil, st.tokens.first?.quote != nil, let last = speakers.last, let at = lastSpoken, index - at <= 2 { said = last }
            speakers.carried = said.flatMap { s in !st.quotes.isEmpty || st.text.hasSuffix(":") ? s : nil }
            if let said, said.speaker != nil {
                speakers.remember(said)
                lastSpoken = index
            }
            guard
                let claim = try claim(
                    st, index: index, said: said, saidHere: found != nil, article: article, names: names, alone: alone, deadline: deadline)
            else {
                continue
            }
            claims.append(claim)
        }
        return claims
    }

    func claim(
        _ st: SentenceTokens, index: Int, said: SpeakerTracker.Said?, saidHere: Bool, article: Article, names: NameIndex,
        alone: Bool = false, deadline: Deadline = .none
    ) throws(DeadlineExceeded) -> Claim? {
        let mark = Checkworthiness.lastMark(st.text)
        let attributed = said?.speaker != nil || said?.cue.isAccordingTo == true
        let ends = mark == "." || mark == "!" || mark == "…" || alone && mark != "?"
        guard keepsEverySentence || ends || mark == "?" && attributed else { return nil }
        guard keepsEverySentence ? st.tokens.count >= minimumWords : st.tokens.count >= min(minimumWords, Statements.minimumStatementWords)
        else { return nil }
        let quantities = try Quantities.find(in: st, deadline: deadline)
        let dates = Dates.find(in: st, published: article.published)
        var entities = Entities.find(in: st, names: names)
        let carriesSomething =
            st.tokens.count >= minimumWords
            && (!quantities.isEmpty || said != nil || !st.quotes.isEmpty || Set(entities.map(\.canonical)).count >= 2)
        guard keepsEverySentence || carriesSomething || Statements.isStatement(st) else { return nil }
        if let said, let speaker = said.speaker, let written = said.written, !entities.contains(where: { $0.text == written }) {
            entities.append(Entity(text: written, canonical: speaker, kind: said.isOrganisation ? .organisation : .person))
        }
        if let outer = said?.outer, !entities.contains(where: { $0.text == outer }) {
            entities.append(Entity(text: outer, canonical: outer, kind: Entities.kind(of: outer) ?? .organisation))
        }
        let quote = st.quotes.enumerated().max { a, b in
            a.element.count < b.element.count || a.element.count == b.element.count && a.offset > b.offset
        }?.element
        let quoteText = quote.map { st.string($0).trimmingSpaces() }
        // A speaker carried over from an earlier sentence has no clause here.
        let reported = (saidHere ? said.flatMap { Content.reported(st, $0) } : nil) ?? st.text
        // A quotation is the content when it is most of what the sentence says; a quoted fragment
        // inside a reported clause ("Morris says the campaign will “compete vigorously”") is not:
        // the clause is.
        let fragment = quoteText.map { Content.isFragment(quote: $0, reported: reported) } ?? false
        let content = fragment ? reported : quoteText ?? reported
        return Claim(
            text: st.text, quote: quoteText, quoteRange: quote.map { st.characterRange($0) }, content: content,
            speaker: said?.speaker ?? article.outlet, speakerRole: said?.speaker == nil ? nil : said?.role, cue: said?.cue,
            quantities: quantities, dates: dates, entities: entities,
            polarity: Stance.polarity(st.tokens, cue: said?.cue), modality: Stance.modality(st.tokens),
            checkworthiness: Checkworthiness.score(
                st.tokens, text: st.text, quantities: quantities.count, dates: dates.count, entities: entities.count,
                attributed: said?.speaker != nil, quoted: quote != nil),
            sentenceIndex: index)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
