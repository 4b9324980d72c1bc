import Crypto
import Foundation

/// A file read from the drop folder: its identity on disk, its bytes and their SHA-256.
struct DroppedFile: Sendable {
    /// The path relative to the drop folder ("a.txt" or "WION/a.txt"), or as given to `ingest`.
    var name: String
    var path: String
    var inode: UInt64
    var mtimeNs: Int64
    var size: Int64
    var sha256: String?
    var bytes: [UInt8]?
    /// Why the file cannot be processed before intake even sees it (too large, unreadable).
    var readFailure: String?

    /// The outlet subfolder the file sits in, if any.
    var subfolder: String? {
        guard let slash = name.firstIndex(of: "/") else { return nil }
        return String(name[..<slash])
    }

    enum OpenResult {
        case file(DroppedFile)
        /// Not a regular file (symlink, FIFO, device, directory): skipped and left in place.
        case skipped(String)
        /// Gone before it could be opened.
        case vanished
    }

    /// Opens `path` without following symlinks or blocking on FIFOs, checks it is a regular file,
    /// and reads it if it is within `maxBytes`; larger files are hashed without being kept.
    static func open(path: String, name: String, maxBytes: Int) -> OpenResult {
        let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            switch errno {
            case ENOENT: return .vanished
            case ELOOP: return .skipped("a symbolic link; drop the file itself")
            default:
                let reason = "cannot open: \(String(cString: strerror(errno)))"
                var info = stat()
                guard lstat(path, &info) == 0 else { return .vanished }
                return .file(DroppedFile(name: name, path: path, inode: UInt64(info.st_ino), mtimeNs: info.mtimeNs, size: Int64(info.st_size), readFailure: reason))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .vanished }
        guard info.st_mode & S_IFMT == S_IFREG else { return .skipped(Self.kind(of: info.st_mode)) }
        var file = DroppedFile(name: name, path: path, inode: UInt64(info.st_ino), mtimeNs: info.mtimeNs, size: Int64(info.st_size))
        var hasher = SHA256()
        var kept: [UInt8] = []
        let keep = info.st_size <= maxBytes
        if keep { kept.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                file.readFailure = "read error: \(String(cString: strerror(errno)))"
                return .file(file)
            }
            if n == 0 { break }
            total += n
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            if keep, total <= maxBytes { kept.append(contentsOf: buffer[0..<n]) }
        }
        file.size = Int64(total)
        file.sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        if total > maxBytes {
            file.readFailure = "too-large: \(total) bytes, over the limit of \(maxBytes) (intake.max_file_bytes); split the file or raise the limit"
        } else {
            file.bytes = kept
        }
        return .file(file)
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
