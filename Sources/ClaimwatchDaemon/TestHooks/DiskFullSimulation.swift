import ClaimwatchStore
import Foundation

/// TEST-ONLY: a full disk, simulated. `CLAIMWATCH_TEST_SPARE_PAGES=N` caps the database at its
/// current size plus N pages (`PRAGMA max_page_count` on the writer), so that a commit fails with
/// SQLITE_FULL as on a full disk. Read once at start-up. Never set it in production.
enum DiskFullSimulation {
    /// Applies the cap when the variable is set; returns the spare pages.
    static func arm(_ database: ClaimDatabase, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int? {
        guard let value = environment["CLAIMWATCH_TEST_SPARE_PAGES"], !value.isEmpty else { return nil }
        guard let spare = Int(value), spare >= 0 else {
            throw ConfigError(message: "CLAIMWATCH_TEST_SPARE_PAGES=\(value): expected a number of pages (0 or more)")
        }
        try database.limitGrowth(toPages: spare)
        return spare
    }
}
