import Foundation
import Testing

/// kill -9 at each named point of a batch's processing, through the daemon's test-only
/// `CLAIMWATCH_FAULT_POINT=NAME:pause|abort` hook (Sources/ClaimwatchDaemon/Pipeline/FaultPoint.swift).
/// Two outlets' articles repeat the same two claims; the fault hits the second file's batch. A
/// restart without the hook loses and doubles nothing, and the daemon carries on.
struct FaultPointTests {
    /// Each point, in processing order, with where the second file is and how many of its two
    /// alerts each log holds when the daemon stops there.
    struct Point: CustomStringConvertible, Sendable {
        var name: String
        var fileIn: Place
        var jsonlAlerts: Int
        var logAlerts: Int
        var description: String { name }
    }

    enum Place: Equatable, Sendable { case drop, both, processed }

    static let points: [Point] = [
        Point(name: "before-commit", fileIn: .drop, jsonlAlerts: 0, logAlerts: 0),
        Point(name: "after-commit", fileIn: .drop, jsonlAlerts: 0, logAlerts: 0),
        Point(name: "before-move", fileIn: .drop, jsonlAlerts: 0, logAlerts: 0),
        Point(name: "mid-move", fileIn: .both, jsonlAlerts: 0, logAlerts: 0),
        Point(name: "after-move", fileIn: .processed, jsonlAlerts: 0, logAlerts: 0),
        Point(name: "between-alert-logs", fileIn: .processed, jsonlAlerts: 2, logAlerts: 0),
        Point(name: "after-alert-append", fileIn: .processed, jsonlAlerts: 2, logAlerts: 2),
    ]

    static let names = ["outletA/t5.txt", "outletB/t5.txt", "outletC/t5.txt"]

    static func article(_ name: String) -> String {
        SyntheticArticles.sharedClaims(topic: 5, outlet: String(name.prefix { $0 != "/" }))
    }

    /// `pause`: the daemon stops at the point and the test sends SIGKILL. `abort`: the daemon
    /// SIGKILLs itself there.
    @Test(arguments: points, ["pause", "abort"])
    func killNineAtPointThenRestartLosesAndDoublesNothing(point: Point, action: String) async throws {
        let daemon = try DaemonProcess(settle: 0.1)
        let (first, second, third) = (Self.names[0], Self.names[1], Self.names[2])

        // The first outlet's file, processed normally: its claims are stored, no alert.
        try await daemon.start()
        try daemon.drop(Self.article(first), as: first)
        try await waitUntil(timeout: 30, "the first file to be processed") { filesUnder(daemon.processed) == [first] }
        await daemon.stop()

        // The second outlet repeats both claims; the fault hits its batch.
        try await daemon.restart(environment: ["CLAIMWATCH_FAULT_POINT": "\(point.name):\(action)"])
        #expect(daemon.log().contains("fault point armed: \(point.name):\(action)"))
        try daemon.drop(Self.article(second), as: second)
        let reached = "fault point \(point.name) reached"
        try await waitUntil(timeout: 30, "'\(reached)'") { daemon.log().contains(reached) }
        if action == "pause" {
            // Stopped at the point: the file and the alert logs are where that point says.
            #expect(Self.place(second, in: daemon) == point.fileIn)
            #expect(daemon.alertLineCount() == point.jsonlAlerts, "alerts.jsonl at \(point.name)")
            #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog).count == point.logAlerts, "alerts.log at \(point.name)")
            try await daemon.killHard()
        } else {
            let status = try await daemon.waitForExit(timeout: 10)
            #expect(daemon.process?.terminationReason == .uncaughtSignal && status == SIGKILL, "expected death by SIGKILL, got \(status)")
            #expect(Self.place(second, in: daemon) == point.fileIn)
        }

        // Restart without the hook: whatever was left is finished or redone, once.
        try await daemon.restart()
        try await daemon.waitUntilDrained(expected: 2, timeout: 30)
        // Still up, and still working: a third outlet repeats the claims too.
        try daemon.drop(Self.article(third), as: third)
        try await daemon.waitUntilDrained(expected: 3, timeout: 30)
        try await waitUntil(timeout: 10, "the third file's alerts") { daemon.alertLineCount() >= 4 }
        #expect(daemon.process?.isRunning == true, "the daemon stopped:\n\(daemon.log().suffix(2000))")
        await daemon.stop()
        #expect(daemon.process?.terminationStatus == 0)
        let logs = daemon.earlierLogs + daemon.log()
        #expect(!logs.contains("cannot "), "errors in the logs:\n\(logs)")

        // Files: each in processed/ once, under its own name; nothing left, nothing failed.
        #expect(filesUnder(daemon.processed) == Self.names.sorted(), "processed/: \(filesUnder(daemon.processed))")
        #expect(filesUnder(daemon.drop).isEmpty, "left in the drop folder: \(filesUnder(daemon.drop))")
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)

        // Database: one delivery, one article and two claims per file; every delivery moved.
        let status = try ProcessHelpers.status(data: daemon.data.path)
        #expect(status.processed == 3 && status.duplicates == 0 && status.failed == 0, "status:\n\(status.text)")
        let counts = try ProcessHelpers.sqlite(daemon.database, """
            SELECT (SELECT COUNT(*) FROM deliveries), (SELECT COUNT(DISTINCT name) FROM deliveries),
                   (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM alerts)
            """)
        #expect(counts == [["3", "3", "3", "6", "4"]], "deliveries, names, articles, claims, alerts: \(counts)")

        // Alerts: the second and third outlets each repeat both claims, each alert once in each log.
        try CrashRecoveryTests.expectEveryAlertOnceInEachLog(daemon, atLeast: 4)
        #expect(try ProcessHelpers.cliAlertIDs(data: daemon.data.path).count == 4)
    }

    /// A point name the daemon does not know stops it at start-up with a configuration error.
    @Test func unknownFaultPointIsRefusedAtStart() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(environment: ["CLAIMWATCH_FAULT_POINT": "before-comit"], waitReady: false)
        let status = try await daemon.waitForExit(timeout: 30)
        #expect(status != 0)
        #expect(daemon.log().contains("CLAIMWATCH_FAULT_POINT=before-comit"), "\(daemon.log())")
    }

    static func place(_ name: String, in daemon: DaemonProcess) -> Place? {
        switch (entryExists(daemon.drop + "/" + name), entryExists(daemon.processed + "/" + name)) {
        case (true, false): .drop
        case (true, true): .both
        case (false, true): .processed
        default: nil
        }
    }
}
