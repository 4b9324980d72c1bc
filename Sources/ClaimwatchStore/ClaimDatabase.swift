import ClaimwatchSystem
public import Foundation
import GRDB

/// The claimwatch SQLite database: a WAL-mode `DatabasePool`, migrated on open by its one writer,
/// or opened read-only by a read command.
///
/// Writers: one process at a time writes a data directory's database and alert logs, the one that
/// holds its writer lock (`WriterLock` in ClaimwatchDaemon: the daemon, or `claimwatch ingest`
/// when no daemon runs). `init(path:)` migrates, so it is called only under that lock; read
/// commands use `init(readingAt:)`, which never creates, migrates or writes anything.
///
/// Durability: the writer runs with `synchronous=FULL`, so a committed file is on disk before the
/// file is moved to `processed/`; a power loss cannot leave a processed file the database forgot.
public final class ClaimDatabase: Sendable {
    /// A `DatabasePool` for the writer; a read-only connection for read commands. Internal: GRDB
    /// stays inside the store, whose methods say what they read and write.
    let pool: any DatabaseWriter
    public let path: String

    /// How long a connection waits for another process's lock (a CLI reading while the daemon writes).
    public static let busyTimeout: TimeInterval = 10
    /// The writer connection's page cache, in KiB.
    static let writerCacheKiB = 32 * 1024

    /// Opens (creating if needed) and migrates the database at `path`.
    /// - Throws: `StoreError.newerSchema` when a newer claimwatch wrote the database.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(Self.busyTimeout)
        config.prepareDatabase { db in
            db.add(tokenizer: SnowballTokenizer.self)
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw Self.openError(error, path: path)
        }
        let migrator = Schema.migrator
        let superseded: Bool
        do {
            superseded = try pool.read { try migrator.hasBeenSuperseded($0) }
        } catch {
            throw Self.openError(error, path: path)
        }
        if superseded {
            throw Self.newerSchema(path)
        }
        try migrator.migrate(pool)
        // DatabasePool sets synchronous=NORMAL on its connections; the writer commits with FULL.
        // The writer reads candidates for every claim it records: a larger page cache saves a
        // pread() per page read (SQLite's default is 2 MiB).
        try pool.writeWithoutTransaction {
            try $0.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cache_size = -\(Self.writerCacheKiB)")
        }
    }

    /// Opens the database at `path` for reading only: nothing is created, migrated or written, so
    /// it works on a read-only data directory and beside a running daemon.
    /// - Throws: `StoreError.missing` when there is no database at `path`, `.olderSchema` when it
    ///   needs a migration (which only the daemon runs), `.newerSchema`, `.damaged`, `.cannotOpen`.
    public init(readingAt path: String) throws {
        self.path = path
        guard let info = try? Posix.stat(path), info.st_size > 0 else {
            throw StoreError(
                code: .missing,
                message:
                    "no claimwatch database here: nothing has been recorded there yet. Point --data (or --config) at the daemon's data directory, or record articles first with `claimwatch run` or `claimwatch ingest`",
                path: path)
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(Self.busyTimeout)
        config.prepareDatabase { db in db.add(tokenizer: SnowballTokenizer.self) }
        let migrator = Schema.migrator
        var (superseded, complete) = (false, false)
        pool = try Self.openReadOnly(path: path, configuration: config) { queue in
            (superseded, complete) = try queue.read { (try migrator.hasBeenSuperseded($0), try migrator.hasCompletedMigrations($0)) }
        }
        if superseded {
            throw Self.newerSchema(path)
        }
        if !complete {
            throw StoreError(
                code: .olderSchema,
                message:
                    "this database was written by an older claimwatch (or its daemon is upgrading it now); start the daemon (claimwatch run) once to upgrade it, then try again",
                path: path)
        }
    }

    /// A read-only connection. A WAL database needs its `-shm` file: when that cannot be created (a
    /// read-only directory after a clean stop), the file is opened as immutable, which is right
    /// there, since nothing can be writing it.
    /// - Parameter check: a first read, retried with the open: a database the daemon is creating
    ///   at this moment can fail to open, or to be read, for a few milliseconds.
    static func openReadOnly(path: String, configuration: Configuration, check: (DatabaseQueue) throws -> Void) throws -> DatabaseQueue {
        var attempt = 0
        while true {
            do {
                let queue = try openReadOnlyOnce(path: path, configuration: configuration)
                try check(queue)
                return queue
            } catch {
                attempt += 1
                if damage(in: error, path: path) != nil || attempt >= 10 { throw openError(error, path: path) }
                usleep(100_000)
            }
        }
    }

    private static func openReadOnlyOnce(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode.primaryResultCode) {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: configuration)
        }
    }

    static func newerSchema(_ path: String) -> StoreError {
        StoreError(
            code: .newerSchema,
            message: "this database was written by a newer claimwatch; run that version, or point --data at another directory",
            path: path)
    }

    /// What to tell the user when the database does not open: a damaged file needs a person, a
    /// directory problem needs a fix of the directory.
    static func openError(_ error: Error, path: String) -> StoreError {
        damage(in: error, path: path)
            ?? StoreError(
                code: .cannotOpen, message: "cannot open the database (\(error)); check the data directory exists and is writable", path: path)
    }

    /// `StoreError.damaged` when `error` says the database file is damaged or not a database
    /// (SQLite's CORRUPT and NOTADB), at open or at any later statement; nil otherwise.
    public static func damage(in error: Error, path: String) -> StoreError? {
        guard let sqlite = error as? DatabaseError, sqlite.resultCode == .SQLITE_NOTADB || sqlite.resultCode == .SQLITE_CORRUPT else { return nil }
        return StoreError(
            code: .damaged,
            message: "the database is damaged or is not a claimwatch database (\(sqlite.message ?? "SQLite error \(sqlite.resultCode.rawValue)")); "
                + "move it aside (mv \(path) \(path).damaged) and start claimwatch again to begin a new one, or restore it from a backup",
            path: path)
    }

    /// Caps the database at its current size plus `pages` pages, on the writer connection: commits
    /// beyond fail with SQLITE_FULL, as on a full disk. For tests of the daemon's disk-full handling.
    public func limitGrowth(toPages pages: Int) throws {
        try pool.writeWithoutTransaction { db in
            let current = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(current + pages)")
        }
    }

    /// The writer connection's `synchronous` setting (2 = FULL).
    public func writerSynchronous() throws -> Int {
        try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 }
    }
}
