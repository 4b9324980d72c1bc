import ClaimwatchSystem
import Foundation
import Glibc

/// A folder or file claimwatch must write but cannot: a read-only file system, missing
/// permissions, a file where a folder should be. Start-up refuses with exit 73 (EX_CANTCREAT).
public struct StorageError: Error, Sendable, CustomStringConvertible {
    /// What could not be created or written, as the user knows it ("the data directory").
    public var role: String
    public var path: String
    /// The existing directory or file that stops it (`path` itself, or its deepest existing parent).
    public var blocker: String
    public var errorNumber: Int32
    /// The call that failed, on which path, when there was one.
    public var cause: SystemCallError?

    public var description: String {
        let user = Self.userName
        let change = "or set paths.data (--data) in the configuration to a directory claimwatch can write; then start claimwatch again"
        switch errorNumber {
        case EROFS:
            return "cannot write \(role) \(path): \(blocker) is on a read-only file system; remount it read-write, \(change)"
        case EACCES, EPERM:
            return
                "cannot write \(role) \(path): \(blocker) is not writable by user \(user); give \(user) write access to it (chown, chmod), \(change)"
        case ENOTDIR, EEXIST:
            return "cannot create \(role) \(path): \(blocker) is not a directory; move it aside, \(change)"
        default:
            return "cannot write \(role) \(path): \(blocker): \(cause.map(\.description) ?? SystemCallError.reason(errorNumber)); fix it, \(change)"
        }
    }

    static var userName: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid \(geteuid())" }
        return String(cString: name)
    }
}

extension StorageError {
    /// `path` cannot be written because `cause` failed on `blocker`.
    init(role: String, path: String, blocker: String, cause: SystemCallError) {
        self.init(role: role, path: path, blocker: blocker, errorNumber: cause.errno, cause: cause)
    }
}

/// Creates claimwatch's folders and checks they can be written, so that start-up says which
/// directory stops it and why, rather than failing later on the first commit or move.
enum WritableStorage {
    /// Creates `directory` and its missing parents, or checks an existing one is writable.
    static func createDirectory(_ directory: String, role: String) throws(StorageError) {
        let directory = tidy(directory)
        if isDirectory(directory) { return try checkWritable(directory, role: role) }
        try make(directory, for: StorageError(role: role, path: directory, blocker: directory, errorNumber: 0))
    }

    /// mkdir -p, reporting a failure as `target` with the blocking folder and errno filled in.
    private static func make(_ directory: String, for target: StorageError) throws(StorageError) {
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != directory, !entryExists(parent) { try make(parent, for: target) }
        let error: SystemCallError
        do {
            return try Posix.mkdir(directory, permissions: 0o777)
        } catch let failed {
            error = failed
        }
        if error.errno == EEXIST, isDirectory(directory) { return try checkWritable(directory, role: target.role) }
        var failure = target
        failure.blocker = error.errno == EEXIST ? directory : (parent.isEmpty ? "." : parent)
        failure.errorNumber = error.errno
        failure.cause = error
        throw failure
    }

    /// Checks that `path` (a directory, or a file that exists) can be written by this process.
    static func checkWritable(_ path: String, role: String) throws(StorageError) {
        let path = tidy(path)
        let mode = isDirectory(path) ? W_OK | X_OK : W_OK
        do {
            try Posix.access(path, mode)
        } catch {
            throw StorageError(role: role, path: path, blocker: path, cause: error)
        }
    }

    /// The path without doubled slashes (`/tmp//x` from a configuration), as messages show it.
    static func tidy(_ path: String) -> String {
        var path = path
        while path.contains("//") { path = path.replacingOccurrences(of: "//", with: "/") }
        return path
    }

    static func isDirectory(_ path: String) -> Bool {
        guard let info = try? Posix.stat(path) else { return false }
        return info.st_mode & S_IFMT == S_IFDIR
    }

    static func entryExists(_ path: String) -> Bool {
        (try? Posix.lstat(path)) != nil
    }
}
