/// Compares two texts as two outlets' claims: extracts a claim from each and lets the matcher
/// decide. What `claimwatch compare` and the matching evaluation run. Pure and deterministic.
public struct ClaimComparer: Sendable {
    /// One side of a comparison: a text, the outlet that published it and when (YYYY-MM-DD), so
    /// that unattributed sentences get the outlet as speaker and "on Tuesday" resolves.
    public struct Side: Sendable {
        public var text: String
        public var outlet: String
        public var published: String?
        public init(text: String, outlet: String, published: String? = nil) {
            self.text = text
            self.outlet = outlet
            self.published = published
        }
    }

    /// The decision with the two claims it compared.
    public struct Comparison: Sendable {
        public var new: Claim
        public var existing: Claim
        public var decision: MatchDecision?
    }

    public var extractor: any ClaimExtracting
    public var matcher: any ClaimMatching

    public init(
        extractor: any ClaimExtracting = ClaimExtractor(minimumWords: 1, keepsEverySentence: true), matcher: any ClaimMatching = ClaimMatcher()
    ) {
        self.extractor = extractor
        self.matcher = matcher
    }

    /// The claim a text makes; a text of several sentences makes the claim of its longest one.
    public func claim(_ side: Side) -> Claim {
        let article = Article(outlet: side.outlet, outletSource: .metadata, published: side.published, language: "en", body: side.text)
        let claims = extractor.claims(in: article)
        return claims.max { $0.text.count < $1.text.count } ?? Claim(text: side.text, speaker: side.outlet)
    }

    /// What `new` is to `existing`: a repeat, a contradiction, or nil for neither.
    public func compare(new: Side, existing: Side) -> Comparison {
        let a = claim(new), b = claim(existing)
        return Comparison(
            new: a, existing: b,
            decision: matcher.decide(new: ClaimFeatures(a, outlet: new.outlet), existing: ClaimFeatures(b, outlet: existing.outlet)))
    }
}
