/// What the matcher compares: a claim's stemmed content words, its numbers and its polarity.
public struct ClaimFeatures: Sendable, Equatable {
    public var stems: Set<String>
    public var quantities: [Quantity]
    public var negated: Bool
    public var speaker: String?

    public init(stems: Set<String>, quantities: [Quantity], negated: Bool, speaker: String?) {
        self.stems = stems
        self.quantities = quantities
        self.negated = negated
        self.speaker = speaker
    }

    public init(_ claim: Claim) {
        self.init(claim, terms: Words.contentTerms(claim.text))
    }

    /// Features from content terms already computed (`Words.contentTerms(claim.text)`).
    public init(_ claim: Claim, terms: [ContentTerm]) {
        self.init(stems: Set(terms.map(\.stem)), quantities: claim.quantities, negated: claim.negated, speaker: claim.speaker)
    }
}
