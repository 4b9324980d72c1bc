import Foundation

/// A fact-checked claim of the collection searched.
public struct VerifiedClaim: Sendable {
    public var id: String
    public var text: String
    /// The fact-check article's title.
    public var title: String
}

/// A text to search with, and the ids of the claims that answer it.
public struct RetrievalQuery: Sendable {
    public var id: String
    public var text: String
    public var relevant: Set<String>
}

/// A problem with the evaluation data, naming the file.
public struct RetrievalDataError: Error, CustomStringConvertible {
    public var description: String
}

/// CLEF 2020 CheckThat! task 2 (detecting previously fact-checked claims) as distributed:
/// `verified_claims.docs.tsv` (id, vclaim, title), and for each split (`train`, `dev`)
/// `tweets.queries.tsv` (id, tweet_content) and `tweet-vclaim-pairs.qrels` (tweet id, 0, claim id, 1).
public enum ClaimRetrievalData {
    public static func verifiedClaims(in directory: URL) throws -> [VerifiedClaim] {
        let url = directory.appendingPathComponent("verified_claims.docs.tsv")
        return try dataRows(url, columns: 3).map { VerifiedClaim(id: $0[0], text: $0[1], title: $0[2]) }
    }

    /// The split's tweets with their relevant claims, in file order. Tweets without a relevant
    /// claim are left out (there are none in the distributed splits).
    public static func queries(in directory: URL, split: String) throws -> [RetrievalQuery] {
        let folder = directory.appendingPathComponent(split)
        let qrelsURL = folder.appendingPathComponent("tweet-vclaim-pairs.qrels")
        var relevant: [String: Set<String>] = [:]
        for line in String(decoding: try read(qrelsURL), as: UTF8.self).split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard fields.count == 4 else { throw RetrievalDataError(description: "\(qrelsURL.path): expected 4 fields in '\(line)'") }
            if fields[3] != "0" { relevant[fields[0], default: []].insert(fields[2]) }
        }
        let tweets = try dataRows(folder.appendingPathComponent("tweets.queries.tsv"), columns: 2)
        return tweets.compactMap { row in relevant[row[0]].map { RetrievalQuery(id: row[0], text: row[1], relevant: $0) } }
    }

    /// The rows after the header, each checked for its number of fields.
    static func dataRows(_ url: URL, columns: Int) throws -> [[String]] {
        let rows = TabSeparated.rows(try read(url)).dropFirst()
        for (index, row) in rows.enumerated() where row.count != columns {
            throw RetrievalDataError(description: "\(url.path): row \(index + 1) has \(row.count) fields, not \(columns)")
        }
        return Array(rows)
    }

    static func read(_ url: URL) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RetrievalDataError(description: "\(url.path): cannot read the file (see ../shared/eval-data/README.md)")
        }
        return [UInt8](data)
    }
}
