import ClaimwatchCore
import ClaimwatchSystem
import Foundation

/// The one writer of a data directory. A process writes the database and the alert logs only while
/// it holds this lock: the daemon for as long as it runs, `claimwatch ingest` for its run when no
/// daemon runs. Every later writer (a fact-check import, review actions, a web view) takes it too,
/// or hands its write to the daemon. Read commands never take it.
///
/// The lock is `flock(LOCK_EX)` on `DATABASE.lock`: the kernel releases it when its holder dies,
/// kill -9 included, so a stale lock cannot keep the daemon from starting. The file's content,
/// who holds it, is only for the message a refused writer prints.
public final class WriterLock: Sendable {
    /// Another process holds the lock.
    public struct Held: Error, CustomStringConvertible, Sendable {
        public var path: String
        /// What the holder wrote: "pid 1234, claimwatch run, since 2026-12-02T10:00:00Z".
        public var holder: String?

        public var description: String {
            let who = holder.map { "another claimwatch (\($0))" } ?? "another claimwatch"
            return "\(who) is writing this data directory (lock \(path)); only one daemon or ingest may write it at a time. "
                + "Stop it first, or drop files into the running daemon's drop folder instead of running ingest, or point --data elsewhere"
        }
    }

    public let path: String
    private let fd: Int32

    /// Takes the lock without waiting.
    /// - Throws: `Held` when another process holds it; `StorageError` when the lock file cannot be
    ///   created (a read-only data directory).
    public init(database: String, role: String) throws {
        path = database + ".lock"
        do {
            fd = try Posix.open(path, O_RDWR | O_CREAT | O_CLOEXEC, permissions: 0o640)
        } catch {
            throw StorageError(role: "the writer lock", path: path, blocker: (path as NSString).deletingLastPathComponent, cause: error)
        }
        do {
            try Posix.flock(fd, LOCK_EX | LOCK_NB, path: path)
        } catch {
            let holder = Self.holder(fd)
            Posix.close(fd)
            guard error.errno == EWOULDBLOCK else {
                throw StorageError(role: "the writer lock", path: path, blocker: path, cause: error)
            }
            throw Held(path: path, holder: holder)
        }
        let note = "pid \(getpid()), claimwatch \(role), since \(Timestamp.format(Date()))\n"
        try? Posix.ftruncate(fd, 0, path: path)
        _ = try? Posix.pwrite(fd, Array(note.utf8), at: 0, path: path)
    }

    deinit { Posix.close(fd) }

    /// Who holds the lock at `database`, for `status`; nil when nobody does. Never creates the file.
    public static func holder(ofDatabase database: String) -> String? {
        guard let fd = try? Posix.open(database + ".lock", O_RDONLY | O_CLOEXEC) else { return nil }
        defer { Posix.close(fd) }
        // A shared lock is refused while a writer holds the exclusive one.
        if (try? Posix.flock(fd, LOCK_SH | LOCK_NB)) != nil {
            try? Posix.flock(fd, LOCK_UN)
            return nil
        }
        return holder(fd) ?? "a process"
    }

    private static func holder(_ fd: Int32) -> String? {
        var bytes = [UInt8](repeating: 0, count: 256)
        let n = (try? Posix.pread(fd, into: &bytes, at: 0)) ?? -1
        guard n > 0 else { return nil }
        let text = String(decoding: bytes[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
