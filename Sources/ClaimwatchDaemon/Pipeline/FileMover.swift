import ClaimwatchWatch
import Foundation

/// Moves a handled file out of the drop folder without ever overwriting: `linkat()` to a free
/// name, then `unlinkat()` the original, both relative to the directory the file was opened in, so
/// that no symbolic link in the drop folder is followed. Names are exact bytes throughout. Across
/// file systems (EXDEV) it copies, fsyncs, then unlinks.
struct FileMover: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Moves `entry` (in `directory`, or a path when nil) into `target/relativeName` (creating
    /// folders), returning the final path. A name already taken gets a counter: `a.txt` → `a.2.txt`.
    /// If a previous run already linked this very file (same inode) before it was stopped, that
    /// link is reused.
    func move(_ entry: FileName, in directory: DirectoryHandle?, toDirectory target: String, relativeName: FileName) throws -> FileName {
        let at = directory?.fd ?? AT_FDCWD
        var info = stat()
        guard entry.withCString({ fstatat(at, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else {
            throw Failure(description: "\(entry): \(String(cString: strerror(errno)))")
        }
        let destination = FileName(target).appending(relativeName)
        try makeParent(of: destination)
        for attempt in 1...10_000 {
            let candidate = attempt == 1 ? destination : Self.numbered(destination, attempt)
            let linked = entry.withCString { from in candidate.withCString { to in linkat(at, from, AT_FDCWD, to, 0) } }
            if linked == 0 {
                FaultPoint.reached(.midMove)
                _ = entry.withCString { unlinkat(at, $0, 0) }
                return candidate
            }
            switch errno {
            case EEXIST:
                var existing = stat()
                if candidate.withCString({ lstat($0, &existing) }) == 0, existing.st_ino == info.st_ino, existing.st_dev == info.st_dev {
                    _ = entry.withCString { unlinkat(at, $0, 0) }
                    return candidate
                }
            case EXDEV, EPERM:
                return try copyThenUnlink(entry, at: at, to: destination, from: attempt)
            default:
                throw Failure(description: "cannot move \(entry) to \(candidate): \(String(cString: strerror(errno)))")
            }
        }
        throw Failure(description: "cannot find a free name for \(destination)")
    }

    private func copyThenUnlink(_ entry: FileName, at: Int32, to destination: FileName, from attempt: Int) throws -> FileName {
        let source = entry.withCString { openat(at, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard source >= 0 else { throw Failure(description: "cannot read \(entry) to copy it: \(String(cString: strerror(errno)))") }
        defer { close(source) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw Failure(description: "cannot read \(entry) to copy it: \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            data += buffer[0..<n]
        }
        let copied = try write(data, startingAt: destination, attempt: attempt, sync: true)
        _ = entry.withCString { unlinkat(at, $0, 0) }
        return copied
    }

    /// Writes `contents` to a new file `directory/relativeName` (a counter is added when the name
    /// is taken), returning its path.
    func create(_ contents: String, inDirectory directory: String, relativeName: FileName) throws -> FileName {
        let destination = FileName(directory).appending(relativeName)
        try makeParent(of: destination)
        return try write(Array(contents.utf8), startingAt: destination, attempt: 1, sync: false)
    }

    /// Writes `contents` next to `file` as `FILE.reason`, replacing an older one.
    func writeReason(_ contents: String, for file: FileName) throws {
        let path = FileName(bytes: file.bytes + Array(".reason".utf8))
        let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o640) }
        guard fd >= 0 else { throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array(contents.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Creates the first free name from `destination` numbered `attempt` on and writes `bytes` to it.
    private func write(_ bytes: [UInt8], startingAt destination: FileName, attempt: Int, sync: Bool) throws -> FileName {
        for n in attempt..<(attempt + 10_000) {
            let candidate = n == 1 ? destination : Self.numbered(destination, n)
            let fd = candidate.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640) }
            if fd < 0 {
                if errno == EEXIST { continue }
                throw Failure(description: "cannot create \(candidate): \(String(cString: strerror(errno)))")
            }
            defer { close(fd) }
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard written == bytes.count, !sync || fsync(fd) == 0 else {
                _ = candidate.withCString { unlink($0) }
                throw Failure(description: "cannot write \(candidate): \(String(cString: strerror(errno)))")
            }
            return candidate
        }
        throw Failure(description: "cannot find a free name for \(destination)")
    }

    /// `a.txt` → `a.N.txt`, `a` → `a.N`, on the last path component's bytes.
    static func numbered(_ path: FileName, _ n: Int) -> FileName {
        let bytes = path.bytes
        let start = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        let counter = Array(".\(n)".utf8)
        if let dot = bytes[start...].lastIndex(of: UInt8(ascii: ".")), dot > start {
            return FileName(bytes: bytes[..<dot] + counter + bytes[dot...])
        }
        return FileName(bytes: bytes + counter)
    }

    /// Creates every folder above `path` that is missing (names as exact bytes).
    func makeParent(of path: FileName) throws {
        let bytes = path.bytes
        guard let end = bytes.lastIndex(of: UInt8(ascii: "/")), end > 0 else { return }
        var info = stat()
        if FileName(bytes: bytes[..<end]).withCString({ stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
        var index = bytes[0] == UInt8(ascii: "/") ? 1 : 0
        while index <= end {
            let next = bytes[index...].firstIndex(of: UInt8(ascii: "/")) ?? end
            if next > index {
                let folder = FileName(bytes: bytes[..<next])
                if folder.withCString({ mkdir($0, 0o777) }) != 0, errno != EEXIST {
                    throw Failure(description: "cannot create \(folder): \(String(cString: strerror(errno)))")
                }
            }
            index = next + 1
        }
    }
}
