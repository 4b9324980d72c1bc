import ClaimwatchCore
import ClaimwatchStore
import ClaimwatchSystem
import Foundation
import Logging
import Synchronization

/// The two alert logs: `alerts.jsonl` (one JSON object per line, the contract for scripts) and
/// `alerts.log` (one human line per alert, for `tail -f`).
///
/// The database is the source of truth, and each alert appears in each file exactly once:
/// - An append is durable before it counts: written, then fsync'd. Only then does the file's
///   recorded position (its mark, with its inode, in the database) move past it. A failed append
///   (a full disk) is cut back out of the file, so no partial line is left behind.
/// - A file that fell behind (a failed append) is caught up from the database, at the next append
///   and at each retry (`retryIfBehind`, once a second from the processing loop), never by
///   skipping ahead. The failure shows in the daemon's log, in STATUS= and in `claimwatch status`
///   (`AlertLogHealth`) until it clears.
/// - On open, the file as it is on disk decides what it lacks: its last complete line, or, when
///   it holds none, its identity. A torn last line (a write cut by kill -9) is cut off. An empty
///   file with the recorded inode was truncated, and one whose recorded inode is nowhere in its
///   folder was deleted: both are rebuilt from the database. An empty file beside the recorded
///   inode under another name was rotated away: it gets the alerts after the mark.
/// - A file deleted or rotated away while the daemon runs (no SIGHUP) is noticed at the next
///   append, which then goes to the file at the path.
public final class AlertLog: Sendable {
    struct Sink: Sendable {
        var path: String
        var format: AlertLogFile.Format
    }

    /// An open file, the id of the last alert it durably holds, and its failure if it fell behind.
    struct OpenFile {
        let file: AlertLogFile
        var lastID: Int64
        var failure: String?
    }

    private let sinks: [Sink]
    private let database: ClaimDatabase
    private let logger: Logger
    private let health: AlertLogHealth?
    private let files = Mutex<[OpenFile]>([])
    /// How many alerts a catch-up reads from the database at a time.
    static let catchUpPage = 5000

    /// `healthPath`: where the daemon keeps the logs' state for `claimwatch status` (nil: nowhere).
    public init(jsonlPath: String, logPath: String, database: ClaimDatabase, healthPath: String? = nil, logger: Logger) {
        self.sinks = [Sink(path: jsonlPath, format: .jsonLines), Sink(path: logPath, format: .human)]
        self.database = database
        self.logger = logger
        do {
            self.health = try healthPath.map { (path) throws(SystemCallError) in try AlertLogHealth(path: path) }
        } catch {
            self.health = nil
            logger.warning("cannot write \(healthPath ?? ""): \(error); claimwatch status will not show alert log failures")
        }
    }

