import ClaimwatchCore
import ClaimwatchEngine
import ClaimwatchStore
import ClaimwatchSystem
import ClaimwatchWatch
import Crypto
import Foundation
import Logging

/// What happened to one file.
public enum FileOutcome: Sendable, Equatable {
    /// Recorded. For `.jsonl` files, lines that could not be read are listed; the rest went through.
    case processed(claims: Int, alerts: Int, failedLines: [FailedLine] = [])
    case duplicate
    case failed(reason: String)
    /// Not a regular file; left where it is.
    case skipped(reason: String)
    /// Gone before it could be read.
    case vanished
    /// Changed on disk (size or mtime) after it was read: nothing of it was recorded, and it is
    /// read again once it settles.
    case changed
    /// Not handled: the daemon was asked to stop first. Nothing of it was recorded; it stays in the
    /// drop folder and is processed at the next start.
    case deferred

    /// How the outcome is recorded; nil for outcomes that record nothing.
    var recorded: DeliveryOutcome? {
        switch self {
        case .processed: .processed
        case .duplicate: .duplicate
        case .failed: .failed
        case .skipped, .vanished, .changed, .deferred: nil
        }
    }
}

/// Runs files through intake, extraction and matching, and commits each batch in one SQLite
/// transaction (one savepoint per file). Only after the commit are files moved and alerts written.
public final class FileProcessor: Sendable {
    public struct Placement: Sendable {
        /// Where to move handled files; nil leaves them in place (`claimwatch ingest`).
        public var processed: String
        public var failed: String
    }

    let database: ClaimDatabase
    let alertLog: AlertLog
    /// The engine's use case, with the extractor and matcher the builder chose.
    let recorder: ArticleRecorder
    /// What candidate search reads of stored claims, kept between articles like `recorder.cache`.
    let shortlistCache = ShortlistCache()
    let maxFileBytes: Int
    /// `matching.window_days`: 0 means every stored claim is a candidate.
    let windowDays: Int
    let placement: Placement?
    let logger: Logger
    let reader: ArticleReader
    let mover = FileMover()
    /// Files lately moved out, watched for a writer that goes on writing after the move.
    let movedFiles = MovedFiles()
    let timeLimit: TimeLimit
    /// The daemon's record of the file in hand; nil for `claimwatch ingest`.
    let inHand: InHandRecord?
    /// Called after each article: the daemon pings the systemd watchdog, so that pings stop only
    /// when processing itself is stuck.
    let progress: @Sendable () -> Void

    public init(
        config: ClaimwatchConfig, database: ClaimDatabase, recorder: ArticleRecorder, alertLog: AlertLog, moveFiles: Bool, logger: Logger,
        stop: StopRequest? = nil, progress: @escaping @Sendable () -> Void = {}
    ) {
        self.database = database
        self.alertLog = alertLog
        self.recorder = recorder
        self.reader = config.articleReader(logger: logger)
        self.maxFileBytes = config.maxFileBytes
        self.windowDays = config.windowDays
        self.placement = moveFiles ? Placement(processed: config.processed, failed: config.failed) : nil
        self.logger = logger
        self.timeLimit = TimeLimit(seconds: config.fileTimeLimitSeconds > 0 ? config.fileTimeLimitSeconds : nil, stop: stop)
        self.progress = progress
        if moveFiles {
            do {
                inHand = try InHandRecord(opening: config.database + "-inhand")
            } catch {
                inHand = nil
                logger.warning("\(error); a file that crashes the daemon will not be set aside")
            }
        } else {
            inHand = nil
        }
    }

    /// A file to handle: where it is on disk and the name it is recorded under.
    public struct Item: Sendable {
        /// The directory `entry` is in, opened without following symbolic links; nil when `entry`
        /// is a path (absolute or from the working directory, `claimwatch ingest`).
        public var directory: DirectoryHandle?
        public var entry: FileName
        /// Relative to the drop folder (`a.txt`, `WION/a.txt`): moved under it, recorded as its display.
        public var name: FileName
        /// Overrides the outlet subfolder rule (`ingest --outlet`).
        public var outlet: String?

        public init(path: FileName, name: FileName, outlet: String? = nil) {
            self.entry = path; self.name = name; self.outlet = outlet
        }

        public init(path: String, name: String, outlet: String? = nil) {
            self.init(path: FileName(path), name: FileName(name), outlet: outlet)
        }

        /// `entry` inside the already opened `directory`.
        public init(_ entry: FileName, in directory: DirectoryHandle, name: FileName) {
            self.directory = directory; self.entry = entry; self.name = name
        }
    }

