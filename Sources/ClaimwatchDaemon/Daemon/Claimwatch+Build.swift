import ClaimwatchCore
import ClaimwatchEngine
import ClaimwatchStore
import Foundation
import Logging
import ServiceLifecycle

/// Wiring shared by the commands and the tests: configuration, database, alert log, daemon.
public enum ClaimwatchBuilder {
    /// The data directory's writer: its lock taken, then the database opened and migrated. Only a
    /// writer migrates, so two processes never migrate at once.
    /// - Throws: `WriterLock.Held` when another process writes the directory; `StorageError` when
    ///   its directory, the lock or the database cannot be created or written.
    public static func openForWriting(_ config: ClaimwatchConfig, role: String) throws -> (lock: WriterLock, database: ClaimDatabase) {
        let directory = (config.database as NSString).deletingLastPathComponent
        // SQLite writes its -wal and -shm files beside the database: the directory must be writable.
        try WritableStorage.createDirectory(directory.isEmpty ? "." : directory, role: "the database's directory")
        if WritableStorage.entryExists(config.database) {
            try WritableStorage.checkWritable(config.database, role: "the database")
        }
        let lock = try WriterLock(database: config.database, role: role)
        return (lock, try ClaimDatabase(path: config.database))
    }

    /// The database for a read command: never created, migrated or written.
    public static func openForReading(_ config: ClaimwatchConfig) throws -> ClaimDatabase {
        try ClaimDatabase(readingAt: config.database)
    }

    /// Where the daemon keeps the alert logs' state for `claimwatch status` (`AlertLogHealth`).
    public static func alertLogHealthPath(_ config: ClaimwatchConfig) -> String {
        config.database + "-alertlogs"
    }

    /// The alert log, repaired and caught up with the database.
    public static func openAlertLog(_ config: ClaimwatchConfig, database: ClaimDatabase, logger: Logger) throws -> AlertLog {
        let log = AlertLog(
            jsonlPath: config.alertsJSONL, logPath: config.alertsLog, database: database, healthPath: alertLogHealthPath(config), logger: logger)
        try log.open()
        return log
    }

    /// The engine's use case with the extractor and matcher of this configuration: the one place
    /// they are chosen, for the daemon and `claimwatch ingest` alike.
    public static func recorder(_ config: ClaimwatchConfig) -> ArticleRecorder {
        ArticleRecorder(
            extractor: ClaimExtractor(),
            matcher: ClaimMatcher(repeatThreshold: config.repeatThreshold, contradictionThreshold: config.topicThreshold),
            maxCandidates: config.maxCandidates)
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
        let (lock, database) = try openForWriting(config, role: "run")
        if let pages = try DiskFullSimulation.arm(database) {
            logger.warning("TEST-ONLY disk full simulated: the database may grow by \(pages) pages (CLAIMWATCH_TEST_SPARE_PAGES)")
        }
        let alertLog = try openAlertLog(config, database: database, logger: logger)
        let notifier = SystemdNotifier()
        let stop = StopRequest()
        let processor = FileProcessor(
            config: config, database: database, recorder: recorder(config), alertLog: alertLog, moveFiles: true, logger: logger, stop: stop,
            progress: { notifier.watchdog() })
        let service = DropFolderService(
            config: config, processor: processor, alertLog: alertLog, writerLock: lock, stop: stop, notifier: notifier, logger: logger)
        return ServiceGroup(configuration: .init(
            services: [.init(service: service)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
    }
}
