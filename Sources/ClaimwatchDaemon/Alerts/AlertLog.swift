import ClaimwatchCore
import ClaimwatchStore
import Foundation
import Logging
import Synchronization

/// The two alert logs: `alerts.jsonl` (one JSON object per line, the contract for scripts) and
/// `alerts.log` (one human line per alert, for `tail -f`).
///
/// The database is the source of truth. On open, a torn last line (a write cut by kill -9) is cut
/// off, and every alert the database holds but the file lacks is appended, so each alert appears
/// in each file exactly once. `reopen()` (SIGHUP) follows logrotate's rename.
///
/// SIGHUP can come between a batch's commit and its append: the reopened file then catches up
/// with the batch's alerts itself. Each open file remembers the last alert id it holds, and
/// `append` writes only newer ones, so that no alert is written twice.
public final class AlertLog: Sendable {
    struct Sink: Sendable {
        var path: String
        var format: AlertLogFile.Format
    }

    /// An open file and the id of the last alert it holds.
    struct OpenFile {
        let file: AlertLogFile
        var lastID: Int64
    }

    private let sinks: [Sink]
    private let database: ClaimDatabase
    private let logger: Logger
    private let files = Mutex<[OpenFile]>([])

    public init(jsonlPath: String, logPath: String, database: ClaimDatabase, logger: Logger) {
        self.sinks = [Sink(path: jsonlPath, format: .jsonLines), Sink(path: logPath, format: .human)]
        self.database = database
        self.logger = logger
    }

    /// Opens both files, repairs them and appends what they miss.
    public func open() throws {
        try files.withLock { files in
            files.forEach { $0.file.close() }
            files = try sinks.map { try self.openAndCatchUp($0) }
        }
    }

    /// Closes and opens both files again (after logrotate moved them), catching up if needed.
    public func reopen() {
        do {
            try open()
            logger.notice("alert logs reopened")
        } catch {
            logger.error("cannot reopen the alert logs: \(error)")
        }
    }

    public func close() {
        files.withLock { files in
            files.forEach { $0.file.close() }
            files = []
        }
    }

    /// Appends alerts that were just committed, and logs each at notice level.
    public func append(_ alerts: [Alert]) {
        guard !alerts.isEmpty else { return }
        for alert in alerts {
            logger.notice("\(alert.humanLine())", metadata: ["alert.id": "\(alert.id)", "claim.id": "\(alert.claim.id)"])
        }
        files.withLock { files in
            for index in files.indices {
                let file = files[index].file
                let fresh = alerts.filter { $0.id > files[index].lastID }
                guard let last = fresh.last?.id else { continue }
                let lines = fresh.map { file.format == .jsonLines ? $0.jsonLine() : $0.humanLine() }
                do {
                    try file.append(lines)
                    files[index].lastID = last
                    try database.setLogMark(file.path, to: last)
                    if file.format == .jsonLines { FaultPoint.reached(.betweenAlertLogs) }
                } catch {
                    logger.error("cannot write alerts to \(file.path): \(error); they are in the database and will be appended at the next start or SIGHUP")
                }
            }
        }
    }

    private func openAndCatchUp(_ sink: Sink) throws -> OpenFile {
        let file = try AlertLogFile(path: sink.path, format: sink.format)
        let repaired = try file.repairTornLine()
        if repaired > 0 {
            logger.warning("cut a torn last line (\(repaired) bytes) from \(sink.path)")
        }
        // The file's own last line says what it holds; the mark can be ahead of it (lines lost
        // after the mark was committed) and only stands in for an empty file, just rotated.
        let lastWritten = try file.lastAlertID() ?? database.logMark(sink.path)
        let missing = try database.alerts(afterID: lastWritten)
        if !missing.isEmpty {
            try file.append(missing.map { sink.format == .jsonLines ? $0.json : $0.line })
            try database.setLogMark(sink.path, to: missing.last!.id)
            logger.notice("appended \(missing.count) alerts that \(sink.path) was missing")
        }
        return OpenFile(file: file, lastID: missing.last?.id ?? lastWritten)
    }
}
