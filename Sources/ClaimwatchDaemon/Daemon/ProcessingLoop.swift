import ClaimwatchCore
import ClaimwatchStore
import ClaimwatchWatch
import Foundation
import Logging

/// One turn of the daemon's work at a time: take hints, look at pending files, process a batch.
struct ProcessingLoop {
    let config: ClaimwatchConfig
    let processor: FileProcessor
    let alertLog: AlertLog
    let notifier: SystemdNotifier
    let logger: Logger
    let batchThread = BatchThread()
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    var tracker: SettleTracker
    var lastRescan = 0.0
    var lastHeartbeat = -1.0
    var folderMissing = false
    /// Where the drop folder was, a symbolic link now stands (to this target); it is not followed.
    var folderLinkTarget: String?
    var processed = 0
    var failed = 0
    var duplicates = 0
    var lastError: String?
    /// After a failed commit: when to try again, and the current back-off in seconds.
    var retryAt = 0.0
    /// Set when the daemon must stop: the database is damaged.
    var fatal: StoreError?
    var retryDelay = 0.0
    /// Non-regular files already reported, by path and inode, so each is logged once.
    var reportedSkips = Set<String>()

    init(config: ClaimwatchConfig, processor: FileProcessor, alertLog: AlertLog, notifier: SystemdNotifier, logger: Logger) {
        self.config = config
        self.processor = processor
        self.alertLog = alertLog
        self.notifier = notifier
        self.logger = logger
        self.started = clock.now
        self.tracker = SettleTracker(settleSeconds: config.settleSeconds)
    }

