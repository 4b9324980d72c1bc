import Crypto
import Foundation

/// One row of polnear-train's `metadata.tsv`: the article's name (its text file without `.txt`),
/// publisher, publication date and title.
public struct PolnearArticleInfo: Sendable, Equatable {
    public var name: String
    public var publisher: String
    public var published: String
    public var title: String

    public init(name: String, publisher: String, published: String = "", title: String = "") {
        self.name = name
        self.publisher = publisher
        self.published = published
        self.title = title
    }
}

/// The held-out split of polnear-train (issue 15), fixed once for every later issue: for each
/// publisher, the `perPublisher` articles whose SHA-256 of the name (the UTF-8 bytes of
/// `metadata.tsv`'s `filename`, no newline) is smallest, hex digests compared as strings. It is
/// made from the names alone. The list is committed in
/// `Tests/ClaimwatchCoreTests/Fixtures/polnear/heldout.txt`, which `make-heldout.sh` beside it
/// regenerates independently (`sha256sum`). No rule, threshold, lexicon or model may be tuned on
/// those articles, and no tool prints their errors.
public enum PolnearSplit {
    public static let perPublisher = 24

    /// The lowercase hex SHA-256 of the name's UTF-8 bytes.
    public static func digest(_ name: String) -> String {
        SHA256.hash(data: Array(name.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The held-out names the rule gives for these articles, sorted (byte order, as `LC_ALL=C sort`).
    public static func heldOut(_ articles: [PolnearArticleInfo], perPublisher: Int = perPublisher) -> [String] {
        let byPublisher = Dictionary(grouping: articles, by: \.publisher)
        var chosen: [String] = []
        for (_, group) in byPublisher {
            let ranked = group.map { (digest($0.name), $0.name) }.sorted { $0.0 < $1.0 }
            chosen += ranked.prefix(perPublisher).map(\.1)
        }
        return chosen.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The names in a split file: one a line, `#` lines and blank lines skipped.
    public static func parseList(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The rows of `metadata.tsv` (header first: compartment, filename, level, annotators, publisher,
    /// publication_date, author, title, …).
    public static func metadata(_ bytes: [UInt8]) throws -> [PolnearArticleInfo] {
        let rows = TabSeparated.rows(bytes)
        guard let header = rows.first, let name = header.firstIndex(of: "filename"),
            let publisher = header.firstIndex(of: "publisher")
        else {
            throw PolnearDataError(description: "metadata.tsv: no filename or publisher column")
        }
        let date = header.firstIndex(of: "publication_date"), title = header.firstIndex(of: "title")
        return rows.dropFirst().filter { $0.count > max(name, publisher) }.map { row in
            PolnearArticleInfo(
                name: row[name], publisher: row[publisher],
                published: date.flatMap { $0 < row.count ? row[$0] : nil } ?? "",
                title: title.flatMap { $0 < row.count ? row[$0] : nil } ?? "")
        }
    }
}

/// A problem with the polnear data, naming the file.
public struct PolnearDataError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}
