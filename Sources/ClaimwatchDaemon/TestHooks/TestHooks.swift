import ClaimwatchStore
import Logging

/// TEST-ONLY hooks, all in this folder, compiled into every build and inert unless their
/// environment variable is set at start-up. The fault suite (Tests/ClaimwatchIntegrationTests)
/// uses them on the real binary; never set them in production.
///
/// | variable | hook | what it does |
/// |---|---|---|
/// | `CLAIMWATCH_FAULT_POINT=NAME[:ACTION]` | `FaultPoint` | stops the daemon as kill -9 would at a named point of a batch |
/// | `CLAIMWATCH_TEST_SPARE_PAGES=N` | `DiskFullSimulation` | caps the database at N more pages, so a commit fails as on a full disk |
///
/// Production code reaches them only through `FaultPoint.reached(_:)` (a single nil check when
/// unarmed) and this start-up call.
enum TestHooks {
    /// Arms the hooks whose variable is set, and warns in the log for each one armed.
    /// - Throws: `ConfigError` when a variable holds a value the hook does not understand.
    static func arm(_ database: ClaimDatabase, logger: Logger) throws {
        if let fault = try FaultPoint.arm() {
            logger.warning("TEST-ONLY fault point armed: \(fault.point.rawValue):\(fault.action.rawValue) (CLAIMWATCH_FAULT_POINT)")
        }
        if let pages = try DiskFullSimulation.arm(database) {
            logger.warning("TEST-ONLY disk full simulated: the database may grow by \(pages) pages (CLAIMWATCH_TEST_SPARE_PAGES)")
        }
    }
}
