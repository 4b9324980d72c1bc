public import ClaimwatchCore
public import Foundation
import GRDB

/// An article and its claims, to be stored without matching (`ClaimDatabase.prefill`).
public struct PrefillArticle: Sendable {
    public var article: Article
    /// The article's content hash, as a delivery records it: one article per value.
    public var sha256: String
    public var path: String
    /// Stored under the article's outlet, in this order.
    public var claims: [Claim]
    /// When the article and its claims were first seen.
    public var time: Date

    public init(article: Article, sha256: String, path: String, claims: [Claim], time: Date) {
        self.article = article
        self.sha256 = sha256
        self.path = path
        self.claims = claims
        self.time = time
    }
}

extension ClaimDatabase {
    /// Stores articles and their claims in one transaction, in the rows the daemon writes for them
    /// (the article; each claim with its content terms, `Words.contentTerms`, in the full-text
    /// index and the term statistics), but without matching: each claim starts a cluster of its
    /// own, and no match or alert is recorded. For stores filled ahead of a benchmark or an evaluation.
    /// - Returns: each article's claim ids, in the order of `articles` and of their claims.
    @discardableResult
    public func prefill(_ articles: [PrefillArticle]) throws -> [[Int64]] {
        try transaction { ledger in
            try articles.map { entry in
                let articleID = try ledger.insertArticle(entry.article, sha256: entry.sha256, path: entry.path, claimsNote: nil, at: entry.time)
                return try entry.claims.map { claim in
                    try ledger.insertClaim(
                        claim, terms: Words.contentTerms(claim.text), articleID: articleID, outlet: entry.article.outlet,
                        clusterID: nil, at: entry.time)
                }
            }
        }
    }

    /// Copies every page of the write-ahead log into the database file and truncates the log to
    /// zero bytes (`PRAGMA wal_checkpoint(TRUNCATE)`): a store built once and copied many times is
    /// then a single file.
    public func checkpointWAL() throws {
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