    /// Handles a batch. Throws only when the transaction itself fails (the files stay in place and
    /// can be retried); a bad file is an outcome, not an error.
    public func process(_ items: [Item]) throws -> [FileOutcome] {
        var outcomes = [FileOutcome](repeating: .vanished, count: items.count)
        var files: [Int: DroppedFile] = [:]
        for (index, item) in items.enumerated() {
            switch DroppedFile.open(item.entry, in: item.directory, name: item.name, maxBytes: maxFileBytes) {
            case .file(let file): files[index] = file
            case .skipped(let reason): outcomes[index] = .skipped(reason: reason)
            case .vanished: outcomes[index] = .vanished
            }
        }
        guard !files.isEmpty else { return outcomes }
        var alerts: [Alert] = []
        var deliveries: [Int: Int64] = [:]
        let time = Timestamp.now()
        let since = windowDays > 0 ? time.addingTimeInterval(-Double(windowDays) * 86400) : nil
        try inBatchTransaction {
            try database.transaction(candidatesSince: since, shortlistCache: shortlistCache) { ledger in
                var stopping = false
                for index in files.keys.sorted() {
                    let file = files[index]!
                    if stopping {
                        outcomes[index] = .deferred
                        continue
                    }
                    let stops = inHand?.stops(name: file.name.display, inode: file.inode, mtimeNs: file.mtimeNs) ?? 0
                    inHand?.hold(.init(name: file.name.display, inode: file.inode, mtimeNs: file.mtimeNs, stops: stops))
                    do {
                        let handled = try ledger.atomically {
                            let handled = try self.handle(file, outlet: items[index].outlet, stops: stops, at: time, ledger: ledger)
                            guard file.isUnchangedOnDisk() else { throw FileRollback.changed }
                            return handled
                        }
                        outcomes[index] = handled.outcome
                        deliveries[index] = handled.delivery
                        alerts += handled.alerts
                    } catch FileRollback.changed {
                        outcomes[index] = .changed
                        self.forgetClaims()
                    } catch let error as DeadlineExceeded where error.reason == .stopping {
                        outcomes[index] = .deferred
                        stopping = true
                        self.forgetClaims()
                    } catch  where !StorageFault.holdsTheBatch(error) {
                        // From this file's content, not from the storage: it fails alone.
                        self.forgetClaims()
                        let reason = StorageFault.reason(for: error)
                        outcomes[index] = .failed(reason: reason)
                        deliveries[index] = try ledger.recordDelivery(self.delivery(of: file, .failed, reason: reason, at: time))
                    }
                }
                FaultPoint.reached(.beforeCommit)
            }
        }
        FaultPoint.reached(.afterCommit)
        var moved: [Int64] = []
        for (index, file) in files where finish(file, outcome: outcomes[index]) {
            if let delivery = deliveries[index] { moved.append(delivery) }
        }
        FaultPoint.reached(.afterMove)
        do {
            try database.markMoved(deliveries: moved)
        } catch {
            // The files are safe; only a re-drop of the very same file could be mistaken for a move to finish.
            logger.warning("cannot record that \(moved.count) files were moved: \(error)")
        }
        alertLog.append(alerts)
        FaultPoint.reached(.afterAlertAppend)
        return outcomes
    }

    /// Runs the batch's transaction, in which each file is recorded as in hand while it is
    /// handled. Once the transaction is over, committed or failed (disk full), no file is in hand;
    /// if it failed, the claims it read may have been rolled back, so none is kept.
    private func inBatchTransaction(_ transaction: () throws -> Void) throws {
        defer { inHand?.clear() }
        do {
            try transaction()
        } catch {
            forgetClaims()
            throw error
        }
    }

    /// After a rollback: claims kept in memory may be gone, and their ids given to other claims.
    private func forgetClaims() {
        recorder.forgetClaims()
        shortlistCache.removeAll()
    }

    /// Why a file's savepoint is rolled back without an error of its own.
    private enum FileRollback: Error {
        /// Written to after it was read: read again once it settles.
        case changed
    }

    /// At start-up: the file an earlier run died with, if any, is logged; one that stopped the
    /// daemon `InHandRecord.maxStops` times will be set aside when its turn comes.
    public func recoverFileInHand(dropFolder: String) {
        guard let (entry, faulted) = inHand?.recoverLeftOver(dropFolder: dropFolder) else { return }
        let name: Logger.Metadata = ["file.name": "\(Alert.escape(entry.name))"]
        guard faulted else {
            logger.notice(
                "the previous run was killed (SIGKILL or a power loss, not a crash) while processing this file; it is tried again", metadata: name)
            return
        }
        let next = entry.stops >= InHandRecord.maxStops ? "it will be set aside in failed/" : "it will be tried once more"
        logger.warning("the previous run crashed or hung while processing this file (\(entry.stops) times now); \(next)", metadata: name)
    }

