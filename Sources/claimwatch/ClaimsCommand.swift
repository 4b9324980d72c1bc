import ArgumentParser
import ClaimwatchCore
import ClaimwatchStore
import Foundation

struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List recorded claims, newest first.")

    @OptionGroup var data: DataOption

    @Flag(name: .long, help: "One JSON object per claim: id, outlet, text, quote, speaker, numbers, dates, entities, polarity, article_url and more.")
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
            let encoder = ClaimJSON.encoder()
            for stored in try database.claims(outlet: outlet, search: search, limit: limit) {
                if json {
                    print(String(decoding: try encoder.encode(ClaimJSON(stored)), as: UTF8.self))
                } else {
                    let speaker = stored.claim.speaker.map { " — \($0)" } ?? ""
                    print("#\(stored.id) [\(stored.outlet)] \(stored.claim.text)\(speaker)")
                }
            }
        }
    }
}
