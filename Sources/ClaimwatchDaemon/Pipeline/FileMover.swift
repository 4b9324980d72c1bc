import ClaimwatchSystem
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
        let at = directory?.fd ?? Posix.currentDirectory
        let info: stat
        do {
            info = try Posix.fstatat(at, entry, flags: AT_SYMLINK_NOFOLLOW)
        } catch {
            throw Failure(description: "\(error)")
        }
        let destination = FileName(target).appending(relativeName)
        try makeParent(of: destination)
        for attempt in 1...10_000 {
            let candidate = attempt == 1 ? destination : Self.numbered(destination, attempt)
            do {
                try Posix.linkat(at, entry, Posix.currentDirectory, candidate)
                FaultPoint.reached(.midMove)
                try? Posix.unlinkat(at, entry)
                return candidate
            } catch {
                switch error.errno {
                case EEXIST:
                    if let existing = try? Posix.lstat(candidate), existing.st_ino == info.st_ino, existing.st_dev == info.st_dev {
                        try? Posix.unlinkat(at, entry)
                        return candidate
                    }
                case EXDEV, EPERM:
                    return try copyThenUnlink(entry, at: at, to: destination, from: attempt)
                default:
                    throw Failure(description: "cannot move \(entry) to \(candidate): \(error)")
                }
            }
        }
        throw Failure(description: "cannot find a free name for \(destination)")
    }

    private func copyThenUnlink(_ entry: FileName, at: Int32, to destination: FileName, from attempt: Int) throws -> FileName {
        var data: [UInt8] = []
        do {
            let source = try Posix.openat(at, entry, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            defer { Posix.close(source) }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = try Posix.read(source, into: &buffer, path: entry.display)
                if n == 0 { break }
                data += buffer[0..<n]
            }
        } catch {
            throw Failure(description: "cannot read \(entry) to copy it: \(error)")
        }
        let copied = try write(data, startingAt: destination, attempt: attempt, sync: true)
        try? Posix.unlinkat(at, entry)
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
        let fd: Int32
        do {
            fd = try Posix.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions: 0o640)
        } catch {
            throw Failure(description: "cannot create \(path): \(error)")
        }
        defer { Posix.close(fd) }
        do {
            try Posix.writeAll(fd, Array(contents.utf8), path: path.display)
        } catch {
            throw Failure(description: "cannot write \(path): \(error)")
        }
    }

    /// Creates the first free name from `destination` numbered `attempt` on and writes `bytes` to it.
    private func write(_ bytes: [UInt8], startingAt destination: FileName, attempt: Int, sync: Bool) throws -> FileName {
        for n in attempt..<(attempt + 10_000) {
            let candidate = n == 1 ? destination : Self.numbered(destination, n)
            let fd: Int32
            do {
                fd = try Posix.open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions: 0o640)
            } catch {
                if error.errno == EEXIST { continue }
                throw Failure(description: "cannot create \(candidate): \(error)")
            }
            defer { Posix.close(fd) }
            do {
                try Posix.writeAll(fd, bytes, path: candidate.display)
                if sync { try Posix.fsync(fd, path: candidate.display) }
            } catch {
                try? Posix.unlink(candidate)
                throw Failure(description: "cannot write \(candidate): \(error)")
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
        if let info = try? Posix.stat(FileName(bytes: bytes[..<end])), info.st_mode & S_IFMT == S_IFDIR { return }
        var index = bytes[0] == UInt8(ascii: "/") ? 1 : 0
        while index <= end {
            let next = bytes[index...].firstIndex(of: UInt8(ascii: "/")) ?? end
            if next > index {
                let folder = FileName(bytes: bytes[..<next])
                do {
                    try Posix.mkdir(folder, permissions: 0o777)
                } catch  where error.errno != EEXIST {
                    throw Failure(description: "cannot create \(folder): \(error)")
                } catch {}
            }
            index = next + 1
        }
    }
}