    /// At start-up, before the first scan: a delivery whose file is no longer in the drop folder
    /// was moved by a run killed before it could mark it so. Marks it, so that the very same file
    /// dropped again later is a duplicate, not a move to finish.
    public func markFinishedMoves(dropFolder: String) {
        do {
            let finished = try database.unmovedDeliveries().filter { delivery in
                // The recorded name is the display: an escaped name stands for its exact bytes.
                let names = Set([FileName(delivery.name), FileName(display: delivery.name)])
                return !names.contains { name in
                    guard let info = try? Posix.lstat(FileName(dropFolder).appending(name)) else { return false }
                    return UInt64(info.st_ino) == delivery.inode && info.mtimeNs == delivery.mtimeNs
                }
            }
            try database.markMoved(deliveries: finished.map(\.id))
            if !finished.isEmpty { logger.notice("\(finished.count) files were moved by an earlier run that stopped before recording it") }
        } catch {
            logger.warning("cannot check for moves an earlier run did not record: \(error)")
        }
    }

    /// One file's result inside the batch transaction.
    private struct Handled {
        var outcome: FileOutcome
        var alerts: [Alert] = []
        /// The delivery row to mark as moved once the file has left the drop folder.
        var delivery: Int64?
    }

    /// Decides and records one file inside the batch transaction.
    private func handle(_ file: DroppedFile, outlet: String?, stops: Int, at time: Date, ledger: some ClaimLedger & CandidateSource) throws -> Handled
    {
        if placement != nil, let prior = try ledger.unmovedDelivery(name: file.name.display, inode: file.inode, mtimeNs: file.mtimeNs) {
            // Committed by an earlier run that stopped before moving the file: only the move is left.
            switch prior.outcome {
            case .processed:
                return Handled(outcome: .processed(claims: 0, alerts: 0, failedLines: try ledger.failedLines(delivery: prior.id)), delivery: prior.id)
            case .duplicate: return Handled(outcome: .duplicate, delivery: prior.id)
            case .failed: return Handled(outcome: .failed(reason: prior.reason ?? "failed"), delivery: prior.id)
            }
        }
        func record(_ outcome: FileOutcome, reason: String? = nil, articleID: Int64? = nil, alerts: [Alert] = []) throws -> Handled {
            let delivery = try ledger.recordDelivery(
                self.delivery(of: file, outcome.recorded ?? .failed, reason: reason, articleID: articleID, at: time))
            if case .processed(_, _, let failedLines) = outcome {
                for failed in failedLines { try ledger.recordFailedLine(failed, delivery: delivery) }
            }
            return Handled(outcome: outcome, alerts: alerts, delivery: delivery)
        }
        if let failure = file.readFailure {
            return try record(.failed(reason: failure), reason: failure)
        }
        if stops >= InHandRecord.maxStops {
            let reason = InHandRecord.setAsideReason(stops: stops)
            return try record(.failed(reason: reason), reason: reason)
        }
        guard let sha256 = file.sha256, let bytes = file.bytes else { return Handled(outcome: .vanished) }
        if try ledger.processedBefore(sha256: sha256) {
            return try record(.duplicate, articleID: try ledger.articleID(sha256: sha256))
        }
        let items: [IntakeItem]
        do {
            items = try reader.read(bytes, fileName: file.name.display, subfolder: outlet ?? file.subfolder)
        } catch {
            return try record(.failed(reason: error.description), reason: error.description)
        }
        var claims = 0
        var alerts: [Alert] = []
        var firstArticle: Int64?
        var failedLines: [FailedLine] = []
        for item in items {
            switch item.result {
            case .failure(let error):
                failedLines.append(.init(line: item.line ?? 0, reason: error.description, text: item.source ?? ""))
            case .success(let article):
                // A .jsonl line is identified by its own bytes, so that a line seen before is skipped.
                let articleSHA = item.source.map { Self.sha256(Array($0.utf8)) } ?? sha256
                if item.source != nil, try ledger.articleID(sha256: articleSHA) != nil { continue }
                try FaultPoint.reached(.inFile, file: file.name.display)
                let recorded: ArticleRecorder.Recorded
                do {
                    let deadline = timeLimit.start()
                    recorded = try ledger.atomically {
                        try recorder.record(
                            article, sha256: articleSHA, path: Self.path(file.name.display, line: item.line), at: time, in: ledger, deadline: deadline
                        )
                    }
                } catch let slow as DeadlineExceeded {
                    forgetClaims()
                    // Stopping: the whole file is rolled back and left for the next start.
                    if slow.reason == .stopping { throw slow }
                    // Too slow, rolled back: a single article fails its file, a .jsonl line fails alone.
                    guard let source = item.source else { return try record(.failed(reason: slow.description), reason: slow.description) }
                    failedLines.append(.init(line: item.line ?? 0, reason: slow.description, text: source))
                    continue
                }
                progress()
                firstArticle = firstArticle ?? recorded.articleID
                claims += recorded.claims
                alerts += recorded.alerts
            }
        }
        if firstArticle == nil, !failedLines.isEmpty, failedLines.count == items.count {
            let reason =
                failedLines.count == 1
                ? failedLines[0].reason : "no line could be read: " + failedLines.prefix(3).map(\.reason).joined(separator: "; ")
            return try record(.failed(reason: reason), reason: reason)
        }
        return try record(.processed(claims: claims, alerts: alerts.count, failedLines: failedLines), articleID: firstArticle, alerts: alerts)
    }

