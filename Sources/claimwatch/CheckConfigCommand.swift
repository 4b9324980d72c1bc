import ArgumentParser
import ClaimwatchDaemon
import Foundation

struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check a configuration file and print the settings it gives. Exits 78 if it is invalid.")

    @Option(name: .long, help: ArgumentHelp("The TOML configuration file to check.", valueName: "file"))
    var config: String?

    func run() async throws {
        try await reportingFailures {
            let loaded = try CommonOptions(config: config, data: nil).load()
            print(
                """
                \(config.map { "\($0): OK" } ?? "no --config given: built-in defaults")
                paths.data = \(loaded.dataDirectory)
                paths.drop = \(loaded.drop)
                paths.processed = \(loaded.processed)
                paths.failed = \(loaded.failed)
                paths.database = \(loaded.database)
                paths.alerts_jsonl = \(loaded.alertsJSONL)
                paths.alerts_log = \(loaded.alertsLog)
                watch.settle_seconds = \(loaded.settleSeconds)
                watch.rescan_interval_seconds = \(loaded.rescanIntervalSeconds)
                watch.batch_size = \(loaded.batchSize)
                watch.file_time_limit_seconds = \(loaded.fileTimeLimitSeconds)
                intake.max_file_bytes = \(loaded.maxFileBytes)
                intake.public_suffix_list = \(loaded.publicSuffixList)
                intake.outlet_furniture_articles = \(loaded.outletFurnitureArticles)
                outlets = \(loaded.outletAliases.sorted { $0.key < $1.key }.map { "\"\($0.key)\" = \"\($0.value)\"" }.joined(separator: ", "))
                matching.max_candidates = \(loaded.maxCandidates)
                matching.repeat_threshold = \(loaded.repeatThreshold)
                matching.topic_threshold = \(loaded.topicThreshold)
                matching.window_days = \(loaded.windowDays)
                alerts.min_checkworthiness = \(loaded.minCheckworthiness)
                log.level = \(loaded.logLevel.rawValue)
                """)
        }
    }
}
