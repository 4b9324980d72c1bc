import AsyncAlgorithms
import ClaimwatchCore
import ClaimwatchWatch
import Logging
import ServiceLifecycle

/// The daemon's processing: wait for dropped files to settle, process them in batches, keep
/// systemd informed. Wakes on each watcher hint and on a timer tick. Runs until graceful shutdown
/// (SIGTERM, SIGINT): the file in hand is cut off at its next deadline check and rolled back, the
/// files of the batch already handled are committed and moved.
final class ProcessingService: Service {
    private enum Wakeup: Sendable {
        case hint(WatchEvent)
        case tick
    }

    let config: ClaimwatchConfig
    let events: AsyncStream<WatchEvent>
    let processor: FileProcessor
    let alertLog: AlertLog
    /// Held for as long as the daemon runs: it is the data directory's one writer.
    let writerLock: WriterLock
    /// Set on SIGTERM/SIGINT: the file in hand stops at its next check (`Deadline`).
    let stop: StopRequest
    let notifier: SystemdNotifier
    let logger: Logger

    init(
        config: ClaimwatchConfig, events: AsyncStream<WatchEvent>, processor: FileProcessor, alertLog: AlertLog, writerLock: WriterLock,
        stop: StopRequest, notifier: SystemdNotifier, logger: Logger
    ) {
        self.config = config
        self.events = events
        self.processor = processor
        self.alertLog = alertLog
        self.writerLock = writerLock
        self.stop = stop
        self.notifier = notifier
        self.logger = logger
    }

    func run() async throws {
        var loop = ProcessingLoop(config: config, processor: processor, alertLog: alertLog, notifier: notifier, logger: logger)
        processor.markFinishedMoves(dropFolder: config.drop)
        processor.recoverFileInHand(dropFolder: config.drop)
        loop.rescan(reason: "start-up")
        notifier.ready(status: loop.statusLine())
        logger.notice("watching \(config.drop); drop files there (rename into place), alerts go to \(config.alertsJSONL)")

        let ticks = AsyncTimerSequence(interval: ProcessingLoop.tick(watchdogInterval: notifier.watchdogInterval), clock: .continuous)
        let wakeups = merge(events.map { Wakeup.hint($0) }, ticks.map { _ in Wakeup.tick })
        await withGracefulShutdownHandler {
            for await wakeup in wakeups {
                if case .hint(let event) = wakeup { loop.apply([event]) }
                // A backlog is worked through batch after batch; hints that arrive meanwhile wait
                // in the stream, and the next scan finds every file in any case.
                while !Task.isShuttingDownGracefully, !Task.isCancelled, loop.fatal == nil, await loop.step() {}
                if Task.isShuttingDownGracefully || Task.isCancelled || loop.fatal != nil { break }
            }
        } onGracefulShutdown: { [stop] in
            stop.request()
        }
        notifier.stopping()
        logger.notice(
            "stopping: files already handled are committed and moved; the file in hand, if any, is rolled back and stays in the drop folder with the files not yet processed, for the next start"
        )
        alertLog.close()
        if let fatal = loop.fatal { throw fatal }
    }
}
