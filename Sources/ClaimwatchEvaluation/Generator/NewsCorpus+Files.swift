import Foundation

extension NewsCorpus {
    /// Writes each article as `DIR/NAME.txt` (a header intake reads, then the body) and the planted
    /// pairs as `DIR/pairs.jsonl`. Creates the folder; overwrites files of the same names.
    public func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for article in articles {
            try article.fileText.write(to: folder.appendingPathComponent(article.fileName), atomically: true, encoding: .utf8)
        }
        try PairLines.encode(pairs).write(to: folder.appendingPathComponent("pairs.jsonl"), atomically: true, encoding: .utf8)
    }
}
