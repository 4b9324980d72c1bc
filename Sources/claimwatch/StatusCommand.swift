import ArgumentParser
import ClaimwatchDaemon
import ClaimwatchSystem
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
            print(
                """
                drop folder:    \(config.drop)
                backlog:        \(backlog) files waiting
                articles:       \(counts.articles)
                claims:         \(counts.claims)
                alerts:         \(counts.repeats) repeats, \(counts.contradictions) contradictions
                files:          \(counts.processed) processed, \(counts.duplicates) duplicates, \(counts.failed) failed
                failed folder:  \(config.failed) (\(failedFiles) files, each with a .reason)
                """)
            // Recorded files a move out of the drop folder has not reached yet (processed/ or failed/
            // read-only, say): the daemon retries them at each scan without recording them again.
            let stuck = try database.unmovedDeliveries().filter { (try? Posix.access(config.drop + "/" + $0.name, F_OK)) != nil }.count
            if stuck > 0 {
                print(
                    "not moved:      \(stuck) files recorded but still in the drop folder; the log says why (processed/ or failed/ not writable?); moved at a later scan"
                )
            }
            print("writer:         \(WriterLock.holder(ofDatabase: config.database) ?? "none (no daemon or ingest is running)")")
            switch AlertLogHealth.read(path: ClaimwatchBuilder.alertLogHealthPath(config)) {
            case .some(let health) where health.failing != nil:
                let failing = health.failing!
                print(
                    "alert logs:     FAILING since \(failing.since): \(failing.file): \(failing.error); \(failing.behind) alerts not written yet (kept in the database, appended once the file can be written)"
                )
            case .some:
                print("alert logs:     up to date")
            case .none:
                print("alert logs:     unknown (no daemon has run on this database)")
            }
            if let last = counts.lastFailure {
                print("last error:     \(last.at) \(last.name): \(last.reason)")
            } else {
                print("last error:     none")
            }
        }
    }
}
