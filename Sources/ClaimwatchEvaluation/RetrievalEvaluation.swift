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
/// each recorded as the product records one: an article with one claim (`ClaimDatabase.prefill`).
public final class RetrievalIndex: Sendable {
    public let database: ClaimDatabase
    /// The collection's claim id for each stored claim id.
    let collectionIDs: [Int64: String]
    let directory: String

    /// - Parameter padding: distractor claims recorded among the collection's, evenly interleaved
    ///   (`Distractors`), to time the search on a large database. They answer no query.
    public init(_ claims: [VerifiedClaim], indexing: IndexedText, padding: Int = 0) throws {
        directory = NSTemporaryDirectory() + "claimwatch-retrieval-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try ClaimDatabase(path: directory + "/claimwatch.sqlite")
        var distractors = Distractors(wordsOf: claims)
        var ids: [Int64: String] = [:]
        // A transaction per 10,000 claims, as the daemon's batches would commit them.
        let perTransaction = max(1, 10_000 * claims.count / max(claims.count + padding, 1))
        for start in stride(from: 0, to: claims.count, by: perTransaction) {
            var batch: [PrefillArticle] = []
            // The collection id of each article's claim; nil for a distractor's.
            var keys: [String?] = []
            for index in start..<min(start + perTransaction, claims.count) {
                let distractorsBefore = (index + 1) * padding / claims.count - index * padding / claims.count
                for _ in 0..<distractorsBefore {
                    let text = distractors.next()
                    batch.append(Self.article(text, outlet: "distractors", title: nil, key: "distractor-\(distractors.made)"))
                    keys.append(nil)
                }
                let claim = claims[index]
                let text = indexing == .claim ? claim.text : claim.text + "\n" + claim.title
                batch.append(Self.article(text, outlet: "snopes.com", title: claim.title, key: claim.id))
                keys.append(claim.id)
            }
            for (claimIDs, key) in zip(try database.prefill(batch), keys) {
                if let key, let id = claimIDs.first { ids[id] = key }
            }
        }
        collectionIDs = ids
    }

    /// `text` as an article with one claim.
    static func article(_ text: String, outlet: String, title: String?, key: String) -> PrefillArticle {
        PrefillArticle(
            article: Article(outlet: outlet, outletSource: .metadata, title: title, body: text),
            sha256: "clef2020-task2-\(key)", path: "\(outlet):\(key)", claims: [Claim(text: text)], time: Timestamp.date("2020-01-01T00:00:00Z")!)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// The collection ids of the best `limit` claims for a text, best first: `claimwatch search`.
    public func search(_ text: String, limit: Int, plan: SearchPlan = .recall, weighting: TermWeighting = .standard) throws -> [String] {
        try database.search(text, limit: limit, plan: plan, weighting: weighting).compactMap { collectionIDs[$0.stored.id] }
    }
}

/// Mean average precision at each depth over a split's queries, and the search speed.
public struct RetrievalScore: Sendable {
    /// MAP@k for each depth of `RetrievalEvaluation.depths`.
    public var meanAveragePrecision: [Int: Double]
    public var queries: Int
    /// Each query's search time, in seconds, in query order.
    public var latencies: [Double]
    public var seconds: Double { latencies.reduce(0, +) }
    public var queriesPerSecond: Double { seconds > 0 ? Double(queries) / seconds : 0 }

    /// The search time below which a share `q` (0...1) of the queries ran, in milliseconds.
    public func latencyMilliseconds(quantile q: Double) -> Double {
        let sorted = latencies.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))] * 1000
    }
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

    /// Runs every query through the product's search (`claimwatch search`) and scores the rankings.
    public static func evaluate(_ queries: [RetrievalQuery], on index: RetrievalIndex, weighting: TermWeighting = .standard) throws -> RetrievalScore
    {
        try evaluate(queries) { try index.search($0, limit: $1, weighting: weighting) }
    }

    /// Runs every query through `search` (text, limit → collection ids, best first), timing each.
    public static func evaluate(_ queries: [RetrievalQuery], search: (String, Int) throws -> [String]) throws -> RetrievalScore {
        let deepest = depths.max() ?? 10
        var sums = [Int: Double]()
        var latencies: [Double] = []
        for query in queries {
            let start = ContinuousClock.now
            let ranked = try search(query.text, deepest)
            let elapsed = ContinuousClock.now - start
            latencies.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            for depth in depths { sums[depth, default: 0] += averagePrecision(ranked: ranked, relevant: query.relevant, depth: depth) }
        }
        let count = max(queries.count, 1)
        return RetrievalScore(meanAveragePrecision: sums.mapValues { $0 / Double(count) }, queries: queries.count, latencies: latencies)
    }
}
