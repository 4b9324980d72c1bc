import ClaimwatchCore
import Foundation

/// What `claimwatch extract` prints for one article.
struct ExtractReport: Encodable {
    struct ClaimLine: Encodable {
        var text: String
        var speaker: String?
        var cue: String?
        var numbers: [Quantity]
        var negated: Bool
        var sentence: Int
    }

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
    var claims: [ClaimLine]

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
        self.claims = claims.map {
            ClaimLine(text: $0.text, speaker: $0.speaker, cue: $0.cue, numbers: $0.quantities, negated: $0.negated, sentence: $0.sentenceIndex)
        }
    }

    func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
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
        lines += claims.map { claim in
            let who = claim.speaker.map { " — \($0)" } ?? ""
            let numbers = claim.numbers.isEmpty ? "" : " {" + claim.numbers.map { "\($0.written)\($0.unit.isEmpty ? "" : " " + $0.unit)" }.joined(separator: ", ") + "}"
            return "  [\(claim.sentence + 1)] \(claim.text)\(who)\(numbers)\(claim.negated ? " (negated)" : "")"
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
