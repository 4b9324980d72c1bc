import ArgumentParser
import ClaimwatchDaemon
import ClaimwatchWatch
import Foundation

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show counts, the backlog in the drop folder, failed files and the last error.")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        try await reportingFailures {
            let config = try common.load()
            let database = try common.openDatabase(config)
            let counts = try database.counts()
            let backlog = DropFolderListing.candidateFiles(under: config.drop).count
            let failedFiles = DropFolderListing.candidateFiles(under: config.failed).count
            print("""
                drop folder:    \(config.drop)
                backlog:        \(backlog) files waiting
                articles:       \(counts.articles)
                claims:         \(counts.claims)
                alerts:         \(counts.repeats) repeats, \(counts.contradictions) contradictions
                files:          \(counts.processed) processed, \(counts.duplicates) duplicates, \(counts.failed) failed
                failed folder:  \(config.failed) (\(failedFiles) files, each with a .reason)
                """)
            if let last = counts.lastFailure {
                print("last error:     \(last.at) \(last.name): \(last.reason)")
            } else {
                print("last error:     none")
            }
        }
    }
}
