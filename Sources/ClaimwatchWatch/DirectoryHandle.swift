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
        case failed(errno: Int32)
    }

    private init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    /// Opens the directory at `path` itself: a symbolic link there is refused, not followed.
    public static func open(path: String) -> Result<DirectoryHandle, Refusal> {
        open(in: AT_FDCWD, FileName(path))
    }

    /// Opens the subdirectory `name` of this one, refusing a symbolic link.
    public func subdirectory(_ name: FileName) -> Result<DirectoryHandle, Refusal> {
        Self.open(in: fd, name)
    }

    private static func open(in parent: Int32, _ name: FileName) -> Result<DirectoryHandle, Refusal> {
        let fd = name.withCString { openat(parent, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        if fd >= 0 { return .success(DirectoryHandle(fd: fd)) }
        let error = errno
        switch error {
        case ENOENT: return .failure(.missing)
        case ENOTDIR, ELOOP:
            var info = stat()
            let found = name.withCString { fstatat(parent, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0
            if found, info.st_mode & S_IFMT == S_IFLNK {
                return .failure(.symbolicLink(target: name.withCString { Self.linkTarget(parent, $0) }))
            }
            return .failure(found ? .notADirectory : .missing)
        default: return .failure(.failed(errno: error))
        }
    }

    /// Where the symbolic link at `path` points (escaped when it is not UTF-8), or nil when `path`
    /// is not a symbolic link.
    public static func symbolicLinkTarget(of path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        return linkTarget(AT_FDCWD, path)
    }

    /// Where a symbolic link points, escaped when it is not UTF-8.
    static func linkTarget(_ parent: Int32, _ name: UnsafePointer<CChar>) -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX))
        let n = buffer.withUnsafeMutableBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { readlinkat(parent, name, $0.baseAddress!, $0.count) }
        }
        return n < 0 ? "?" : FileName(bytes: buffer[0..<n]).display
    }

    /// `lstat` of an entry: never follows a symbolic link.
    public func status(of name: FileName) -> stat? {
        var info = stat()
        return name.withCString { fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0 ? info : nil
    }

    /// Opens an entry for reading: never follows a symbolic link, never blocks on a FIFO.
    /// Returns the descriptor, or -1 with `errno` set.
    public func openFile(_ name: FileName) -> Int32 {
        name.withCString { openat(fd, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
    }

    /// Removes an entry. Returns 0, or -1 with `errno` set.
    @discardableResult
    public func unlink(_ name: FileName) -> Int32 {
        name.withCString { unlinkat(fd, $0, 0) }
    }

    /// One entry of a directory listing: its exact name and what `readdir` (or `lstat`) says it is.
    public struct Entry: Sendable {
        public var name: FileName
        public var isDirectory: Bool
    }

    /// Every entry but `.` and `..`, in directory order.
    public func entries() -> [Entry] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return []
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var result: [Entry] = []
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(dir) {
            // Read in place: a record can be shorter than `dirent`, so copying `d_name` can read
            // past the end of the buffer (a crash seen when listing 20,000 files).
            let bytes = (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: UInt8.self)
            let name = FileName(bytes: UnsafeBufferPointer(start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
            if name.bytes == [0x2E] || name.bytes == [0x2E, 0x2E] { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN), let info = status(of: name) {
                type = info.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            result.append(Entry(name: name, isDirectory: type == UInt8(DT_DIR)))
        }
        return result
    }
}
