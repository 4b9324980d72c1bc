import ClaimwatchSystem
import Foundation

/// An open directory. Everything inside the drop folder is reached through one of these, one
/// component at a time with `O_NOFOLLOW`, so that no symbolic link inside it is ever followed.
public final class DirectoryHandle: Sendable {
    public let fd: Int32

    /// Why a directory could not be opened.
    public enum Refusal: Error, Sendable, Equatable {
        /// The path is a symbolic link (to `target`): it is not followed.
        case symbolicLink(target: String)
        case missing
        case notADirectory
        /// Any other failure of the call that opens it.
        case failed(SystemCallError)
    }

    private init(fd: Int32) { self.fd = fd }

    deinit { Posix.close(fd) }

    /// Opens the directory at `path` itself: a symbolic link there is refused, not followed.
    public static func open(path: String) -> Result<DirectoryHandle, Refusal> {
        open(in: Posix.currentDirectory, FileName(path))
    }

    /// Opens the subdirectory `name` of this one, refusing a symbolic link.
    public func subdirectory(_ name: FileName) -> Result<DirectoryHandle, Refusal> {
        Self.open(in: fd, name)
    }

    private static func open(in parent: Int32, _ name: FileName) -> Result<DirectoryHandle, Refusal> {
        do {
            return .success(DirectoryHandle(fd: try Posix.openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)))
        } catch {
            switch error.errno {
            case ENOENT: return .failure(.missing)
            case ENOTDIR, ELOOP:
                guard let info = try? Posix.fstatat(parent, name, flags: AT_SYMLINK_NOFOLLOW) else { return .failure(.missing) }
                if info.st_mode & S_IFMT == S_IFLNK {
                    return .failure(.symbolicLink(target: Self.linkTarget(parent, name)))
                }
                return .failure(.notADirectory)
            default: return .failure(.failed(error))
            }
        }
    }

    /// Where the symbolic link at `path` points (escaped when it is not UTF-8), or nil when `path`
    /// is not a symbolic link.
    public static func symbolicLinkTarget(of path: String) -> String? {
        guard let info = try? Posix.lstat(path), info.st_mode & S_IFMT == S_IFLNK else { return nil }
        return linkTarget(Posix.currentDirectory, FileName(path))
    }

    /// Where a symbolic link points, escaped when it is not UTF-8.
    static func linkTarget(_ parent: Int32, _ name: FileName) -> String {
        guard let target = try? Posix.readlinkat(parent, name) else { return "?" }
        return FileName(bytes: target).display
    }

    /// `lstat` of an entry: never follows a symbolic link.
    public func status(of name: FileName) -> stat? {
        try? Posix.fstatat(fd, name, flags: AT_SYMLINK_NOFOLLOW)
    }

    /// Opens an entry for reading: never follows a symbolic link, never blocks on a FIFO.
    /// Returns the descriptor; the caller closes it (`Posix.close`).
    public func openFile(_ name: FileName) throws(SystemCallError) -> Int32 {
        try Posix.openat(fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    }

    /// Removes an entry.
    public func unlink(_ name: FileName) throws(SystemCallError) {
        try Posix.unlinkat(fd, name)
    }

    /// One entry of a directory listing: its exact name and what `readdir` (or `lstat`) says it is.
    public struct Entry: Sendable {
        public var name: FileName
        public var isDirectory: Bool
    }

    /// Every entry but `.` and `..`, in directory order; none when the directory cannot be read.
    public func entries() -> [Entry] {
        guard let listed = try? Posix.readDirectory(fd) else { return [] }
        return listed.map { entry in
            let name = FileName(bytes: entry.name)
            var type = entry.type
            if type == UInt8(DT_UNKNOWN), let info = status(of: name) {
                type = info.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            return Entry(name: name, isDirectory: type == UInt8(DT_DIR))
        }
    }
}

/// A drop-folder name goes to the system calls as its exact bytes.
extension FileName: SystemPath {
    public func withSystemPath<T, E: Error>(_ body: (UnsafePointer<CChar>) throws(E) -> T) throws(E) -> T {
        try RawPath.withNULTerminated(bytes, body)
    }

    public var systemPathDescription: String { display }
}
