import ClaimwatchSystem
import Foundation
import Synchronization

/// Whether the alert logs are up to date with the database, kept where `claimwatch status` can
/// read it when the disk is full: a file of `size` bytes beside the database, written in full
/// when it is opened and then only overwritten in place, so that a change of state needs no new
/// space.
public final class AlertLogHealth: Sendable {
    /// The state of both logs.
    public struct State: Codable, Equatable, Sendable {
        /// The log that cannot be written, and why; nil when both are up to date.
        public var failing: Failing?

        public struct Failing: Codable, Equatable, Sendable {
            public var file: String
            public var error: String
            /// ISO 8601, when it started failing.
            public var since: String
            /// Alerts in the database that the file does not hold yet.
            public var behind: Int64
        }

        public static let healthy = State(failing: nil)
    }

    /// Room for the state; a longer error message is cut.
    static let size = 4096

    let path: String
    private let fd: Int32
    /// What the file holds now: an unchanged state is not written again (no fsync per batch).
    private let written = Mutex<State?>(nil)

    /// Opens and fills the file; throws the call that failed (the caller logs it: `status` then
    /// cannot show a log failure, the daemon's log and STATUS= still do).
    init(path: String) throws(SystemCallError) {
        self.path = path
        fd = try Posix.open(path, O_RDWR | O_CREAT | O_CLOEXEC, permissions: 0o640)
        do {
            try overwrite(.healthy)
        } catch {
            Posix.close(fd)
            throw error
        }
    }

    deinit { Posix.close(fd) }

    /// Overwrites the state in place. Returns whether it was written.
    @discardableResult
    func write(_ state: State) -> Bool {
        (try? overwrite(state)) != nil
    }

    /// Overwrites the state in place, or throws the call that failed.
    private func overwrite(_ state: State) throws(SystemCallError) {
        if written.withLock({ $0 == state }) { return }
        var state = state
        if let failing = state.failing, failing.error.utf8.count > 1024 {
            state.failing?.error = String(failing.error.prefix(1024))
        }
        // Cannot happen: the error is cut to 1024 bytes above. Reported as the file being too small.
        guard var bytes = try? Array(JSONEncoder().encode(state)), bytes.count < Self.size else {
            throw SystemCallError("pwrite", path: path, errno: EFBIG)
        }
        bytes += [UInt8](repeating: UInt8(ascii: " "), count: Self.size - bytes.count - 1) + [UInt8(ascii: "\n")]
        let count = try Posix.pwrite(fd, bytes, at: 0, path: path)
        // A short write of a block this small is a full disk.
        guard count == Self.size else { throw SystemCallError("pwrite", path: path, errno: ENOSPC) }
        try Posix.fdatasync(fd, path: path)
        self.written.withLock { $0 = state }
    }

    /// The state as the daemon last wrote it; nil when there is no such file (no daemon has run
    /// with this database) or it cannot be read.
    public static func read(path: String) -> State? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(State.self, from: data)
    }
}
