import ClaimwatchCore
import ClaimwatchEvaluation
import ClaimwatchStore
import Foundation

/// A temporary claim store filled with the claims of generated articles, and search queries made
/// from the claims of the articles generated after them (same stories, other words).
struct CandidateStore: Sendable {
    struct Query: Sendable {
        var terms: [SearchTerm]
        var outlet: String
    }

    var database: ClaimDatabase
    var queries: [Query]

    /// One directory per process, so that teardown finds it without shared state.
    static var directory: String { NSTemporaryDirectory() + "claimwatch-micro-bench-\(getpid())" }

    /// Records generated articles, as the daemon would (article, claims, content terms; no
    /// matching), until `claims` claims are stored, then makes 50 queries from the next articles.
    static func build(claims target: Int, seed: UInt64 = 7) throws -> CandidateStore {
        removeFiles()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let database = try ClaimDatabase(path: directory + "/claimwatch.sqlite")
        let extractor = ClaimExtractor()
        var generator = NewsGenerator(seed: seed)
        var stored = 0
        while stored < target {
            // Large transactions: one commit per 200 articles keeps the build to seconds.
            var batch: [PrefillArticle] = []
            for _ in 0..<200 where stored < target {
                let generated = generator.next().article
                let article = Self.article(generated)
                let claims = Array(extractor.claims(in: article).prefix(target - stored))
                batch.append(
                    PrefillArticle(
                        article: article, sha256: "generated-\(seed)-\(generated.index)", path: generated.fileName,
                        claims: claims, time: Timestamp.date(generated.published + "T12:00:00Z") ?? Date(timeIntervalSince1970: 0)))
                stored += claims.count
            }
            try database.prefill(batch)
        }
        var queries: [Query] = []
        while queries.count < 50 {
            let article = Self.article(generator.next().article)
            queries += extractor.claims(in: article).map { Query(terms: Words.searchTerms($0.text), outlet: article.outlet) }
        }
        return CandidateStore(database: database, queries: Array(queries.prefix(50)))
    }

    static func article(_ generated: GeneratedArticle) -> Article {
        Article(
            outlet: generated.outlet, outletSource: .metadata, title: generated.title, url: generated.url,
            published: generated.published, language: "en", body: generated.body)
    }

    static func removeFiles() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
