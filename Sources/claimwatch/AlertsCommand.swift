import ArgumentParser
import ClaimwatchCore
import ClaimwatchDaemon
import ClaimwatchStore
import Foundation

struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Print the alerts recorded so far, oldest first.")

    @OptionGroup var data: DataOption

    @Flag(name: .long, help: "One JSON object per line, as in alerts.jsonl.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Only alerts of this kind: repeat or contradiction.", valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Only alerts at or after this time (ISO 8601, or a date YYYY-MM-DD).", valueName: "time"))
    var since: String?

    @Flag(name: .long, help: "Keep printing new alerts as they are recorded.")
    var follow = false

    func validate() throws {
        if let kind, kind != "repeat", kind != "contradiction" {
            throw ValidationError("--kind must be 'repeat' or 'contradiction', not '\(kind)'")
        }
        if let since, Timestamp.parse(since) == nil {
            throw ValidationError("--since must be an ISO 8601 time such as 2026-11-24T08:00:00Z, or a date such as 2026-11-24")
        }
    }

    func run() async throws {
        try await reportingFailures {
            let database = try data.openDatabase()
            var lastID: Int64 = 0
            let sinceTime = since.flatMap { Timestamp.parse($0) }
            repeat {
                for alert in try database.alerts(kind: kind, since: sinceTime, afterID: lastID) {
                    print(json ? alert.json : alert.line)
                    lastID = alert.id
                }
                if follow {
                    fflush(nil)
                    try await Task.sleep(for: .seconds(1))
                }
            } while follow
        }
    }
}
