import Foundation

/// A claim as recorded: the extracted claim plus where and when it was first seen.
public struct StoredClaim: Sendable, Equatable {
    public var id: Int64
    public var articleID: Int64
    public var outlet: String
    public var clusterID: Int64
    public var createdAt: Date
    public var articleURL: String?
    public var articleTitle: String?
    public var claim: Claim

    /// What the matcher compares.
    public var features: ClaimFeatures { ClaimFeatures(claim, outlet: outlet) }

    /// A claim as `init(row:)` reads it back once recorded: what was inserted, with its article's URL and title.
    public init(
        id: Int64, articleID: Int64, outlet: String, clusterID: Int64, createdAt: Date, articleURL: String?, articleTitle: String?, claim: Claim
    ) {
        self.id = id
        self.articleID = articleID
        self.outlet = outlet
        self.clusterID = clusterID
        self.createdAt = createdAt
        self.articleURL = articleURL
        self.articleTitle = articleTitle
        self.claim = claim
    }
}
