import Foundation

/// Reads the labelled pair files: the one place the matching evaluation reads pairs from disk.
public enum PairCorpus {
    /// Every `*.jsonl` file of a folder, in name order, as one list; a malformed line or pair fails
    /// with the file's name.
    public static func load(folder: URL) throws -> [LabelledPair] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        var pairs: [LabelledPair] = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            do { pairs += try PairLines.decode(text) } catch { throw PairFileError(file: name, reason: "\(error)") }
        }
        for pair in pairs {
            if let problem = pair.problem { throw PairFileError(file: pair.id, reason: problem) }
        }
        return pairs
    }

    public struct PairFileError: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "\(file): \(reason)" }
    }
}
