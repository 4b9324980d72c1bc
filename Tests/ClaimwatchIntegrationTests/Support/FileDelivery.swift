import Foundation
import Testing

// Ways a file can arrive in the drop folder besides write-then-rename, and readers for what the
// CLI reports about a daemon's data directory.

/// Writes `bytes` to `fd`, all of them.
private func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw HarnessError("write \(path) failed: \(String(cString: strerror(errno)))")
        }
        offset += n
    }
}

/// Creates the folders above `path`.
private func makeParent(of path: String) throws {
    try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
}

/// Writes `bytes` in a staging folder and renames them into place (any bytes, not only UTF-8).
func deliverBytesByRename(_ bytes: [UInt8], to path: String, staging: String) throws {
    let temporary = staging + "/" + UUID().uuidString
    try writeInPlace(bytes, to: temporary)
    try makeParent(of: path)
    guard rename(temporary, path) == 0 else { throw HarnessError("rename to \(path) failed: \(errno)") }
}

/// What `cp` does: create the file where it will be read, write it, close it.
func writeInPlace(_ bytes: [UInt8], to path: String) throws {
    try makeParent(of: path)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw HarnessError("open \(path) failed: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    try writeAll(fd, bytes, path: path)
}

func writeInPlace(_ contents: String, to path: String) throws {
    try writeInPlace(Array(contents.utf8), to: path)
}

/// A slow writer: opens `path` in place once, writes each chunk with a pause after it (but the
/// last), then closes. `afterChunk` runs after each chunk is written, before the pause.
func writeSlowly(_ chunks: [String], to path: String, pause: Duration, afterChunk: (Int) throws -> Void = { _ in }) async throws {
    try makeParent(of: path)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw HarnessError("open \(path) failed: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    for (index, chunk) in chunks.enumerated() {
        try writeAll(fd, Array(chunk.utf8), path: path)
        try afterChunk(index)
        if index < chunks.count - 1 { try await Task.sleep(for: pause) }
    }
}

/// Writes the file in a staging folder, then `link()`s it into place: only IN_CREATE fires.
func deliverByLink(_ contents: String, to path: String, staging: String) throws {
    let staged = staging + "/" + UUID().uuidString
    try writeInPlace(contents, to: staged)
    try makeParent(of: path)
    guard link(staged, path) == 0 else { throw HarnessError("link to \(path) failed: \(String(cString: strerror(errno)))") }
}

/// Whether the directory entry exists (a symlink counts, dangling or not).
func entryExists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
}

/// What `claimwatch status` printed, with the file counts picked out.
struct StatusReport: CustomStringConvertible {
    var text: String
    var processed: Int
    var duplicates: Int
    var failed: Int
    /// The text after `last error:`, or nil when it says `none`.
    var lastError: String?

    var description: String { text }

    init(_ text: String) throws {
        self.text = text
        guard let files = text.split(separator: "\n").first(where: { $0.hasPrefix("files:") }) else {
            throw HarnessError("status has no files: line:\n\(text)")
        }
        func count(_ label: String) throws -> Int {
            let words = files.split(whereSeparator: { $0 == " " || $0 == "," })
            guard let index = words.firstIndex(of: Substring(label)), index > 0, let n = Int(words[index - 1]) else {
                throw HarnessError("status has no '\(label)' count:\n\(text)")
            }
            return n
        }
        processed = try count("processed")
        duplicates = try count("duplicates")
        failed = try count("failed")
        guard let last = text.split(separator: "\n").first(where: { $0.hasPrefix("last error:") }) else {
            throw HarnessError("status has no last error: line:\n\(text)")
        }
        let value = last.dropFirst("last error:".count).trimmingCharacters(in: .whitespaces)
        lastError = value == "none" ? nil : value
    }
}

extension DaemonProcess {
    /// `claimwatch status --data DIR`.
    func status() throws -> StatusReport {
        let result = try command(["status", "--data", data.path])
        guard result.status == 0 else { throw HarnessError("status exited \(result.status): \(result.stderr)") }
        return try StatusReport(result.stdout)
    }

    /// `claimwatch claims --data DIR --json [--search TEXT]`, one object per claim.
    func claims(search: String? = nil) throws -> [[String: Any]] {
        var arguments = ["claims", "--data", data.path, "--json"]
        if let search { arguments += ["--search", search] }
        let result = try command(arguments)
        guard result.status == 0 else { throw HarnessError("claims exited \(result.status): \(result.stderr)") }
        return try result.stdout.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw HarnessError("claims line is not a JSON object: \(line)")
            }
            return object
        }
    }

    /// The claims whose text contains `sentence`, found through `--search` with its words.
    func claims(containing sentence: String) throws -> [[String: Any]] {
        try claims(search: sentence).filter { ($0["text"] as? String)?.contains(sentence) == true }
    }

    /// Lines of alerts.jsonl (0 when the file does not exist yet).
    func alertLineCount() -> Int {
        guard let data = FileManager.default.contents(atPath: alertsJSONL) else { return 0 }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").count
    }
}
