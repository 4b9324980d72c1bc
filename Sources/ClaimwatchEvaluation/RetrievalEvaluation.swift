import ClaimwatchCore
import ClaimwatchStore
import Foundation

/// What is indexed of each verified claim.
public enum IndexedText: String, Sendable, CaseIterable {
    /// The claim alone: what the product indexes (a claim's text).
    case claim
    /// The claim followed by its fact-check's title: an upper bound the product does not use.
    case claimAndTitle = "claim+title"
}

/// A real claimwatch database in a temporary directory holding a collection of verified claims,
/// each recorded as the product records one: an article with one claim, through `Ledger`.
public final class RetrievalIndex: Sendable {
    public let database: ClaimDatabase
    /// The collection's claim id for each stored claim id.
    let collectionIDs: [Int64: String]
    let directory: String

    public init(_ claims: [VerifiedClaim], indexing: IndexedText) throws {
        directory = NSTemporaryDirectory() + "claimwatch-retrieval-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try ClaimDatabase(path: directory + "/claimwatch.sqlite")
        let time = "2020-01-01T00:00:00Z"
        collectionIDs = try database.pool.write { db in
            let ledger = Ledger(db)
            var ids: [Int64: String] = [:]
            for claim in claims {
                let text = indexing == .claim ? claim.text : claim.text + "\n" + claim.title
                let article = Article(outlet: "snopes.com", outletSource: .metadata, title: claim.title, body: text)
                let articleID = try ledger.insertArticle(article, sha256: "clef2020-task2-\(claim.id)", path: "verified_claims.docs.tsv:\(claim.id)",
                                                         claimsNote: nil, at: time)
                let stored = try ledger.insertClaim(Claim(text: text), terms: Words.contentTerms(text), articleID: articleID,
                                                    outlet: article.outlet, clusterID: nil, at: time)
                ids[stored] = claim.id
            }
            return ids
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// The collection ids of the best `limit` claims for a text, best first: `claimwatch search`.
    public func search(_ text: String, limit: Int, weighting: TermWeighting = .standard) throws -> [String] {
        try database.search(text, limit: limit, weighting: weighting).compactMap { collectionIDs[$0.stored.id] }
    }
}

/// Mean average precision at each depth over a split's queries, and the search speed.
public struct RetrievalScore: Sendable {
    /// MAP@k for each depth of `RetrievalEvaluation.depths`.
    public var meanAveragePrecision: [Int: Double]
    public var queries: Int
    public var seconds: Double
    public var queriesPerSecond: Double { seconds > 0 ? Double(queries) / seconds : 0 }
}

public enum RetrievalEvaluation {
    /// The depths CLEF 2020 task 2 reports (MAP@5 is its main measure).
    public static let depths = [1, 3, 5, 10]

    /// Average precision at `depth`, as CLEF 2020 task 2 computes it (trec_eval's, cut at the depth):
    /// the precision at the rank of each relevant claim found in the first `depth`, summed, over
    /// the number of relevant claims.
    public static func averagePrecision(ranked: [String], relevant: Set<String>, depth: Int) -> Double {
        guard !relevant.isEmpty else { return 0 }
        var found = 0
        var sum = 0.0
        for (rank, id) in ranked.prefix(depth).enumerated() where relevant.contains(id) {
            found += 1
            sum += Double(found) / Double(rank + 1)
        }
        return sum / Double(relevant.count)
    }

    /// Runs every query through the product's search and scores the rankings.
    public static func evaluate(_ queries: [RetrievalQuery], on index: RetrievalIndex, weighting: TermWeighting = .standard) throws -> RetrievalScore {
        let deepest = depths.max() ?? 10
        var sums = [Int: Double]()
        let start = ContinuousClock.now
        var rankings: [[String]] = []
        for query in queries { rankings.append(try index.search(query.text, limit: deepest, weighting: weighting)) }
        let elapsed = ContinuousClock.now - start
        for (query, ranked) in zip(queries, rankings) {
            for depth in depths { sums[depth, default: 0] += averagePrecision(ranked: ranked, relevant: query.relevant, depth: depth) }
        }
        let count = max(queries.count, 1)
        return RetrievalScore(
            meanAveragePrecision: sums.mapValues { $0 / Double(count) }, queries: queries.count,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
}
