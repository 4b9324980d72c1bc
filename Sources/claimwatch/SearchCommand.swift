import ArgumentParser
import ClaimwatchCore
import ClaimwatchStore
import Foundation

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Has anyone said this already? The recorded claims closest to a text, best first.",
        discussion: """
            Every content word, name and number of TEXT is searched for, each weighted by how rare it \
            is among the recorded claims (names and numbers a little more). Links, hashtags, @handles \
            and an embedded tweet's signature are made words first, so a pasted post works as it is. \
            Each result shows its claim id, score (higher is closer), outlet, first-seen time, text and speaker.
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("The text to search for: a sentence, a claim, a pasted post.", valueName: "text"))
    var text: String

    @Flag(name: .long, help: "A JSON array of the claims, each with its score and the fields of `claims --json`.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("At most this many claims.", valueName: "n"))
    var limit = 10

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        try await reportingFailures {
            let config = try common.load()
            let database = try common.openDatabase(config)
            let results = try database.search(text, limit: limit)
            if json {
                let encoder = ClaimJSON.encoder()
                print(String(decoding: try encoder.encode(results.map(SearchResultJSON.init)), as: UTF8.self))
                return
            }
            if results.isEmpty { print("no recorded claim shares a word with this text") }
            for result in results {
                let stored = result.stored
                let speaker = stored.claim.speaker.map { " — \($0)" } ?? ""
                print(
                    "#\(stored.id)  \(String(format: "%.2f", result.score))  [\(stored.outlet)]  \(Timestamp.format(stored.createdAt))  \(stored.claim.text)\(speaker)"
                )
            }
        }
    }
}

/// A search result as `search --json` prints it: `claims --json`'s object with the score added.
struct SearchResultJSON: Encodable {
    var result: ScoredClaim

    init(_ result: ScoredClaim) { self.result = result }

    enum Key: String, CodingKey { case score }

    func encode(to encoder: Encoder) throws {
        try ClaimJSON(result.stored).encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode((result.score * 10000).rounded() / 10000, forKey: .score)
    }
}
