import ClaimwatchCore
import Foundation

/// The real seed articles in `../shared/samples/seeds` (beside the repository), read as intake
/// reads a dropped `.txt` file. `CLAIMWATCH_SEEDS` points elsewhere.
enum SeedArticles {
    struct Missing: Error, CustomStringConvertible {
        var directory: String
        var description: String { "no seed articles (*.txt) in \(directory); set CLAIMWATCH_SEEDS" }
    }

    /// Found from this file's path, not the working directory, which the benchmark plugin chooses.
    static var directory: String {
        if let path = ProcessInfo.processInfo.environment["CLAIMWATCH_SEEDS"], !path.isEmpty { return path }
        let repository = URL(fileURLWithPath: #filePath)  // Benchmarks/Benchmarks/PipelineStages/this file
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/samples/seeds").path
    }

    /// Every seed article, by file name.
    static func all() throws -> [(name: String, article: Article)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        guard !names.isEmpty else { throw Missing(directory: directory) }
        let reader = ArticleReader()
        return try names.compactMap { name in
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name)))
            guard let item = try reader.read(bytes, fileName: name, subfolder: "seeds").first else { return nil }
            return (name, try item.result.get())
        }
    }

    /// The longest seed article (001, about 7 kB): the most sentences and claims per call.
    static func longest() throws -> Article {
        try all().max { $0.article.body.utf8.count < $1.article.body.utf8.count }!.article
    }
}
