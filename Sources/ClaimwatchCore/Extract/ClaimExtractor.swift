/// Turns an article's sentences into claims: the sentences that state something checkable, with
/// the speaker when the sentence attributes it.
public protocol ClaimExtracting: Sendable {
    func claims(in article: Article) -> [Claim]
}

/// A first rule-based extractor. A sentence is a claim when it is a complete statement (ends with
/// terminal punctuation, is not a question) of at least `minimumWords` words that carries a number,
/// an attribution, a quotation or at least two named things.
public struct ClaimExtractor: ClaimExtracting {
    public var minimumWords: Int

    public init(minimumWords: Int = 6) {
        self.minimumWords = minimumWords
    }

    /// Words that negate or deny the statement they are in. "no" is left out: it mostly quantifies
    /// ("no justification") rather than negating the claim.
    static let negations: Set<String> = ["not", "never", "nobody", "neither", "nor", "denied", "denies", "deny", "rejected", "refuted"]

    public func claims(in article: Article) -> [Claim] {
        var claims: [Claim] = []
        var lastSpeaker: String?
        for (index, sentence) in SentenceSplitter.split(article.body).enumerated() {
            let words = Words.split(sentence)
            let attribution = Attribution.find(in: words, inverted: Self.invertedPositions(sentence, words: words))
            var speaker = attribution.map(\.speaker)
            if let attribution, attribution.isPronoun { speaker = lastSpeaker }
            if let attribution, !attribution.isPronoun { lastSpeaker = attribution.speaker }
            guard isStatement(sentence), words.count >= minimumWords else { continue }
            let quantities = Quantities.find(in: words)
            let hasQuote = sentence.unicodeScalars.contains { $0 == "“" || $0 == "\"" || $0 == "”" }
            let names = namedWords(words)
            guard !quantities.isEmpty || attribution != nil || hasQuote || names >= 2 else { continue }
            claims.append(Claim(
                text: sentence, speaker: speaker, cue: attribution?.cue, quantities: quantities,
                polarity: words.contains { Self.negations.contains($0.lower) || $0.lower.hasSuffix("n't") } ? .negated : .affirmed,
                sentenceIndex: index))
        }
        return claims
    }

    /// Complete statements end with `.`, `!` or a closing quote after one; questions are left out.
    func isStatement(_ sentence: String) -> Bool {
        var scalars = sentence.unicodeScalars.reversed().makeIterator()
        while let c = scalars.next() {
            if SentenceSplitter.closers.contains(c) || c == "”" { continue }
            return c == "." || c == "!" || c == "…"
        }
        return false
    }

    /// For each word, whether a comma or a closing quotation mark comes right before it.
    static func invertedPositions(_ sentence: String, words: [Word]) -> [Bool] {
        var result: [Bool] = []
        var rest = Substring(sentence)
        for word in words {
            guard let range = rest.range(of: word.text) else { result.append(false); continue }
            let before = rest[..<range.lowerBound].trimmingCharacters()
            result.append(before.hasSuffix(",") || before.hasSuffix("”") || before.hasSuffix("\"") || before.hasSuffix("’"))
            rest = rest[range.upperBound...]
        }
        return result
    }

    /// Capitalised words that are not the sentence's first word.
    func namedWords(_ words: [Word]) -> Int {
        words.dropFirst().filter { $0.capitalised && !$0.isNumber }.count
    }
}
