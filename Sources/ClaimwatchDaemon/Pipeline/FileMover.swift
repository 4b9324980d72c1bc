import Foundation

/// Moves a handled file out of the drop folder without ever overwriting: `link()` to a free name,
/// then `unlink()` the original. Across file systems (EXDEV) it copies, fsyncs, then unlinks.
struct FileMover: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Moves `source` into `directory/relativeName` (creating folders), returning the final path.
    /// A name already taken gets a counter: `a.txt` → `a.2.txt`. If a previous run already linked
    /// this very file (same inode) before it was stopped, that link is reused.
    func move(_ source: String, toDirectory directory: String, relativeName: String) throws -> String {
        var info = stat()
        guard lstat(source, &info) == 0 else { throw Failure(description: "\(source): \(String(cString: strerror(errno)))") }
        let target = directory + "/" + relativeName
        try makeDirectories(String(target[..<target.lastIndex(of: "/")!]))
        for attempt in 1...10_000 {
            let candidate = attempt == 1 ? target : Self.numbered(target, attempt)
            if link(source, candidate) == 0 {
                FaultPoint.reached(.midMove)
                unlink(source)
                return candidate
            }
            switch errno {
            case EEXIST:
                var existing = stat()
                if lstat(candidate, &existing) == 0, existing.st_ino == info.st_ino, existing.st_dev == info.st_dev {
                    unlink(source)
                    return candidate
                }
            case EXDEV, EPERM:
                return try copyThenUnlink(source, to: candidate, attempt: attempt, target: target)
            default:
                throw Failure(description: "cannot move \(source) to \(candidate): \(String(cString: strerror(errno)))")
            }
        }
        throw Failure(description: "cannot find a free name for \(target)")
    }

    private func copyThenUnlink(_ source: String, to first: String, attempt: Int, target: String) throws -> String {
        var n = attempt
        while true {
            let candidate = n == 1 ? target : Self.numbered(target, n)
            let out = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
            if out < 0 {
                if errno == EEXIST { n += 1; continue }
                throw Failure(description: "cannot create \(candidate): \(String(cString: strerror(errno)))")
            }
            defer { close(out) }
            guard let data = FileManager.default.contents(atPath: source) else {
                unlink(candidate)
                throw Failure(description: "cannot read \(source) to copy it")
            }
            let written = data.withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
            guard written == data.count, fsync(out) == 0 else {
                unlink(candidate)
                throw Failure(description: "cannot write \(candidate): \(String(cString: strerror(errno)))")
            }
            unlink(source)
            return candidate
        }
    }

    /// Writes `contents` to a new file `directory/relativeName` (a counter is added when the name
    /// is taken), returning its path.
    func create(_ contents: String, inDirectory directory: String, relativeName: String) throws -> String {
        let target = directory + "/" + relativeName
        try makeDirectories(String(target[..<target.lastIndex(of: "/")!]))
        let bytes = Array(contents.utf8)
        for attempt in 1...10_000 {
            let candidate = attempt == 1 ? target : Self.numbered(target, attempt)
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw Failure(description: "cannot create \(candidate): \(String(cString: strerror(errno)))")
            }
            defer { close(fd) }
            guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
                throw Failure(description: "cannot write \(candidate): \(String(cString: strerror(errno)))")
            }
            return candidate
        }
        throw Failure(description: "cannot find a free name for \(target)")
    }

    static func numbered(_ path: String, _ n: Int) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[slash...].lastIndex(of: "."), dot > slash {
            return "\(path[..<dot]).\(n)\(path[dot...])"
        }
        return "\(path).\(n)"
    }

    func makeDirectories(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(path): \(error.localizedDescription)")
        }
    }
}
