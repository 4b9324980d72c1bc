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

    /// Relative directory (empty for the root, "WION" for an outlet subfolder) by watch descriptor.
    private(set) var directories: [Int32: FileName] = [:]

    static func initialize() throws(Failure) {
        guard inotifytools_initialize() != 0 else {
            throw Failure(message: "cannot initialise inotify", errno: inotifytools_error())
        }
    }

    static func cleanup() { inotifytools_cleanup() }

    mutating func reset() { directories.removeAll() }

    /// Watches `path` (a directory, never through a symbolic link) and remembers it as `relative`.
    mutating func watch(directory path: FileName, relative: FileName) throws(Failure) {
        let name = path.bytes.last == UInt8(ascii: "/") ? path : FileName(bytes: path.bytes + [UInt8(ascii: "/")])
        let mask = Self.fileMask | Self.selfMask | Int32(IN_ONLYDIR) | Int32(IN_DONT_FOLLOW)
        guard name.withCString({ inotifytools_watch_file($0, mask) }) != 0 else {
            throw Failure(message: "cannot watch \(path)", errno: inotifytools_error())
        }
        let wd = name.withCString { inotifytools_wd_from_filename($0) }
        if wd >= 0 { directories[wd] = relative }
    }

    mutating func forget(wd: Int32) { directories[wd] = nil }

    /// The next event, waiting at most one second. Never `next_event(0)` (it blocks forever) and
    /// never `next_events` with n > 1 (it busy-spins).
    func nextEvent() -> RawEvent? {
        guard let event = inotifytools_next_event(1) else { return nil }
        // The exact bytes: String(cString:) would turn bytes that are not UTF-8 into U+FFFD.
        let raw = cw_inotify_event_name(event)!
        let name = FileName(bytes: UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
        return RawEvent(wd: event.pointee.wd, mask: event.pointee.mask, name: name)
    }
}

struct RawEvent {
    var wd: Int32
    var mask: UInt32
    var name: FileName

    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }
}
