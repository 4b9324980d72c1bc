import ArgumentParser
import ClaimwatchDaemon
import ClaimwatchStore
import Foundation
import Logging
import ServiceLifecycle

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground: watch the drop folder and process what arrives.",
        discussion: "Stops gracefully on SIGTERM or SIGINT after the batch in hand; SIGHUP reopens the alert logs.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The drop folder; overrides paths.drop (default DATA/incoming).", valueName: "dir"))
    var drop: String?

    func run() async throws {
        // SIGHUP reopens the alert logs once the daemon runs; until then it must not kill it.
        signal(SIGHUP, SIG_IGN)
        try await reportingFailures {
            var config = try common.load()
            if let drop { config.dropDirectory = drop }
            Logging.bootstrap(level: config.logLevel)
            let logger = Logger(label: "claimwatch")
            let group: ServiceGroup
            group = try CommonOptions.mappingFailures { try ClaimwatchBuilder.makeDaemon(config, logger: logger) }
            do {
                try await group.run()
            } catch let error as StoreError where error.code == .damaged {
                throw Failure("claimwatch: \(error)", exit: .databaseDamaged)
            } catch {
                throw Failure("claimwatch: \(error)", exit: .failure)
            }
        }
    }
}
