import ClaimwatchSystem
import Foundation

/// One append-only alert log file.
final class AlertLogFile: Sendable {
    enum Format: Sendable { case jsonLines, human }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// The call that failed, with its path and errno.
        var cause: SystemCallError
    }

    let path: String
    let format: Format
    private let fd: Int32

    init(path: String, format: Format) throws {
        self.path = path
        self.format = format
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        do {
            fd = try Posix.open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, permissions: 0o640)
        } catch {
            throw Failure(description: "cannot open alert log: \(error); check the directory is writable", cause: error)
        }
    }

    func close() { Posix.close(fd) }

    /// Appends whole lines and makes them durable (fsync) before returning. If any write or the
    /// fsync fails (a full disk), the file is cut back to where it was, so that no partial line is
    /// left for a later append to glue onto, and the error is thrown: nothing of `lines` counts as
    /// written.
    func append(_ lines: [String]) throws {
        var text = lines.joined(separator: "\n")
        text += "\n"
        let bytes = Array(text.utf8)
        let before = (try? Posix.lseek(fd, 0, SEEK_END, path: path)) ?? -1
        if format == .jsonLines, FaultPoint.isArmed(.midAlertAppend) {
            // Test-only: a write cut in the middle of the last line.
            let cut = bytes.count - 1 - (lines.last?.utf8.count ?? 0) / 2
            _ = try? Posix.write(fd, Array(bytes[..<cut]), path: path)
            FaultPoint.reached(.midAlertAppend)
        }
        do {
            try Posix.writeAll(fd, bytes, path: path)
            try Posix.fsync(fd, path: path)
        } catch {
            throw rollBack(to: before, error)
        }
    }

    /// After a failed append: the error, with the file cut back to `size` if that works (if not,
    /// the torn line is cut at the next open or retry by `repairTornLine`).
    private func rollBack(to size: off_t, _ error: SystemCallError) -> Failure {
        if size >= 0 { try? Posix.ftruncate(fd, size, path: path) }
        return Failure(description: "\(error)", cause: error)
    }

    /// The file's inode, and whether the open file is still the one at `path` (not deleted, not
    /// renamed away by a rotation that sent no SIGHUP).
    func identity() -> (inode: UInt64, isAtPath: Bool) {
        guard let open = try? Posix.fstat(fd, path: path) else { return (0, false) }
        guard let atPath = try? Posix.stat(path) else { return (UInt64(open.st_ino), false) }
        let same = atPath.st_ino == open.st_ino && atPath.st_dev == open.st_dev && open.st_nlink > 0
        return (UInt64(open.st_ino), same)
    }

    /// Cuts an unterminated last line (left by a write cut short). Returns the bytes removed.
    func repairTornLine() throws -> Int {
        let size = (try? Posix.lseek(fd, 0, SEEK_END, path: path)) ?? -1
        guard size > 0 else { return 0 }
        guard let last = readBackwards(from: size, upTo: 1).last, last != UInt8(ascii: "\n") else { return 0 }
        let keep = lastNewline(before: size).map { $0 + 1 } ?? 0
        do {
            try Posix.ftruncate(fd, keep, path: path)
        } catch {
            throw Failure(description: "cannot repair \(path): \(error)", cause: error)
        }
        return Int(size - keep)
    }

    /// The id of the last complete line's alert, if the file has one.
    func lastAlertID() throws -> Int64? {
        let size = (try? Posix.lseek(fd, 0, SEEK_END, path: path)) ?? -1
        guard size > 0 else { return nil }
        let start = lastNewline(before: size - 1).map { $0 + 1 } ?? 0
        let line = String(decoding: readBackwards(from: size - 1, upTo: Int(size - 1 - start)), as: UTF8.self)
        return Self.alertID(in: line, format: format)
    }

    static func alertID(in line: String, format: Format) -> Int64? {
        switch format {
        case .jsonLines:
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return (object["id"] as? NSNumber)?.int64Value
        case .human:
            // "TIME #ID KIND ..."
            guard let hash = line.firstIndex(of: "#") else { return nil }
            return Int64(line[line.index(after: hash)...].prefix { $0.isNumber })
        }
    }

    /// The offset of the last newline before `end`, reading backwards in chunks.
    private func lastNewline(before end: off_t) -> off_t? {
        var position = end
        let chunk = 65536
        while position > 0 {
            let length = Int(min(off_t(chunk), position))
            let bytes = readBackwards(from: position, upTo: length)
            if let index = bytes.lastIndex(of: UInt8(ascii: "\n")) {
                return position - off_t(length) + off_t(index)
            }
            position -= off_t(length)
        }
        return nil
    }

    /// Reads `count` bytes ending at `end`.
    private func readBackwards(from end: off_t, upTo count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: count)
        let n = (try? Posix.pread(fd, into: &buffer, at: end - off_t(count), path: path)) ?? -1
        return n > 0 ? Array(buffer[0..<n]) : []
    }
}
