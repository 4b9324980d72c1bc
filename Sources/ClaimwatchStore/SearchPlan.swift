/// How much work one search may do, whatever the size of the database: at most
/// `maximumTerms × hitsPerTerm` full-text index entries are read, and at most a few times
/// `shortlist` claims.
public struct SearchPlan: Sendable, Equatable {
    /// At most this many terms, the rarest, are looked up in the full-text index; the others only
    /// add their weight to the claims found.
    public var maximumTerms: Int
    /// At most this many claims holding a term, the most recent, are read for each term looked up.
    public var hitsPerTerm: Int
    /// When set, terms held by more than this share of the claims are not looked up, except the two
    /// rarest (so that a text made only of common words still finds something).
    public var commonShare: Double?
    /// The claims found are first ranked by the weights of the terms looked up, from the index
    /// alone; only the best this many are read and scored on every term and their length.
    public var shortlist: Int

    public init(maximumTerms: Int, hitsPerTerm: Int, commonShare: Double?, shortlist: Int) {
        self.maximumTerms = maximumTerms
        self.hitsPerTerm = hitsPerTerm
        self.commonShare = commonShare
        self.shortlist = shortlist
    }

    /// The daemon's candidates for a new claim: names, numbers and rare words tie two claims
    /// together; a term in more than 2% of all claims says little and costs a long posting list.
    public static let candidates = SearchPlan(maximumTerms: 8, hitsPerTerm: 2000, commonShare: 0.02, shortlist: 200)
    /// `claimwatch search`: every content word of the text is looked up.
    public static let recall = SearchPlan(maximumTerms: 32, hitsPerTerm: 20_000, commonShare: nil, shortlist: 1000)

    /// Below this many claims no term counts as common.
    static let minimumCommonCount = 100
}
