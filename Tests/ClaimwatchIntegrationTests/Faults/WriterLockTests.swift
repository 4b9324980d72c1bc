import Foundation
import Testing

/// One writer per data directory: a second `claimwatch run`, with the same or another drop folder,
/// and `claimwatch ingest` beside a running daemon both refuse with exit 75 (EX_TEMPFAIL) and a
/// message naming the holder. The lock is flock(2) on `claimwatch.sqlite.lock`, so it dies with its
/// holder: after kill -9 the next start takes it at once.
@Suite(.serialized)
struct WriterLockTests {
    @Test(arguments: ["same drop folder", "another drop folder"])
    func aSecondDaemonRefusesToStart(_ drop: String) async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        var arguments = ["run", "--config", daemon.configPath]
        if drop == "another drop folder" { arguments += ["--drop", daemon.data.file("other-incoming")] }
        let second = try runClaimwatch(arguments, timeout: 20)
        #expect(second.status == 75, "the second daemon exited \(second.status):\n\(second.stderr)")
        #expect(second.stderr.contains("pid \(daemon.pid), claimwatch run"), "the message should name the holder:\n\(second.stderr)")
        #expect(second.stderr.contains("only one daemon or ingest"), "\(second.stderr)")
        #expect(daemon.process?.isRunning == true, "the first daemon keeps running")
        // The first daemon still does its work.
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 1, outlet: "A"), as: "A/a.txt")
        try await waitUntil(timeout: 30, "the file to be processed") { filesUnder(daemon.processed) == ["A/a.txt"] }
        await daemon.stop()
    }

    @Test func theLockDiesWithItsHolder() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        daemon.signal(SIGKILL)
        _ = try await daemon.waitForExit()
        try await daemon.restart()
        #expect(daemon.process?.isRunning == true)
        let status = try runClaimwatch(["status", "--config", daemon.configPath])
        #expect(status.stdout.contains("writer:         pid \(daemon.pid), claimwatch run"), "\(status.stdout)")
        await daemon.stop()
        let after = try runClaimwatch(["status", "--config", daemon.configPath])
        #expect(after.stdout.contains("writer:         none"), "\(after.stdout)")
    }

    /// Ingest beside the daemon refuses and writes nothing; once the daemon is stopped it runs,
    /// and the next start finds nothing to repair (its deliveries are not moves left unfinished).
    @Test func ingestBesideTheDaemonRefusesAndBothLogsStayExactlyOnce() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 2, outlet: "A"), as: "A/a.txt")
        try await waitUntil(timeout: 30, "the first file") { filesUnder(daemon.processed).count == 1 }
        let outside = daemon.data.file("outside.txt")
        try Data(("Source: B\n\n" + SyntheticArticles.sharedClaims(topic: 2, outlet: "B")).utf8).write(to: URL(fileURLWithPath: outside))
        let refused = try runClaimwatch(["ingest", "--config", daemon.configPath, outside])
        #expect(refused.status == 75, "ingest exited \(refused.status):\n\(refused.stderr)")
        #expect(refused.stderr.contains("claimwatch run"), "\(refused.stderr)")
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles") == [["1"]])
        await daemon.stop()

        let ingest = try runClaimwatch(["ingest", "--config", daemon.configPath, outside])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let jsonl = try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)
        #expect(!jsonl.isEmpty, "B repeats A's claims")
        try await daemon.restart()
        await daemon.stop()
        #expect(!daemon.log().contains("were moved by an earlier run"), "nothing crashed:\n\(daemon.log())")
        let database = try ProcessHelpers.sqlite(daemon.database, "SELECT id FROM alerts ORDER BY id").map { Int($0[0])! }
        #expect(try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL) == database)
        #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog) == database)
    }
}
