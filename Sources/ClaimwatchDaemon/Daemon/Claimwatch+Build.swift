import ClaimwatchStore
import Foundation
import Logging
import ServiceLifecycle

/// Wiring shared by the commands and the tests: configuration, database, alert log, daemon.
public enum ClaimwatchBuilder {
    /// Opens (and migrates) the database, creating the data directory if needed.
    /// - Throws: `StorageError` when its directory, or the file, cannot be created or written.
    public static func openDatabase(_ config: ClaimwatchConfig) throws -> ClaimDatabase {
        let directory = (config.database as NSString).deletingLastPathComponent
        // SQLite writes its -wal and -shm files beside the database: the directory must be writable.
        try WritableStorage.createDirectory(directory.isEmpty ? "." : directory, role: "the database's directory")
        if WritableStorage.entryExists(config.database) {
            try WritableStorage.checkWritable(config.database, role: "the database")
        }
        return try ClaimDatabase(path: config.database)
    }

    /// The alert log, repaired and caught up with the database.
    public static func openAlertLog(_ config: ClaimwatchConfig, database: ClaimDatabase, logger: Logger) throws -> AlertLog {
        let log = AlertLog(jsonlPath: config.alertsJSONL, logPath: config.alertsLog, database: database, logger: logger)
        try log.open()
        return log
    }

    /// The daemon: every folder created, the database migrated, the alert logs caught up, and a
    /// `ServiceGroup` that stops gracefully on SIGTERM and SIGINT.
    public static func makeDaemon(_ config: ClaimwatchConfig, logger: Logger) throws -> ServiceGroup {
        if let fault = try FaultPoint.arm() {
            logger.warning("TEST-ONLY fault point armed: \(fault.point.rawValue):\(fault.action.rawValue) (CLAIMWATCH_FAULT_POINT)")
        }
        for (directory, role) in [(config.drop, "the drop folder"), (config.processed, "the processed folder"), (config.failed, "the failed folder")] {
            try WritableStorage.createDirectory(directory, role: role)
        }
        let database = try openDatabase(config)
        if let pages = try DiskFullSimulation.arm(database) {
            logger.warning("TEST-ONLY disk full simulated: the database may grow by \(pages) pages (CLAIMWATCH_TEST_SPARE_PAGES)")
        }
        let alertLog = try openAlertLog(config, database: database, logger: logger)
        let notifier = SystemdNotifier()
        let processor = FileProcessor(
            config: config, database: database, alertLog: alertLog, moveFiles: true, logger: logger,
            progress: { notifier.watchdog() })
        let service = DropFolderService(config: config, processor: processor, alertLog: alertLog, notifier: notifier, logger: logger)
        return ServiceGroup(configuration: .init(
            services: [.init(service: service)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
    }
}
