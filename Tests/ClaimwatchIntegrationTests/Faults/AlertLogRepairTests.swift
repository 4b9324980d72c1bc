import Foundation
import Testing

/// Each alert exactly once in each log, whatever happens to the files: deleted or truncated (rebuilt
/// from the database), rotated away without SIGHUP (the file at the path takes the new alerts), or
/// on a full file system (nothing torn, nothing skipped; caught up once there is room).
@Suite(.serialized)
struct AlertLogRepairTests {
    /// Drops `outlets`' articles on `topic`; every outlet after the first repeats both claims.
    static func feed(_ daemon: DaemonProcess, topic: Int, outlets: [String], untilLogged: Bool = false) async throws {
        for outlet in outlets {
            let before = filesUnder(daemon.processed).count
            try daemon.drop(SyntheticArticles.sharedClaims(topic: topic, outlet: outlet), as: "\(outlet)/t\(topic).txt")
            try await waitUntil(timeout: 30, "\(outlet)'s file on topic \(topic)") { filesUnder(daemon.processed).count == before + 1 }
            // The file is moved before its alerts are appended: a test that damages a log next
            // waits for them too, so that it does so after the append, not during it.
            guard untilLogged else { continue }
            try await waitUntil(timeout: 30, "the alerts of \(outlet)'s file in both logs") {
                let recorded = try? databaseIDs(daemon)
                return (try? ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)) == recorded
                    && (try? ProcessHelpers.logAlertIDs(daemon.alertsLog)) == recorded
            }
        }
    }

    static func databaseIDs(_ daemon: DaemonProcess) throws -> [Int] {
        try ProcessHelpers.sqlite(daemon.database, "SELECT id FROM alerts ORDER BY id").map { Int($0[0])! }
    }

    static func expectLogsMatchTheDatabase(_ daemon: DaemonProcess, _ note: Comment) throws {
        let database = try databaseIDs(daemon)
        #expect(!database.isEmpty)
        #expect(try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL) == database, note)
        #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog) == database, note)
    }

    @Test func aLogDeletedWhileRunningIsRebuiltAtTheNextAlert() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try await Self.feed(daemon, topic: 1, outlets: ["A", "B"])
        try FileManager.default.removeItem(atPath: daemon.alertsJSONL)
        try await Self.feed(daemon, topic: 1, outlets: ["C"])
        await daemon.stop()
        try Self.expectLogsMatchTheDatabase(daemon, "after a delete and one more alert")
    }

    @Test(arguments: ["deleted", "truncated"])
    func aLogDeletedOrTruncatedIsRebuiltAtTheNextStart(_ damage: String) async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try await Self.feed(daemon, topic: 2, outlets: ["A", "B", "C"], untilLogged: true)
        if damage == "deleted" {
            // While running, with no alert after it: the restart must notice.
            try FileManager.default.removeItem(atPath: daemon.alertsJSONL)
            await daemon.stop()
        } else {
            await daemon.stop()
            #expect(truncate(daemon.alertsLog, 0) == 0)
        }
        try await daemon.restart()
        await daemon.stop()
        try Self.expectLogsMatchTheDatabase(daemon, "after the log was \(damage)")
        #expect(daemon.log().contains("rebuilding it from the database"), "\(daemon.log())")
    }

    /// Rotated by a rename with no SIGHUP, as a hand-made rotation does: the new alerts go to the
    /// file at the path, the rotated file keeps the old ones, and no alert is in both.
    @Test(arguments: ["running", "stopped"])
    func aLogRotatedWithoutSIGHUPGetsOnlyTheNewAlerts(_ when: String) async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try await Self.feed(daemon, topic: 3, outlets: ["A", "B"])
        let rotated = daemon.alertsJSONL + ".1"
        if when == "stopped" { await daemon.stop() }
        #expect(rename(daemon.alertsJSONL, rotated) == 0)
        if when == "stopped" { try await daemon.restart() }
        try await Self.feed(daemon, topic: 3, outlets: ["C"])
        await daemon.stop()
        let old = try ProcessHelpers.jsonlAlertIDs(rotated)
        let new = try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)
        #expect(!old.isEmpty && !new.isEmpty)
        #expect(old + new == (try Self.databaseIDs(daemon)), "rotated \(old), new \(new)")
    }

    /// The alert logs on a 1 MiB tmpfs that a filler file fills: appends fail with ENOSPC, the
    /// failure shows in `status`, and nothing is torn or skipped. Once the filler is removed both
    /// logs catch up, without a restart or SIGHUP.
    @Test(.enabled(if: TmpfsMount.available, "needs root to mount a tmpfs"))
    func aFullFileSystemUnderTheLogsLosesNoAlert() async throws {
        let daemon = try DaemonProcess()
        let logs = daemon.data.file("logs")
        let mount = try TmpfsMount(at: logs, size: "1m")
        defer { mount.unmount() }
        let filler = logs + "/filler"
        // Leave 16 KiB: a dozen alert lines.
        let fill = try ProcessHelpers.runTool("/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4096", "count=\(256 - 4)"])
        #expect(fill.status == 0, "\(fill.stderr)")
        try Data(
            """
            [paths]
            data = "\(daemon.data.path)"
            alerts_jsonl = "\(logs)/alerts.jsonl"
            alerts_log = "\(logs)/alerts.log"

            [watch]
            settle_seconds = 0.3

            [log]
            level = "debug"
            """.utf8
        ).write(to: URL(fileURLWithPath: daemon.configPath))
        try await daemon.start()
        for topic in 10..<22 { try await Self.feed(daemon, topic: topic, outlets: ["A", "B", "C"]) }
        #expect(daemon.log().contains("cannot write alerts to"), "\(daemon.log().suffix(2000))")
        let status = try runClaimwatch(["status", "--config", daemon.configPath])
        #expect(status.stdout.contains("alert logs:     FAILING since"), "\(status.stdout)")
        #expect(status.stdout.contains("No space left on device"), "\(status.stdout)")
        let database = try Self.databaseIDs(daemon)
        let partial = try ProcessHelpers.jsonlAlertIDs(logs + "/alerts.jsonl")
        #expect(partial == Array(database.prefix(partial.count)), "what was written is a whole prefix, nothing torn or skipped")
        #expect(partial.count < database.count)

        try FileManager.default.removeItem(atPath: filler)
        try await waitUntil(timeout: 20, "both logs to catch up") {
            (try? ProcessHelpers.jsonlAlertIDs(logs + "/alerts.jsonl")) == database
                && (try? ProcessHelpers.logAlertIDs(logs + "/alerts.log")) == database
        }
        let healed = try runClaimwatch(["status", "--config", daemon.configPath])
        #expect(healed.stdout.contains("alert logs:     up to date"), "\(healed.stdout)")
        await daemon.stop()
        #expect(try ProcessHelpers.jsonlAlertIDs(logs + "/alerts.jsonl") == database)
    }
}

/// A tmpfs mounted for one test (root only).
struct TmpfsMount {
    let path: String

    static let available: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "/cw-tmpfs-probe-\(getpid())"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard let mounted = try? TmpfsMount(at: probe, size: "64k") else { return false }
        mounted.unmount()
        return true
    }()

    init(at path: String, size: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let result = try ProcessHelpers.runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
        guard result.status == 0 else { throw HarnessError("mount tmpfs on \(path): \(result.stderr)") }
    }

    func unmount() { _ = try? ProcessHelpers.runTool("/bin/umount", ["-l", path]) }
}
