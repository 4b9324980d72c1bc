import ClaimwatchSystem
import ClaimwatchWatch
import Foundation
import Synchronization

/// The file in hand, written down before each file is handled and cleared once its batch is
/// committed. If the daemon dies while a file is in hand, the next start knows which file it was.
/// A stop counts against the file only when a fault signal marked it (`FaultSignalMarker`: a
/// crash, or the SIGABRT with which the systemd watchdog ends a hang); a `kill -9` or a power
/// loss does not. A file that has stopped the daemon `maxStops` times is set aside in failed/
/// instead of being tried again, so that one bad file cannot keep the daemon in a restart loop.
///
/// The record is one small JSON object in `DATABASE-inhand`, rewritten in place: no fsync, since
/// it only has to survive the process, not the machine.
final class InHandRecord: Sendable {
    struct Entry: Codable, Equatable, Sendable {
        /// The name as recorded (`FileName.display`: escaped when it is not UTF-8).
        var name: String
        var inode: UInt64
        var mtimeNs: Int64
        /// How many times the daemon already stopped with this file in hand.
        var stops: Int
    }

    static let maxStops = 2

    let path: String
    private let descriptor: Int32
    /// `FaultSignalMarker`'s mark, beside the record; -1 when it could not be opened.
    private let faultMark: Int32
    /// Files found in hand at start-up, by name, with their stop counts.
    private let suspects = Mutex<[String: Entry]>([:])

    /// Opens (or creates) the record; throws the call that failed (the caller logs it; processing
    /// goes on without it).
    init(opening path: String) throws(SystemCallError) {
        self.path = path
        descriptor = try Posix.open(path, O_RDWR | O_CREAT | O_CLOEXEC, permissions: 0o640)
        faultMark = FaultSignalMarker.install(path: path + ".fault")
    }

    /// Nil when the record cannot be opened, with `errno` left as the failed open set it (for
    /// callers that report it; `init(opening:)` throws the call, the path and the errno instead).
    convenience init?(path: String) {
        do {
            try self.init(opening: path)
        } catch {
            return nil
        }
    }

    deinit { Posix.close(descriptor) }

    /// At start-up: the file the previous run died with, if it is still waiting in the drop folder
    /// (same name, inode and mtime), with its stop count raised by one if a fault signal ended
    /// that run (`faulted`).
    func recoverLeftOver(dropFolder: String) -> (entry: Entry, faulted: Bool)? {
        var bytes = [UInt8](repeating: 0, count: 64 * 1024)
        let count = (try? Posix.pread(descriptor, into: &bytes, at: 0, path: self.path)) ?? -1
        let faulted = faultMark >= 0 && FaultSignalMarker.marked(faultMark)
        guard count > 0, var entry = try? JSONDecoder().decode(Entry.self, from: Data(bytes[0..<count])) else {
            clear()
            return nil
        }
        clear()
        let path = FileName(dropFolder).appending(FileName(display: entry.name))
        guard let info = try? Posix.lstat(path), UInt64(info.st_ino) == entry.inode, info.mtimeNs == entry.mtimeNs else { return nil }
        if faulted { entry.stops += 1 }
        suspects.withLock { $0[entry.name] = entry }
        return (entry, faulted)
    }

    /// How many times this very file (name, inode, mtime) stopped the daemon before.
    func stops(name: String, inode: UInt64, mtimeNs: Int64) -> Int {
        guard let entry = suspects.withLock({ $0[name] }), entry.inode == inode, entry.mtimeNs == mtimeNs else { return 0 }
        return entry.stops
    }

    /// Writes down the file about to be handled.
    func hold(_ entry: Entry) {
        guard let data = try? JSONEncoder().encode(entry) else { return }
        _ = try? Posix.pwrite(descriptor, Array(data), at: 0, path: path)
        try? Posix.ftruncate(descriptor, off_t(data.count), path: path)
        if faultMark >= 0 { FaultSignalMarker.reset(faultMark) }
    }

    /// No file in hand: the batch is committed.
    func clear() {
        try? Posix.ftruncate(descriptor, 0, path: path)
        if faultMark >= 0 { FaultSignalMarker.reset(faultMark) }
    }

    /// The reason given for a file set aside.
    static func setAsideReason(stops: Int) -> String {
        "stopped-the-daemon: claimwatch stopped \(stops) times while processing this file (a crash, or a hang that the watchdog ended); it is set aside so that it cannot stop the daemon again. See the journal for the cause; drop the file again to retry it"
    }
}
