import ClaimwatchCore
import ClaimwatchStore
import Foundation
import GRDB
import Logging

/// What happened to one file.
public enum FileOutcome: Sendable, Equatable {
    case processed(claims: Int, alerts: Int)
    case duplicate
    case failed(reason: String)
    /// Not a regular file; left where it is.
    case skipped(reason: String)
    /// Gone before it could be read.
    case vanished

    var recordedName: String {
        switch self {
        case .processed: "processed"
        case .duplicate: "duplicate"
        default: "failed"
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
    let recorder: ArticleRecorder
    let maxFileBytes: Int
    let placement: Placement?
    let logger: Logger
    let reader = ArticleReader()
    let mover = FileMover()

    public init(config: ClaimwatchConfig, database: ClaimDatabase, alertLog: AlertLog, moveFiles: Bool, logger: Logger) {
        self.database = database
        self.alertLog = alertLog
        self.recorder = ArticleRecorder(
            extractor: ClaimExtractor(),
            matcher: ClaimMatcher(repeatThreshold: config.repeatThreshold, topicThreshold: config.topicThreshold),
            maxCandidates: config.maxCandidates)
        self.maxFileBytes = config.maxFileBytes
        self.placement = moveFiles ? Placement(processed: config.processed, failed: config.failed) : nil
        self.logger = logger
    }

    /// A file to handle: its path on disk and the name it is recorded under.
    public struct Item: Sendable {
        public var path: String
        public var name: String
        /// Overrides the outlet subfolder rule (`ingest --outlet`).
        public var outlet: String?
        public init(path: String, name: String, outlet: String? = nil) {
            self.path = path; self.name = name; self.outlet = outlet
        }
    }

    /// Handles a batch. Throws only when the transaction itself fails (the files stay in place and
    /// can be retried); a bad file is an outcome, not an error.
    public func process(_ items: [Item]) throws -> [FileOutcome] {
        var outcomes = [FileOutcome](repeating: .vanished, count: items.count)
        var files: [Int: DroppedFile] = [:]
        for (index, item) in items.enumerated() {
            switch DroppedFile.open(path: item.path, name: item.name, maxBytes: maxFileBytes) {
            case .file(let file): files[index] = file
            case .skipped(let reason): outcomes[index] = .skipped(reason: reason)
            case .vanished: outcomes[index] = .vanished
            }
        }
        guard !files.isEmpty else { return outcomes }
        var alerts: [Alert] = []
        let time = Timestamp.now()
        try database.pool.write { db in
            let ledger = Ledger(db)
            for index in files.keys.sorted() {
                let file = files[index]!
                var databaseFailure: String?
                try db.inSavepoint {
                    do {
                        let (outcome, raised) = try self.handle(file, outlet: items[index].outlet, at: time, ledger: ledger)
                        outcomes[index] = outcome
                        alerts += raised
                        return .commit
                    } catch let error as DatabaseError {
                        databaseFailure = "database error while recording the file: \(error.message ?? "\(error)")"
                        return .rollback
                    }
                }
                // Not the file's fault, but a retry would fail the same way: set the file aside.
                if let reason = databaseFailure {
                    outcomes[index] = .failed(reason: reason)
                    try ledger.recordDelivery(
                        sha256: file.sha256, name: file.name, inode: file.inode, mtimeNs: file.mtimeNs, size: file.size,
                        outcome: "failed", reason: reason, articleID: nil, at: time)
                }
            }
        }
        for (index, file) in files {
            finish(file, outcome: outcomes[index])
        }
        alertLog.append(alerts)
        return outcomes
    }

    /// Decides and records one file inside the batch transaction.
    private func handle(_ file: DroppedFile, outlet: String?, at time: String, ledger: Ledger) throws -> (FileOutcome, [Alert]) {
        if placement != nil, let prior = try ledger.priorDelivery(name: file.name, inode: file.inode, mtimeNs: file.mtimeNs) {
            // Committed by an earlier run that stopped before moving the file: only the move is left.
            switch prior.outcome {
            case "processed": return (.processed(claims: 0, alerts: 0), [])
            case "duplicate": return (.duplicate, [])
            default: return (.failed(reason: prior.reason ?? "failed"), [])
            }
        }
        func record(_ outcome: FileOutcome, reason: String? = nil, articleID: Int64? = nil) throws {
            try ledger.recordDelivery(
                sha256: file.sha256, name: file.name, inode: file.inode, mtimeNs: file.mtimeNs, size: file.size,
                outcome: outcome.recordedName, reason: reason, articleID: articleID, at: time)
        }
        if let failure = file.readFailure {
            try record(.failed(reason: failure), reason: failure)
            return (.failed(reason: failure), [])
        }
        guard let sha256 = file.sha256, let bytes = file.bytes else { return (.vanished, []) }
        if let existing = try ledger.articleID(sha256: sha256) {
            try record(.duplicate, articleID: existing)
            return (.duplicate, [])
        }
        let article: Article
        do {
            article = try reader.read(bytes, fileName: file.name, subfolder: outlet ?? file.subfolder)
        } catch {
            try record(.failed(reason: error.description), reason: error.description)
            return (.failed(reason: error.description), [])
        }
        let recorded = try recorder.record(article, sha256: sha256, path: file.name, at: time, in: ledger)
        let outcome = FileOutcome.processed(claims: recorded.claims, alerts: recorded.alerts.count)
        try record(outcome, articleID: recorded.articleID)
        return (outcome, recorded.alerts)
    }

    /// After the commit: move the file where its outcome says, with a `.reason` sidecar for failures.
    private func finish(_ file: DroppedFile, outcome: FileOutcome) {
        var metadata: Logger.Metadata = ["file.name": "\(file.name)"]
        if let sha = file.sha256 { metadata["file.sha256"] = "\(sha.prefix(16))" }
        switch outcome {
        case .processed(let claims, let alerts):
            logger.info("processed: \(claims) claims, \(alerts) alerts", metadata: metadata)
        case .duplicate:
            logger.info("duplicate of content already processed; no alerts", metadata: metadata)
        case .failed(let reason):
            logger.warning("failed: \(reason)", metadata: metadata)
        case .skipped, .vanished:
            return
        }
        guard let placement else { return }
        do {
            if case .failed(let reason) = outcome {
                let moved = try mover.move(file.path, toDirectory: placement.failed, relativeName: file.name)
                try Data((reason + "\n").utf8).write(to: URL(fileURLWithPath: moved + ".reason"))
            } else {
                _ = try mover.move(file.path, toDirectory: placement.processed, relativeName: file.name)
            }
        } catch {
            logger.error("recorded, but cannot move the file out of the drop folder: \(error); it will be retried at the next scan", metadata: metadata)
        }
    }
}