    /// Opens both files and catches them up with the database. Throws only when a file cannot be
    /// opened at all; a catch-up that fails (a full disk) leaves the file behind, retried later.
    public func open() throws {
        let opened = try sinks.map { try AlertLogFile(path: $0.path, format: $0.format) }
        files.withLock { files in
            files.forEach { $0.file.close() }
            files = opened.map { catchUp(OpenFile(file: $0, lastID: startingPoint(of: $0), failure: nil)) }
            recordHealth(files)
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
                files[index] = followPath(files[index])
                let fresh = alerts.filter { $0.id > files[index].lastID }
                if files[index].failure == nil, let first = fresh.first, first.id == files[index].lastID + 1 {
                    files[index] = write(fresh.map { line(for: $0, format: files[index].file.format) }, lastID: fresh.last!.id, to: files[index])
                } else if !fresh.isEmpty || files[index].failure != nil {
                    // Behind, or the batch is not the next one: what the file lacks comes from the database.
                    files[index] = catchUp(files[index])
                }
                if files[index].file.format == .jsonLines { FaultPoint.reached(.betweenAlertLogs) }
            }
            recordHealth(files)
        }
    }

    /// Tries again to write what a failed append left out. Cheap when nothing failed.
    public func retryIfBehind() {
        files.withLock { files in
            guard files.contains(where: { $0.failure != nil }) else { return }
            for index in files.indices where files[index].failure != nil {
                files[index] = catchUp(followPath(files[index]))
            }
            recordHealth(files)
        }
    }

    /// The first failing log and why, for STATUS=; nil when both are up to date.
    public var failure: String? {
        files.withLock { files in files.first { $0.failure != nil }.map { "\($0.file.path): \($0.failure!)" } }
    }

    // MARK: Catching up

    /// The id of the last alert the file holds, read from the file as it is on disk.
    private func startingPoint(of file: AlertLogFile) -> Int64 {
        do {
            let repaired = try file.repairTornLine()
            if repaired > 0 { logger.warning("cut a torn last line (\(repaired) bytes) from \(file.path)") }
            if let last = try file.lastAlertID() { return last }
            let mark = try database.logMark(file.path)
            guard mark.lastID > 0 else { return 0 }
            let inode = file.identity().inode
            if mark.inode == inode {
                logger.warning("\(file.path) is empty, but held alerts up to #\(mark.lastID): it was truncated; rebuilding it from the database")
                return 0
            }
            if let recorded = mark.inode, let rotated = Self.entry(withInode: recorded, besides: file.path) {
                logger.notice("\(file.path) is new; the previous one is \(rotated) (rotated): appending the alerts after #\(mark.lastID)")
                return mark.lastID
            }
            logger.warning(
                "\(file.path) is empty, and the file that held alerts up to #\(mark.lastID) is gone: it was deleted; rebuilding it from the database")
            return 0
        } catch {
            logger.error("cannot read \(file.path) to repair it: \(error); rebuilding it from the database")
            return 0
        }
    }

    /// Appends every alert after `lastID` from the database, a page at a time.
    private func catchUp(_ open: OpenFile) -> OpenFile {
        var open = open
        let wasFailing = open.failure != nil
        do {
            if wasFailing, try open.file.repairTornLine() > 0 {
                logger.warning("cut a partial last line from \(open.file.path)")
            }
            var appended = 0
            while true {
                let missing = try database.alerts(afterID: open.lastID, limit: Self.catchUpPage)
                guard let last = missing.last?.id else { break }
                let written = write(missing.map { open.file.format == .jsonLines ? $0.json : $0.line }, lastID: last, to: open)
                open = written
                guard open.failure == nil else { return open }
                appended += missing.count
            }
            if appended > 0 { logger.notice("appended \(appended) alerts that \(open.file.path) was missing") }
            if wasFailing { logger.notice("\(open.file.path) is up to date again") }
        } catch {
            open.failure = "\(error)"
        }
        return open
    }

    /// Writes lines durably, then moves the mark. On failure the file is unchanged and keeps its
    /// last id: the lines are written later from the database.
    private func write(_ lines: [String], lastID: Int64, to open: OpenFile) -> OpenFile {
        var open = open
        do {
            try open.file.append(lines)
            open.lastID = lastID
            open.failure = nil
            do {
                // The mark only helps a later start tell a rotated file from a deleted one; the
                // file's own last line is what counts.
                try database.setLogMark(open.file.path, to: lastID, inode: open.file.identity().inode)
            } catch {
                logger.warning("cannot record the position of \(open.file.path): \(error)")
            }
        } catch {
            if open.failure == nil {
                logger.error(
                    "cannot write alerts to \(open.file.path): \(error); they are in the database and are appended as soon as the file can be written (retried every second)"
                )
            }
            open.failure = "\(error)"
        }
        return open
    }

    /// The open file, or the file now at its path when it was deleted or renamed away.
    private func followPath(_ open: OpenFile) -> OpenFile {
        let identity = open.file.identity()
        guard !identity.isAtPath else { return open }
        do {
            let file = try AlertLogFile(path: open.file.path, format: open.file.format)
            open.file.close()
            logger.notice("\(open.file.path) was deleted or moved away without SIGHUP; writing to the file at the path")
            return OpenFile(file: file, lastID: startingPoint(of: file), failure: open.failure)
        } catch {
            return OpenFile(file: open.file, lastID: open.lastID, failure: "\(error)")
        }
    }

    private func recordHealth(_ files: [OpenFile]) {
        guard let health else { return }
        let failing = files.first { $0.failure != nil }
        guard let failing else {
            health.write(.healthy)
            return
        }
        let behind = (try? database.alertCount(afterID: failing.lastID)) ?? 0
        let since = AlertLogHealth.read(path: health.path)?.failing.flatMap { $0.file == failing.file.path ? $0.since : nil }
        health.write(
            .init(failing: .init(file: failing.file.path, error: failing.failure!, since: since ?? Timestamp.format(Date()), behind: Int64(behind))))
    }

    private func line(for alert: Alert, format: AlertLogFile.Format) -> String {
        format == .jsonLines ? alert.jsonLine() : alert.humanLine()
    }

    /// The rotated copy of `path` with this inode (`alerts.jsonl.1`, `alerts.jsonl-20261202`), if
    /// its folder has one. Only names that start with the log's own count: an inode number is
    /// reused as soon as its file is deleted.
    static func entry(withInode inode: UInt64, besides path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.first { name in
            guard name != base, name.hasPrefix(base) else { return false }
            guard let info = try? Posix.lstat((folder.isEmpty ? "" : folder + "/") + name) else { return false }
            return UInt64(info.st_ino) == inode
        }
    }
}