    /// Seconds since the loop was made, on the monotonic clock.
    func seconds() -> Double {
        let elapsed = clock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    mutating func apply(_ events: [WatchEvent]) {
        let now = seconds()
        for event in events {
            switch event {
            case .file(let path, let renamedIn):
                if DropFolderListing.isCandidateName(path.last) {
                    tracker.hint(path, renamedIn: renamedIn, now: now)
                }
            case .rescan(let reason):
                folderMissing = false
                folderLinkTarget = nil
                rescan(reason: reason)
            case .folderIsSymbolicLink(let target):
                folderMissing = true
                folderLinkTarget = target
                for path in tracker.paths { tracker.forget(path) }
            case .folderMissing:
                folderMissing = true
                for path in tracker.paths { tracker.forget(path) }
                logger.warning("the drop folder \(config.drop) is gone; waiting for it to come back")
            }
        }
    }

    /// Lists the whole drop folder: the events are hints, the folder is the truth.
    mutating func rescan(reason: String) {
        let now = seconds()
        lastRescan = now
        let listing = DropFolderListing.listing(of: config.drop)
        if case .symbolicLink(let target) = listing.refused {
            // The watcher warns about it, once; a rescan only notes that it read nothing.
            logger.debug("not scanned: the drop folder \(config.drop) is a symbolic link to \(target)")
        }
        let files = listing.files
        for path in files.sorted() { tracker.hint(path, renamedIn: false, now: now) }
        for folder in listing.tooDeep where reportedSkips.insert(folder.display).inserted {
            logger.warning(
                "ignored: the folder \(folder.logged) is nested too deep; only one outlet subfolder level (OUTLET/file) is read",
                metadata: ["file.name": "\(folder.logged)"])
        }
        logger.debug("scanned the drop folder (\(reason)): \(files.count) files", metadata: ["scan.reason": "\(reason)"])
    }

    /// Processes one batch of ready files if there is one, on the batch thread. Returns whether it
    /// did any work.
    mutating func step() async -> Bool {
        let now = seconds()
        heartbeat(now)
        if now - lastRescan >= config.rescanIntervalSeconds { rescan(reason: "periodic") }
        var ready: [FileProcessor.Item] = []
        guard now >= retryAt, tracker.count > 0 else { return false }
        // Opened afresh each turn, never through a symbolic link: a folder moved away is not
        // read any more, and a link put in its place (or in an outlet's place) is not followed.
        var folders = FolderCache(root: config.drop)
        for path in tracker.paths {
            guard ready.count < config.batchSize else { break }
            guard let folder = folders.folder(of: path), let info = folder.status(of: path.last) else {
                tracker.forget(path)
                continue
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                tracker.forget(path)
                reportSkip(path, info: info)
                continue
            }
            let observation = SettleTracker.Observation(size: Int64(info.st_size), mtimeNs: info.mtimeNs, inode: UInt64(info.st_ino))
            if tracker.observe(path, observation, now: now) {
                ready.append(FileProcessor.Item(path.last, in: folder, name: path))
            }
        }
        guard !ready.isEmpty else { return false }
        do {
            let outcomes = try await batchThread.run { [processor, ready] in try processor.process(ready) }
            for (item, outcome) in zip(ready, outcomes) {
                tracker.forget(item.name)
                // Written to while it was read: it must settle again before it is read again.
                if outcome == .changed { tracker.hint(item.name, renamedIn: false, now: seconds()) }
                count(outcome, item: item)
            }
            retryDelay = 0
        } catch {
            // A damaged database will not heal by retrying: stop, and let the exit code say so.
            if let damage = ClaimDatabase.damage(in: error, path: config.database) {
                logger.critical("\(damage)")
                fatal = damage
                return false
            }
            // The transaction failed (disk full, database locked too long): the files stay in the
            // drop folder and the batch is tried again, waiting longer each time, up to a minute.
            retryDelay = min(60, max(1, retryDelay * 2))
            retryAt = seconds() + retryDelay
            lastError = "\(error)"
            logger.error(
                "cannot commit a batch of \(ready.count) files: \(error); retrying in \(Int(retryDelay)) s",
                metadata: ["batch.size": "\(ready.count)"])
        }
        heartbeat(seconds())
        return true
    }

    mutating func count(_ outcome: FileOutcome, item: FileProcessor.Item) {
        switch outcome {
        case .processed: processed += 1
        case .duplicate: duplicates += 1
        case .failed(let reason): failed += 1; lastError = "\(item.name.display): \(reason)"
        case .skipped(let reason):
            logger.warning("skipped: \(Alert.escape(reason))", metadata: ["file.name": "\(item.name.logged)"])
        case .vanished, .changed, .deferred: break
        }
    }

    mutating func reportSkip(_ path: FileName, info: stat) {
        guard reportedSkips.insert("\(path.display):\(info.st_ino)").inserted else { return }
        logger.warning("skipped: \(DroppedFile.kind(of: info.st_mode)), not a regular file; left in place", metadata: ["file.name": "\(path.logged)"])
    }

    /// How often the loop looks at its settling files and its heartbeat when no hint wakes it:
    /// 50 ms, or less when systemd's watchdog asks for more (a hint wakes it at once).
    static func tick(watchdogInterval: Double?) -> Duration {
        .milliseconds(max(1, Int(min(0.05, watchdogInterval ?? 1) * 1000)))
    }

    /// WATCHDOG=1 and a fresh STATUS= about once a second, from the processing loop itself.
    mutating func heartbeat(_ now: Double) {
        guard now - lastHeartbeat >= min(1, notifier.watchdogInterval ?? 1) else { return }
        lastHeartbeat = now
        alertLog.retryIfBehind()
        processor.reportFilesChangedAfterTheirMove()
        notifier.watchdog()
        notifier.status(statusLine())
    }

    func statusLine() -> String {
        if let target = folderLinkTarget {
            return "the drop folder \(config.drop) is a symbolic link to \(target), not followed; waiting for a directory to be put back"
        }
        if folderMissing { return "waiting for the drop folder \(config.drop) to come back" }
        var line = "processed \(processed), duplicates \(duplicates), failed \(failed), pending \(tracker.count)"
        if let logFailure = alertLog.failure {
            line += "; ALERT LOG FAILING: \(logFailure.prefix(200)) (alerts are kept in the database and appended once it can be written)"
        }
        if let lastError { line += "; last error: \(lastError.prefix(200))" }
        return line
    }
}
