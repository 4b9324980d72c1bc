import Foundation
import Testing

/// processed/ turns read-only while the daemon runs: the daemon runs in a mount namespace of its
/// own where processed/ is a bind mount, and the test remounts it read-only, then read-write, with
/// nsenter. (The database's directory cannot be done this way: Linux refuses to remount a bind
/// mount read-only, EBUSY, while a process holds a file on it open for writing, as SQLite does.)
@Suite(
    .serialized,
    .enabled(
        if: ReadOnlyFolder.here == .mount && ProcessHelpers.which("nsenter") != nil,
        "needs root with unshare -m and nsenter, to remount a folder read-only under a running daemon"))
struct ReadOnlyAtRunTimeTests {
    @Test func aReadOnlyProcessedFolderKeepsTheFileRecordedOnceAndMovesItLater() async throws {
        let daemon = try DaemonProcess(rescanInterval: 1)
        try FileManager.default.createDirectory(atPath: daemon.processed, withIntermediateDirectories: true)
        let bind = #"mount --bind "$1" "$1" && shift && exec "$@""#
        try await daemon.start(launcher: [ProcessHelpers.which("unshare")!, "-m", "sh", "-c", bind, "sh", daemon.processed])
        try remount(daemon, "ro")
        let probe = try inDaemonNamespace(daemon, ["sh", "-c", #"touch "$0/probe""#, daemon.processed])
        try #require(probe.status != 0, "processed/ should be read-only for the daemon")

        let sentence = "Zelensky said Russian troops are burning the faces of dead North Korean soldiers."
        try daemon.drop("Source: WION\n\n\(sentence)\n", as: "a.txt")
        try await waitUntil(timeout: 30, "the failed move to be logged") { daemon.log().contains("cannot move the file out of the drop folder") }
        #expect(daemon.log().contains("Read-only file system"), "the log should say why:\n\(daemon.log().suffix(2000))")
        #expect(FileManager.default.fileExists(atPath: daemon.drop + "/a.txt"), "the file stays in the drop folder")
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT outcome, moved FROM deliveries") == [["processed", "0"]])
        let waiting = try daemon.status()
        #expect(waiting.text.contains("not moved:      1 files recorded but still in the drop folder"), "\(waiting)")

        // Two more scans retry the move; nothing is recorded again.
        try await Task.sleep(for: .milliseconds(2500))
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM deliveries") == [["1"]])
        #expect(try daemon.claims(containing: sentence).count == 1)

        try remount(daemon, "rw")
        try await waitUntil(timeout: 30, "the file to be moved once processed/ is writable") { filesUnder(daemon.processed) == ["a.txt"] }
        try await waitUntil(timeout: 10, "the move to be recorded") {
            try ProcessHelpers.sqlite(daemon.database, "SELECT outcome, moved FROM deliveries") == [["processed", "1"]]
        }
        #expect(daemon.process?.isRunning == true)
        #expect(filesUnder(daemon.drop).isEmpty)
        #expect(try daemon.claims(containing: sentence).count == 1, "the file was recorded twice")
        let status = try daemon.status()
        #expect(status.processed == 1 && status.duplicates == 0 && status.failed == 0, "\(status)")
        #expect(!status.text.contains("not moved:"), "\(status)")
    }

    func remount(_ daemon: DaemonProcess, _ mode: String) throws {
        let result = try inDaemonNamespace(daemon, ["mount", "-o", "remount,bind,\(mode)", daemon.processed])
        try #require(result.status == 0, "remount \(mode) failed: \(result.stderr)")
    }

    /// Runs a command in the daemon's mount namespace.
    func inDaemonNamespace(_ daemon: DaemonProcess, _ command: [String]) throws -> CommandResult {
        try ProcessHelpers.runTool(ProcessHelpers.which("nsenter")!, ["-t", "\(daemon.pid)", "-m"] + command, timeout: 10)
    }
}
