import ClaimwatchCore
import ClaimwatchStore
import ClaimwatchWatch
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import UnixSignals

/// The daemon's processing loop: watch the drop folder, wait for files to settle, process them in
/// batches, keep systemd informed. Runs until graceful shutdown (SIGTERM, SIGINT): the file in
/// hand is cut off at its next deadline check and rolled back, the files of the batch already
/// handled are committed and moved.
public final class DropFolderService: Service {
    let config: ClaimwatchConfig
    let processor: FileProcessor
    let alertLog: AlertLog
    /// Held for as long as the daemon runs: it is the data directory's one writer.
    let writerLock: WriterLock
    /// Set on SIGTERM/SIGINT: the file in hand stops at its next check (`Deadline`).
    let stop: StopRequest
    let notifier: SystemdNotifier
    let logger: Logger
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant

    public init(
        config: ClaimwatchConfig, processor: FileProcessor, alertLog: AlertLog, writerLock: WriterLock, stop: StopRequest,
        notifier: SystemdNotifier, logger: Logger
    ) {
        self.config = config
        self.processor = processor
        self.alertLog = alertLog
        self.writerLock = writerLock
        self.stop = stop
        self.notifier = notifier
        self.logger = logger
        self.started = clock.now
    }

    public func run() async throws {
        let config = resolvedDropFolder()
        let watcher = DropFolderWatcher(root: config.drop, logger: logger)
        let events = try watcher.start()
        let inbox = EventInbox()
        var loop = ProcessingLoop(config: config, service: self)
        processor.markFinishedMoves(dropFolder: config.drop)
        processor.recoverFileInHand(dropFolder: config.drop)
        loop.rescan(reason: "start-up")
        notifier.ready(status: loop.statusLine())
        logger.notice("watching \(config.drop); drop files there (rename into place), alerts go to \(config.alertsJSONL)")

        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await event in events { inbox.put(event) }
            }
            group.addTask { [alertLog] in
                for await _ in await UnixSignalsSequence(trapping: .sighup) { alertLog.reopen() }
            }
            await withGracefulShutdownHandler {
                while !Task.isShuttingDownGracefully, !Task.isCancelled, loop.fatal == nil {
                    loop.apply(inbox.takeAll())
                    if loop.step() {
                        await Task.yield()
                    } else {
                        // Idle: sleep until the watcher reports something or the loop has a check due.
                        await inbox.wait(atMost: loop.idleWait)
                    }
                }
            } onGracefulShutdown: { [stop] in
                stop.request()
                inbox.wake()
            }
            notifier.stopping()
            logger.notice("stopping: files already handled are committed and moved; the file in hand, if any, is rolled back and stays in the drop folder with the files not yet processed, for the next start")
            watcher.stop()
            group.cancelAll()
        }
        alertLog.close()
        if let fatal = loop.fatal { throw fatal }
    }

    /// The configuration with the drop folder resolved once, at start-up, when the configured path
    /// is a symbolic link (logged). From then on the resolved folder is watched, and a symbolic
    /// link put in its place is refused.
    func resolvedDropFolder() -> ClaimwatchConfig {
        var info = stat()
        guard lstat(config.drop, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(config.drop, nil) else { return config }
        defer { free(resolved) }
        var config = config
        let path = String(cString: resolved)
        logger.notice("the drop folder \(config.drop) is a symbolic link; watching \(path), which it points to at start-up")
        config.dropDirectory = path
        return config
    }

    func seconds() -> Double {
        let elapsed = clock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
