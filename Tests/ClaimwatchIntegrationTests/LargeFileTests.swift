import Foundation
import Testing

/// A file over `intake.max_file_bytes` is refused by its size alone: the daemon does not read a
/// byte of it. The file is sparse (ftruncate), so the test is fast; the proof is the daemon's own
/// I/O and memory counters in /proc.
@Suite(.serialized)
struct LargeFileTests {
    static let size = 200 << 20
    static let limit = 10 << 20

    /// A sparse file of `size` bytes, made in staging and renamed into the drop folder.
    static func dropSparse(_ daemon: DaemonProcess, as name: String) throws {
        let staged = daemon.staging + "/" + UUID().uuidString
        let fd = open(staged, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw HarnessError("cannot create \(staged): \(errno)") }
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0 else { throw HarnessError("ftruncate failed: \(errno)") }
        guard rename(staged, daemon.drop + "/" + name) == 0 else { throw HarnessError("rename failed: \(errno)") }
    }

    /// A `key: value` field of /proc/PID/FILE, as a number (kB for /proc/PID/status).
    static func procField(_ pid: Int32, _ file: String, _ key: String) throws -> Int {
        let text = try String(contentsOfFile: "/proc/\(pid)/\(file)", encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }),
            let value = Int(line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
        else {
            throw HarnessError("no \(key) in /proc/\(pid)/\(file)")
        }
        return value
    }

    @Test func aFileOverTheLimitIsRefusedBySizeWithoutBeingRead() async throws {
        let daemon = try DaemonProcess(extraConfig: "\n[intake]\nmax_file_bytes = \(Self.limit)\n")
        try await daemon.start()
        let readBefore = try Self.procField(daemon.pid, "io", "rchar")

        try Self.dropSparse(daemon, as: "huge.txt")
        try await waitUntil(timeout: 30, "huge.txt to reach failed/") { entryExists(daemon.failed + "/huge.txt.reason") }
        let reason = try String(contentsOfFile: daemon.failed + "/huge.txt.reason", encoding: .utf8)
        #expect(reason.hasPrefix("too-large: \(Self.size) bytes, over the limit of \(Self.limit) (intake.max_file_bytes)"), "\(reason)")

        // The same file again (same size, same bytes): refused the same way, next to the first.
        try Self.dropSparse(daemon, as: "huge.txt")
        try await waitUntil(timeout: 30, "the second huge.txt to reach failed/") { entryExists(daemon.failed + "/huge.2.txt.reason") }
        #expect(try String(contentsOfFile: daemon.failed + "/huge.2.txt.reason", encoding: .utf8) == reason)

        // Not read: far less than one file's worth of bytes read in all, and no 200 MiB buffer.
        let read = try Self.procField(daemon.pid, "io", "rchar") - readBefore
        let peakKiB = try Self.procField(daemon.pid, "status", "VmHWM")
        #expect(read < 4 << 20, "the daemon read \(read) bytes while handling two \(Self.size)-byte files")
        #expect(peakKiB < 100 << 10, "peak resident memory \(peakKiB) kB")

        #expect(filesUnder(daemon.drop).isEmpty)
        #expect(filesUnder(daemon.failed) == ["huge.2.txt", "huge.txt"])
        // Recorded without a checksum, since none was computed.
        let rows = try ProcessHelpers.sqlite(daemon.database, "SELECT name, outcome, sha256 IS NULL, size FROM deliveries ORDER BY id")
        #expect(rows == [["huge.txt", "failed", "1", "\(Self.size)"], ["huge.txt", "failed", "1", "\(Self.size)"]], "\(rows)")
        let status = try daemon.status()
        #expect(status.failed == 2, "\(status)")
        #expect(daemon.process?.isRunning == true)
        await daemon.stop()
    }
}
