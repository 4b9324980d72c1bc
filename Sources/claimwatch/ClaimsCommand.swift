import ArgumentParser
import ClaimwatchCore
import ClaimwatchStore
import Foundation

struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List recorded claims, newest first.")

    @OptionGroup var data: DataOption

    @Flag(name: .long, help: "One JSON object per claim: id, outlet, text, speaker, article_url and more.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Only claims from this outlet.", valueName: "name"))
    var outlet: String?

    @Option(name: .long, help: ArgumentHelp("Only claims sharing words with this text (full-text, stemmed).", valueName: "text"))
    var search: String?

    @Option(name: .long, help: ArgumentHelp("At most this many claims.", valueName: "n"))
    var limit = 1000

    func run() async throws {
        try await reportingFailures {
            let database = try data.openDatabase()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for stored in try database.claims(outlet: outlet, search: search, limit: limit) {
                if json {
                    let line = ClaimLine(stored)
                    print(String(decoding: try encoder.encode(line), as: UTF8.self))
                } else {
                    let speaker = stored.claim.speaker.map { " — \($0)" } ?? ""
                    print("#\(stored.id) [\(stored.outlet)] \(stored.claim.text)\(speaker)")
                }
            }
        }
    }
}

/// The JSON form of a claim for `claims --json`.
struct ClaimLine: Encodable {
    var id: Int64
    var outlet: String
    var text: String
    var speaker: String?
    var cue: String?
    var articleURL: String?
    var articleTitle: String?
    var cluster: Int64
    var numbers: [Quantity]
    var negated: Bool
    var firstSeen: String

    enum CodingKeys: String, CodingKey {
        case id, outlet, text, speaker, cue, cluster, numbers, negated
        case articleURL = "article_url", articleTitle = "article_title", firstSeen = "first_seen"
    }

    init(_ stored: StoredClaim) {
        id = stored.id
        outlet = stored.outlet
        text = stored.claim.text
        speaker = stored.claim.speaker
        cue = stored.claim.cue
        articleURL = stored.articleURL
        articleTitle = stored.articleTitle
        cluster = stored.clusterID
        numbers = stored.claim.quantities
        negated = stored.claim.negated
        firstSeen = stored.createdAt
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(text, forKey: .text)
        // Absent values are written as null so that every line has the same keys.
        try c.encode(speaker, forKey: .speaker)
        try c.encode(cue, forKey: .cue)
        try c.encode(articleURL, forKey: .articleURL)
        try c.encode(articleTitle, forKey: .articleTitle)
        try c.encode(cluster, forKey: .cluster)
        try c.encode(numbers, forKey: .numbers)
        try c.encode(negated, forKey: .negated)
        try c.encode(firstSeen, forKey: .firstSeen)
    }
}
