import ArgumentParser
import ClaimwatchCore
import ClaimwatchStore
import Foundation

/// `claimwatch show CLAIM_ID`: how a claim spread across outlets, and what contradicts it.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a claim's spread across outlets as a timeline, with the contradictions recorded against it.",
        discussion: """
            The claim's cluster holds every claim that repeats it. The timeline lists them in the order \
            they arrived: the first appearance (outlet, article, time), then each outlet that carried it, \
            with the score and reasons of the repeat decision. Contradictions follow, with the field in \
            conflict. Claim ids appear in alerts (claim.id, matched.claim_id) and in `claimwatch claims`.
            """)

    @OptionGroup var data: DataOption
    @Argument(help: "A claim id.") var claimID: Int64
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        try await reportingFailures {
            guard let spread = try data.openDatabase().spread(ofClaim: claimID) else {
                throw Failure("claimwatch: no claim #\(claimID); `claimwatch claims` lists the recorded claims", exit: .failure)
            }
            print(json ? try SpreadJSON(spread).encoded() : SpreadText.render(spread))
        }
    }
}

/// The timeline as text.
enum SpreadText {
    static func render(_ spread: ClusterSpread) -> String {
        guard let first = spread.claims.first else { return "" }
        var lines = [
            "Claim cluster #\(spread.cluster): \"\(Alert.escape(first.claim.text))\"" + (first.claim.speaker.map { " — \(Alert.escape($0))" } ?? ""),
            "First seen \(Timestamp.format(first.createdAt)) in \(Alert.escape(first.outlet))" + (first.articleURL.map { " (\($0))" } ?? ""),
            "Carried by \(spread.outlets.count) outlet\(spread.outlets.count == 1 ? "" : "s"): \(spread.outlets.map(Alert.escape).joined(separator: ", "))",
            "",
            "Timeline:",
        ]
        for claim in spread.claims {
            let join = spread.joins[claim.id].map { " (repeat of #\($0.matched.id), score \($0.score))" } ?? " (first appearance)"
            lines.append("  \(Timestamp.format(claim.createdAt))  \(Alert.escape(claim.outlet))  #\(claim.id)\(join)")
            lines.append("      \"\(Alert.escape(claim.claim.text))\"" + (claim.claim.speaker.map { " — \(Alert.escape($0))" } ?? ""))
            for reason in spread.joins[claim.id]?.reasons ?? [] { lines.append("      · \(Alert.escape(reason))") }
        }
        lines.append("")
        lines.append(spread.contradictions.isEmpty ? "No contradictions recorded." : "Contradictions:")
        for match in spread.contradictions {
            let field = match.conflict.map { " on \(Alert.escape($0.field.name)): \(Alert.escape($0.new)) vs \(Alert.escape($0.existing))" } ?? ""
            lines.append(
                "  \(Timestamp.format(match.claim.createdAt))  \(Alert.escape(match.claim.outlet)) #\(match.claim.id) vs \(Alert.escape(match.matched.outlet)) #\(match.matched.id)\(field) (score \(match.score))"
            )
            lines.append("      \"\(Alert.escape(match.claim.claim.text))\"" + (match.claim.claim.speaker.map { " — \(Alert.escape($0))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

/// The timeline as JSON: {cluster, first_seen, outlets, claims: [...], contradictions: [...]}.
struct SpreadJSON: Encodable {
    struct Entry: Encodable {
        var claim: ClaimJSON
        var repeatOf: Int64?
        var score: Double?
        var reasons: [String]
        enum CodingKeys: String, CodingKey { case claim, repeatOf = "repeat_of", score, reasons }
    }
    struct Contradiction: Encodable {
        var claim: ClaimJSON
        var matched: ClaimJSON
        var score: Double
        var reasons: [String]
        var conflict: Conflict?
    }
    var cluster: Int64
    var firstSeen: String?
    var outlets: [String]
    var claims: [Entry]
    var contradictions: [Contradiction]
    enum CodingKeys: String, CodingKey { case cluster, firstSeen = "first_seen", outlets, claims, contradictions }

    init(_ spread: ClusterSpread) {
        cluster = spread.cluster
        firstSeen = spread.claims.first.map { Timestamp.format($0.createdAt) }
        outlets = spread.outlets
        claims = spread.claims.map { c in
            let join = spread.joins[c.id]
            return Entry(claim: ClaimJSON(c), repeatOf: join?.matched.id, score: join?.score, reasons: join?.reasons ?? [])
        }
        contradictions = spread.contradictions.map {
            Contradiction(claim: ClaimJSON($0.claim), matched: ClaimJSON($0.matched), score: $0.score, reasons: $0.reasons, conflict: $0.conflict)
        }
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
