import ClaimwatchCore
import ClaimwatchEngine
import ClaimwatchStore
import ClaimwatchSystem
import ClaimwatchWatch
import Foundation
import Logging
import SentenceEmbedding
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
    /// - Throws: `ConfigError` when `matching.model` names a folder without a usable model.
    public static func recorder(_ config: ClaimwatchConfig, logger: Logger? = nil) throws -> ArticleRecorder {
        var matcher = ClaimMatcher(repeatThreshold: config.repeatThreshold, contradictionThreshold: config.topicThreshold)
        matcher.sentences = try sentenceSimilarity(config, logger: logger)
        if let confidence = config.repeatConfidence { matcher.repeatModel.threshold = confidence }
        var recorder = ArticleRecorder(
            extractor: ClaimExtractor(), matcher: matcher, maxCandidates: config.maxCandidates, minimumCheckworthiness: config.minCheckworthiness)
        recorder.outletFurnitureArticles = config.outletFurnitureArticles
        return recorder
    }

    /// The sentence-embedding model `matching.model` names, or finds on `modelSearchPath` when
    /// empty; nil when it is "off" or, empty, finds none (logged: repeats then rest on the words).
    public static func sentenceSimilarity(_ config: ClaimwatchConfig, logger: Logger?) throws -> (any SentenceSimilarity)? {
        if config.model == "off" { return nil }
        let candidates = config.model.isEmpty ? ClaimwatchConfig.modelSearchPath : [config.model]
        guard let directory = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/model.safetensors") }) else {
            if !config.model.isEmpty {
                throw ConfigError(
                    message: "matching.model: \(config.model) has no model.safetensors; run `make model` (or `make install`), "
                        + "or set matching.model = \"off\" to decide repeats by the word rules alone")
            }
            logger?.notice(
                "no sentence-embedding model in \(candidates.joined(separator: ", ")): repeats are decided by the word rules alone, which raise more false repeats; run `make install` or set matching.model"
            )
            return nil
        }
        do {
            return try EmbeddingSimilarity(directory: directory)
        } catch {
            throw ConfigError(message: "matching.model: \(error)")
        }
    }

    /// The daemon: every folder created, the database migrated, the alert logs caught up, and a
    /// `ServiceGroup` that stops gracefully on SIGTERM and SIGINT.
    public static func makeDaemon(_ config: ClaimwatchConfig, logger: Logger) throws -> ServiceGroup {
        for (directory, role) in [(config.drop, "the drop folder"), (config.processed, "the processed folder"), (config.failed, "the failed folder")]
        {
            try WritableStorage.createDirectory(directory, role: role)
        }
        let (lock, database) = try openForWriting(config, role: "run")
        try TestHooks.arm(database, logger: logger)
        let alertLog = try openAlertLog(config, database: database, logger: logger)
        let notifier = SystemdNotifier()
        let stop = StopRequest()
        let processor = FileProcessor(
            config: config, database: database, recorder: try recorder(config, logger: logger), alertLog: alertLog, moveFiles: true, logger: logger,
            stop: stop,
            progress: { notifier.watchdog() })
        let drop = resolvedDropFolder(config, logger: logger)
        let watcher = DropFolderWatcher(root: drop.drop, logger: logger)
        let events = try watcher.start()
        let processing = ProcessingService(
            config: drop, events: events, processor: processor, alertLog: alertLog, writerLock: lock, stop: stop, notifier: notifier,
            logger: logger)
        // Shut down in reverse order: no more log reopening, then the batch in hand, then the watch.
        return ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: WatcherService(watcher: watcher)), .init(service: processing),
                    .init(service: AlertLogReopenService(alertLog: alertLog)),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
    }

    /// The configuration with the drop folder resolved once, at start-up, when the configured path
    /// is a symbolic link (logged). From then on the resolved folder is watched, and a symbolic
    /// link put in its place is refused.
    static func resolvedDropFolder(_ config: ClaimwatchConfig, logger: Logger) -> ClaimwatchConfig {
        guard let info = try? Posix.lstat(config.drop), info.st_mode & S_IFMT == S_IFLNK,
            let resolved = try? Posix.realpath(config.drop)
        else { return config }
        var config = config
        let path = String(decoding: resolved, as: UTF8.self)
        logger.notice("the drop folder \(config.drop) is a symbolic link; watching \(path), which it points to at start-up")
        config.dropDirectory = path
        return config
    }
}
