import ClaimwatchCore
import ClaimwatchEvaluation
import ClaimwatchStore
import Foundation
import Synchronization

/// A store that already holds `claims` claims, so that ingest can be measured against it: the
/// claims of generated articles (another seed than the measured corpus, one story per 40 claims),
/// extracted as the daemon extracts them and stored with their articles and search statistics, each
/// as its own cluster. Matching is skipped: it would take hours at a million claims, and what a
/// new article costs depends on what is stored, not on how it got there.
///
/// Built once per size into `cache/claims-N/` and reused; a run copies it before writing to it.
/// `prefill-claims.jsonl` beside it holds the same claims for the Python peer.
struct StorePrefill {
    static let version = 1
    var claims: Int
    var cache: String

    var folder: String { cache + "/claims-\(claims)-v\(Self.version)" }
    var database: String { folder + "/claimwatch.sqlite" }
    var claimLines: String { folder + "/prefill-claims.jsonl" }
    private var marker: String { folder + "/complete" }

    /// Builds the store unless an earlier run did; migrates it to this build's schema either way, so
    /// that no migration is timed later. Returns the seconds spent building (0 when reused).
    @discardableResult
    func prepare(log: (String) -> Void) throws -> Double {
        if FileManager.default.fileExists(atPath: marker) {
            _ = try ClaimDatabase(path: database)
            return 0
        }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let start = ContinuousClock.now
        let store = try ClaimDatabase(path: database)
        _ = FileManager.default.createFile(atPath: claimLines, contents: nil)
        let lines = try FileHandle(forWritingTo: URL(fileURLWithPath: claimLines))
        defer { try? lines.close() }
        var generator = NewsGenerator(seed: 9_000 + UInt64(claims), outlets: 50, stories: max(1, claims / 40))
        var stored = 0
        var articleIndex = 0
        while stored < claims {
            let chunk = (0..<1024).map { _ in generator.next().article }
            let extracted = Self.extract(chunk)
            var jsonl = Data()
            var batch: [PrefillArticle] = []
            for (article, articleClaims) in extracted where stored < claims {
                let kept = Array(articleClaims.prefix(claims - stored))
                batch.append(
                    PrefillArticle(
                        article: article, sha256: "prefill-\(articleIndex)", path: "prefill/\(articleIndex).txt", claims: kept, time: Self.time))
                articleIndex += 1
                for claim in kept {
                    jsonl.append(try PrefillLine(outlet: article.outlet, text: claim.text, speaker: claim.speaker).encoded())
                }
                stored += kept.count
            }
            try store.prefill(batch)
            try lines.write(contentsOf: jsonl)
            if stored % 100_000 < 4_500 || stored >= claims { log("prefill: \(stored) of \(claims) claims, \(Int(start.secondsUntilNow)) s") }
        }
        try store.checkpointWAL()
        _ = FileManager.default.createFile(atPath: marker, contents: Data("\(stored) claims\n".utf8))
        return start.secondsUntilNow
    }

    static let time = Timestamp.date("2025-01-01T00:00:00Z")!

    /// Intake and claim extraction of generated articles, on every core.
    static func extract(_ articles: [GeneratedArticle]) -> [(Article, [Claim])] {
        let reader = ArticleReader()
        let extractor = ClaimExtractor()
        let results = Mutex<[Int: (Article, [Claim])]>([:])
        let workers = ProcessInfo.processInfo.activeProcessorCount
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var mine: [Int: (Article, [Claim])] = [:]
            for index in stride(from: worker, to: articles.count, by: workers) {
                let bytes = Array(articles[index].fileText.utf8)
                guard let article = try? reader.read(bytes, fileName: articles[index].fileName, subfolder: nil).first?.result.get() else { continue }
                mine[index] = (article, extractor.claims(in: article))
            }
            results.withLock { $0.merge(mine) { first, _ in first } }
        }
        return results.withLock { all in all.keys.sorted().map { all[$0]! } }
    }

    /// Bytes of the store on disk: the database and its WAL.
    static func bytesOnDisk(database: String) -> Int64 {
        [database, database + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0)
        }
    }
}

/// One line of `prefill-claims.jsonl`: the interface of the Python peer's `--prefill`.
struct PrefillLine: Encodable {
    var outlet: String
    var text: String
    var speaker: String?

    func encoded() throws -> Data {
        var data = try JSONEncoder().encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