    /// How `file` is recorded with `outcome`. With no placement (`claimwatch ingest`) nothing is
    /// left to move.
    private func delivery(of file: DroppedFile, _ outcome: DeliveryOutcome, reason: String?, articleID: Int64? = nil, at time: Date) -> Delivery {
        Delivery(
            sha256: file.sha256, name: file.name.display, inode: file.inode, mtimeNs: file.mtimeNs, size: file.size,
            outcome: outcome, reason: reason, articleID: articleID, at: time, moved: placement == nil)
    }

    /// Where an article came from: the file, and the line for `.jsonl` files ("feed.jsonl:12").
    static func path(_ name: String, line: Int?) -> String {
        line.map { "\(name):\($0)" } ?? name
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// After the commit: move the file where its outcome says, with a `.reason` sidecar for failures.
    /// Returns whether the file left the drop folder.
    private func finish(_ file: DroppedFile, outcome: FileOutcome) -> Bool {
        var metadata: Logger.Metadata = ["file.name": "\(file.name.logged)"]
        if let sha = file.sha256 { metadata["file.sha256"] = "\(sha.prefix(16))" }
        switch outcome {
        case .processed(let claims, let alerts, let failedLines):
            let lines = failedLines.isEmpty ? "" : "; \(failedLines.count) lines could not be read (see failed/)"
            logger.info("processed: \(claims) claims, \(alerts) alerts\(lines)", metadata: metadata)
        case .duplicate:
            logger.info("duplicate of content already processed; no alerts", metadata: metadata)
        case .failed(let reason):
            logger.warning("failed: \(Alert.escape(reason))", metadata: metadata)
        case .changed:
            logger.notice("changed while it was read (size or mtime); nothing recorded, it is read again once it settles", metadata: metadata)
            return false
        case .skipped, .vanished, .deferred:
            return false
        }
        guard let placement else { return false }
        FaultPoint.reached(.beforeMove)
        guard file.isUnchangedOnDisk() else {
            // Written to between the commit and the move: what was recorded is not what is there now.
            // It stays, and its new content is read as a new delivery once it settles.
            logger.warning(
                "changed after it was recorded (size or mtime); not moved, its new content is read again once it settles", metadata: metadata)
            return false
        }
        do {
            let moved: FileName
            if case .failed(let reason) = outcome {
                moved = try mover.move(file.entry, in: file.directory, toDirectory: placement.failed, relativeName: file.name)
                try mover.writeReason(reason + "\n", for: moved)
            } else {
                moved = try mover.move(file.entry, in: file.directory, toDirectory: placement.processed, relativeName: file.name)
            }
            movedFiles.record(moved, inode: file.inode, size: file.size, mtimeNs: file.mtimeNs)
            if case .processed(_, _, let failedLines) = outcome, !failedLines.isEmpty {
                // The bad lines alone, with their reasons: nothing is lost, and they can be fixed and dropped again.
                let kept = try mover.create(
                    failedLines.map(\.text).joined(separator: "\n") + "\n", inDirectory: placement.failed, relativeName: file.name)
                try mover.writeReason(failedLines.map(\.reason).joined(separator: "\n") + "\n", for: kept)
            }
            return true
        } catch {
            logger.error(
                "recorded, but cannot move the file out of the drop folder: \(error); it will be retried at the next scan", metadata: metadata)
            return false
        }
    }

    /// Logs each file lately moved out that has been written to since it was read (`MovedFiles`).
    public func reportFilesChangedAfterTheirMove() {
        for (file, now) in movedFiles.changed() {
            logger.warning(
                "changed after it was recorded and moved: \(file.size) bytes were read, it now holds \(now.st_size); what was added is not read. Deliver files by rename (write elsewhere, then mv into the drop folder), or raise watch.settle_seconds above the writer's longest pause",
                metadata: ["file.name": "\(file.path.logged)"])
        }
    }
}
