import Foundation

/// How alike two sentences are in meaning, 0...1 (a sentence-embedding cosine): what the learned
/// repeat decision reads beside the shared words. Deterministic; implemented outside the core
/// (the `SentenceEmbedding` module's all-MiniLM-L6-v2).
public protocol SentenceSimilarity: Sendable {
    func similarity(_ a: String, _ b: String) -> Double
}

/// What the learned repeat decision (`RepeatModel`) reads of a pair the rules call a repeat.
public struct RepeatEvidence: Sendable, Equatable {
    /// The sentences' embedding cosine (`SentenceSimilarity`).
    public var meaning: Double
    /// The weighted word alignment (`Similarity.score`), names included.
    public var words: Double
    /// The same without names: what is said, not who or where.
    public var ordinaryWords: Double
    /// Content words of the shorter proposition.
    public var shorterTerms: Int
    public var sameSpeaker: Bool
    /// One claim quotes part of the other (`Similarity.containment`).
    public var partialQuote: Bool
    /// Both claims quote someone.
    public var bothQuote: Bool
    /// When both claims quote someone, the meaning of the two quotations alone (0 otherwise): two
    /// sentences that frame different quotations alike ("“…,” Trump said") mean nearly the same;
    /// their quotations do not ("Our country needs a cheerleader" / "He's supposed to be a
    /// cheerleader for this country").
    public var quoteMeaning: Double
    /// The meaning of the two propositions alone (`ClaimFeatures.proposition`: the quotation, what
    /// "X said that …" reports, or the sentence), without the attribution and framing around them:
    /// "Gingrich said Trump's use of social media gives his campaign an extra dimension" and "“He
    /// should use a campaign on social media to beat them”" share a speaker and a topic.
    public var propositionMeaning: Double
    /// Names (people, places, organisations) both claims name.
    public var sharedNames: Int
    /// Both claims give the same value for some number.
    public var sameNumbers: Bool

    public init(
        meaning: Double, words: Double, ordinaryWords: Double, shorterTerms: Int, sameSpeaker: Bool, partialQuote: Bool, bothQuote: Bool,
        quoteMeaning: Double, propositionMeaning: Double, sharedNames: Int, sameNumbers: Bool
    ) {
        self.meaning = meaning
        self.words = words
        self.ordinaryWords = ordinaryWords
        self.shorterTerms = shorterTerms
        self.sameSpeaker = sameSpeaker
        self.partialQuote = partialQuote
        self.bothQuote = bothQuote
        self.quoteMeaning = quoteMeaning
        self.propositionMeaning = propositionMeaning
        self.sharedNames = sharedNames
        self.sameNumbers = sameNumbers
    }

    /// The model's inputs, in the order of `names`.
    public var features: [Double] {
        [
            meaning, words, ordinaryWords, log(Double(max(shorterTerms, 1))), sameSpeaker ? 1 : 0, partialQuote ? 1 : 0, bothQuote ? 1 : 0,
            quoteMeaning, propositionMeaning, log(Double(1 + sharedNames)), sameNumbers ? 1 : 0,
        ]
    }

    public static let names = [
        "meaning", "words", "ordinary_words", "log_shorter_terms", "same_speaker", "partial_quote", "both_quote", "quote_meaning",
        "proposition_meaning",
        "log_shared_names",
        "same_numbers",
    ]
}

/// A logistic regression over `RepeatEvidence`: the probability that a pair the rules call a
/// repeat is one a reader would call a repeat. Trained by `make train-matcher` on labelled pairs
/// (`LearnedRepeatWeights`); `threshold` is the probability from which a repeat is raised.
public struct RepeatModel: Sendable, Equatable {
    public var weights: [Double]
    public var bias: Double
    public var threshold: Double

    public init(weights: [Double], bias: Double, threshold: Double) {
        precondition(weights.count == RepeatEvidence.names.count, "one weight per feature of RepeatEvidence")
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
    }

    /// The trained model (`LearnedRepeatWeights`, written by `make train-matcher`).
    public static let learned = RepeatModel(
        weights: LearnedRepeatWeights.weights, bias: LearnedRepeatWeights.bias, threshold: LearnedRepeatWeights.threshold)

    public func probability(_ evidence: RepeatEvidence) -> Double {
        let z = zip(weights, evidence.features).reduce(bias) { $0 + $1.0 * $1.1 }
        return 1 / (1 + exp(-z))
    }
}
