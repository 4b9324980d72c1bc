import ClaimwatchCore
import Foundation

/// What `claimwatch extract` prints for one article.
struct ExtractReport: Encodable {
    var outlet: String
    var outletSource: String
    var title: String?
    var url: String?
    var published: String?
    var author: String?
    var language: String?
    var format: String
    var encoding: String
    var line: Int?
    var sentences: [String]
    var removed: [RemovedLine]
    var claims: [ClaimJSON]

    enum CodingKeys: String, CodingKey {
        case outlet, title, url, published, author, language, format, encoding, line, sentences, removed, claims
        case outletSource = "outlet_source"
    }

    init(_ article: Article, claims: [Claim]) {
        outlet = article.outlet
        outletSource = article.outletSource.rawValue
        title = article.title
        url = article.url
        published = article.published
        author = article.author
        language = article.language
        format = article.format.rawValue
        encoding = article.encoding
        line = article.line
        sentences = SentenceSplitter.split(article.body)
        removed = article.removed
        self.claims = claims.map(ClaimJSON.init)
    }

    func jsonLine() throws -> String {
        String(decoding: try ClaimJSON.encoder().encode(self), as: UTF8.self)
    }

    func text() -> String {
        var lines: [String] = []
        if let line { lines.append("line:      \(line)") }
        lines.append("outlet:    \(outlet) (from \(outletSource))")
        for (label, value) in [("title:", title), ("url:", url), ("published:", published), ("author:", author), ("language:", language)] {
            if let value { lines.append(label.padding(toLength: 11, withPad: " ", startingAt: 0) + value) }
        }
        lines.append("format:    \(format), \(encoding)")
        lines.append("\nsentences (\(sentences.count)):")
        lines += sentences.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        lines.append("\nremoved lines (\(removed.count)):")
        lines += removed.map { "  line \($0.line) [\($0.reason)]: \($0.text)" }
        lines.append("\nclaims (\(claims.count)):")
        lines += claims.map(\.claim).map { claim in
            var details: [String] = []
            if let speaker = claim.speaker { details.append("speaker: " + speaker + (claim.speakerRole.map { " (\($0))" } ?? "")) }
            if !claim.quantities.isEmpty {
                details.append(
                    "numbers: "
                        + claim.quantities.map { q in
                            (q.qualifier == .exact ? "" : q.qualifier.rawValue + " ") + q.written + (q.counted.isEmpty ? "" : " " + q.counted)
                        }.joined(separator: "; "))
            }
            if !claim.dates.isEmpty {
                details.append("dates: " + claim.dates.map { $0.written + ($0.resolved.map { " = \($0)" } ?? "") }.joined(separator: "; "))
            }
            if claim.polarity != .affirmed { details.append(claim.polarity.rawValue) }
            if claim.modality != .asserted { details.append(claim.modality.rawValue) }
            let suffix = details.isEmpty ? "" : "\n      " + details.joined(separator: " | ")
            return "  [\(claim.sentenceIndex + 1)] \(claim.markedText)\(suffix)"
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
