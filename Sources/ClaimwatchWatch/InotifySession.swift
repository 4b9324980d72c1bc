import CInotifyTools
import Foundation

/// The one owner of libinotifytools' process-global state. Use from one thread only.
struct InotifySession {
    /// A libinotifytools call failed; the message names the folder.
    struct Failure: Error, CustomStringConvertible, Sendable {
        var message: String
        var errno: Int32
        var description: String { "\(message): \(String(cString: strerror(errno)))" }
    }

    static let fileMask = Int32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ATTRIB)
    static let selfMask = Int32(IN_DELETE_SELF | IN_MOVE_SELF)

    /// Relative directory ("" for the root, "WION" for an outlet subfolder) by watch descriptor.
    private(set) var directories: [Int32: String] = [:]

    static func initialize() throws(Failure) {
        guard inotifytools_initialize() != 0 else {
            throw Failure(message: "cannot initialise inotify", errno: inotifytools_error())
        }
    }

    static func cleanup() { inotifytools_cleanup() }

    mutating func reset() { directories.removeAll() }

    /// Watches `path` (a directory) and remembers it as `relative`.
    mutating func watch(directory path: String, relative: String) throws(Failure) {
        let name = path.hasSuffix("/") ? path : path + "/"
        guard inotifytools_watch_file(name, Self.fileMask | Self.selfMask | Int32(IN_ONLYDIR)) != 0 else {
            throw Failure(message: "cannot watch \(path)", errno: inotifytools_error())
        }
        let wd = inotifytools_wd_from_filename(name)
        if wd >= 0 { directories[wd] = relative }
    }

    mutating func forget(wd: Int32) { directories[wd] = nil }

    /// The next event, waiting at most one second. Never `next_event(0)` (it blocks forever) and
    /// never `next_events` with n > 1 (it busy-spins).
    func nextEvent() -> RawEvent? {
        guard let event = inotifytools_next_event(1) else { return nil }
        let name = String(cString: cw_inotify_event_name(event))
        return RawEvent(wd: event.pointee.wd, mask: event.pointee.mask, name: name)
    }
}

struct RawEvent {
    var wd: Int32
    var mask: UInt32
    var name: String

    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }
}
