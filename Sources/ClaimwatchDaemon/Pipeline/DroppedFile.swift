import ClaimwatchSystem
import ClaimwatchWatch
import Crypto
import Foundation

/// A file read from the drop folder: its identity on disk, its bytes and their SHA-256.
struct DroppedFile: Sendable {
    /// The path relative to the drop folder ("a.txt" or "WION/a.txt"), or as given to `ingest`,
    /// exact bytes; recorded as `name.display`.
    var name: FileName
    /// Where the file is: `entry` inside `directory`, or the path `entry` when `directory` is nil.
    var directory: DirectoryHandle?
    var entry: FileName
    var inode: UInt64
    var mtimeNs: Int64
    var size: Int64
    var sha256: String?
    var bytes: [UInt8]?
    /// Why the file cannot be processed before intake even sees it (too large, unreadable).
    var readFailure: String?

    /// The outlet subfolder the file sits in, if any.
    var subfolder: String? { name.folder?.display }

    enum OpenResult {
        case file(DroppedFile)
        /// Not a regular file (symlink, FIFO, device, directory): skipped and left in place.
        case skipped(String)
        /// Gone before it could be opened.
        case vanished
    }

    /// Opens the file without following symlinks or blocking on FIFOs, checks it is a regular
    /// file, and reads it if it is within `maxBytes`. A larger file is not read at all.
    static func open(_ entry: FileName, in directory: DirectoryHandle?, name: FileName, maxBytes: Int) -> OpenResult {
        let at = directory?.fd ?? Posix.currentDirectory
        func located(_ info: stat) -> DroppedFile {
            DroppedFile(name: name, directory: directory, entry: entry, inode: UInt64(info.st_ino), mtimeNs: info.mtimeNs, size: Int64(info.st_size))
        }
        let fd: Int32
        do {
            fd = try Posix.openat(at, entry, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        } catch {
            switch error.errno {
            case ENOENT: return .vanished
            case ELOOP: return .skipped("a symbolic link; drop the file itself")
            default:
                guard let info = try? Posix.fstatat(at, entry, flags: AT_SYMLINK_NOFOLLOW) else { return .vanished }
                var file = located(info)
                file.readFailure = "cannot open: \(error)"
                return .file(file)
            }
        }
        defer { Posix.close(fd) }
        guard let info = try? Posix.fstat(fd, path: entry.display) else { return .vanished }
        guard info.st_mode & S_IFMT == S_IFREG else { return .skipped(Self.kind(of: info.st_mode)) }
        var file = located(info)
        guard info.st_size <= maxBytes else {
            file.readFailure = tooLarge(Int64(info.st_size), maxBytes)
            return .file(file)
        }
        switch read(fd, atMost: maxBytes + 1, expected: Int(info.st_size), path: entry.display) {
        case .failure(let error):
            file.readFailure = "read error: \(error)"
        case .success(let bytes) where bytes.count > maxBytes:
            // It grew while being read: only the limit and one byte more were read.
            let now = try? Posix.fstat(fd, path: entry.display)
            file.readFailure = tooLarge(now.map { max(Int64($0.st_size), Int64(bytes.count)) } ?? Int64(bytes.count), maxBytes)
        case .success(let bytes):
            file.size = Int64(bytes.count)
            file.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            file.bytes = bytes
        }
        return .file(file)
    }

    /// Whether the file at `entry` is still the one that was read: same inode, size and mtime.
    /// A file written to after it was read (a writer that paused past the settle window) is not.
    func isUnchangedOnDisk() -> Bool {
        guard let info = try? Posix.fstatat(directory?.fd ?? Posix.currentDirectory, entry, flags: AT_SYMLINK_NOFOLLOW) else {
            // Gone (moved away by someone else): nothing to compare, and nothing will be moved.
            return true
        }
        return UInt64(info.st_ino) == inode && Int64(info.st_size) == size && info.mtimeNs == mtimeNs
    }

    static func tooLarge(_ size: Int64, _ maxBytes: Int) -> String {
        "too-large: \(size) bytes, over the limit of \(maxBytes) (intake.max_file_bytes); split the file or raise the limit"
    }

    /// Reads until end of file or `limit` bytes, whichever comes first.
    static func read(_ fd: Int32, atMost limit: Int, expected: Int, path: String) -> Result<[UInt8], SystemCallError> {
        var bytes = [UInt8](repeating: 0, count: min(limit, max(expected, 0) + 1))
        var total = 0
        do {
            while total < limit {
                if total == bytes.count { bytes += [UInt8](repeating: 0, count: min(limit - total, max(total, 1 << 16))) }
                let n = try Posix.read(fd, into: &bytes, from: total, path: path)
                if n == 0 { break }
                total += n
            }
        } catch {
            return .failure(error)
        }
        bytes.removeLast(bytes.count - total)
        return .success(bytes)
    }

    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a directory"
        default: return "not a regular file"
        }
    }
}

extension stat {
    var mtimeNs: Int64 { Int64(st_mtim.tv_sec) * 1_000_000_000 + Int64(st_mtim.tv_nsec) }
}
