import ClaimwatchCore
import Foundation

/// What the engine reads and writes of the record, inside one transaction of its owner: the
/// deliveries of files, articles, claims, matches, clusters and alerts. The SQLite store
/// (`ClaimwatchStore.Ledger`) is one; the engine's tests use one in memory. No method commits:
/// the owner of the transaction does, and `atomically` rolls back what its body wrote when it throws.
public protocol ClaimLedger {
    /// Runs `body` so that what it writes is kept only if it returns: rolled back, and the error
    /// rethrown, if it throws.
    func atomically<T>(_ body: () throws -> T) throws -> T

    // MARK: Deliveries

    /// A delivery of the same file (same name, inode and mtime) recorded but never moved: an
    /// earlier run committed it and was stopped before the move.
    func unmovedDelivery(name: String, inode: UInt64, mtimeNs: Int64) throws -> PriorDelivery?
    /// Records a delivery; returns its id.
    func recordDelivery(_ delivery: Delivery) throws -> Int64
    /// Whether a file with these bytes was processed before (under any name).
    func processedBefore(sha256: String) throws -> Bool
    /// The id of the article with this content, if the same bytes were recorded before.
    func articleID(sha256: String) throws -> Int64?
    /// The lines of a delivery that could not be read.
    func failedLines(delivery: Int64) throws -> [FailedLine]
    func recordFailedLine(_ line: FailedLine, delivery: Int64) throws

    // MARK: Articles, claims and matches

    /// Records an article. `claimsNote` says why no claims were extracted, when that was on purpose.
    func insertArticle(_ article: Article, sha256: String, path: String, claimsNote: String?, at time: Date) throws -> Int64
    /// Records a claim with its content terms; returns its id. A claim that repeats another joins
    /// the cluster `clusterID`; with nil it starts its own, named after the claim's id.
    func insertClaim(_ claim: Claim, terms: [ContentTerm], articleID: Int64, outlet: String, clusterID: Int64?, at time: Date) throws -> Int64
    func insertMatch(claimID: Int64, matchedClaimID: Int64, decision: MatchDecision) throws

    // MARK: Lines an outlet repeats

    /// For each of `keys` (`OutletFurniture.key`) that earlier articles of `outlet` carried, how
    /// many did; keys no earlier article carried are left out.
    func lineCounts(outlet: String, keys: [Int64]) throws -> [Int64: Int]
    /// Counts one more article of `outlet` carrying each of `keys` (distinct).
    func countLines(outlet: String, keys: [Int64]) throws

    // MARK: Clusters and alerts

    /// How many outlets carry a claim of the cluster.
    func outletsCarrying(cluster: Int64) throws -> Int
    /// Whether `outlet` carries a claim of the cluster other than `claimID`.
    func outlet(_ outlet: String, carries cluster: Int64, except claimID: Int64) throws -> Bool
    func alertExists(cluster: Int64, outlet: String, kind: MatchKind) throws -> Bool
    /// Takes the id of the alert about to be inserted: alert ids are dense and in order, since the
    /// logs are written by id, and an id taken in a transaction rolled back is given back.
    func takeAlertID() throws -> Int64
    func insertAlert(_ alert: Alert, clusterID: Int64) throws
}

/// Where the claims a new claim is compared with come from: a claim in, the ids of stored claims
/// from other outlets out, best first. The store ranks with its search index; a test can return
/// every claim.
public protocol CandidateSource {
    /// At most `limit` stored claims of outlets other than `outlet`, best first.
    func candidateIDs(for claim: Claim, excludingOutlet outlet: String, limit: Int) throws -> [Int64]
    /// Stored claims by id; ids of no claim are left out.
    func storedClaims(_ ids: [Int64]) throws -> [Int64: StoredClaim]
}
