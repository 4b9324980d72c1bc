import ClaimwatchEvaluation
import Foundation

/// The articles a run measures: news from the deterministic `NewsGenerator` (sentences, quotes,
/// numbers and dates in news style; repeats and contradictions planted across outlets), with the
/// five real seed articles mixed in at even intervals. The same options give the same files.
struct BenchCorpus {
    var articles: Int
    var outlets: Int
    var stories: Int
    var seed: UInt64

    /// Writes the corpus into `folder` (created) and returns the paths in ingest order. Each seed is
    /// written with a `Source:` header naming its own outlet, since the scraped text names none.
    func write(to folder: String, seeds: [String]) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let corpus = NewsGenerator.corpus(seed: seed, articles: articles, outlets: outlets, stories: stories)
        var paths: [String] = []
        let spacing = max(1, articles / max(1, seeds.count))
        for article in corpus.articles {
            let path = folder + "/" + article.fileName
            try Data(article.fileText.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
            let seedIndex = article.index / spacing
            if article.index % spacing == spacing / 2, seedIndex < seeds.count {
                let name = String(format: "%05d-seed-%d.txt", article.index, seedIndex)
                let text = "Source: Seed Outlet \(seedIndex + 1)\n\n" + seeds[seedIndex]
                try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
                paths.append(folder + "/" + name)
            }
        }
        return paths
    }

    /// The five real articles the project started from, as text.
    static func seeds(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }
}
