import Foundation
import Testing

/// kill -9 at each named point of a batch's processing, through the daemon's test-only
/// `CLAIMWATCH_FAULT_POINT=NAME:pause|abort` hook (Sources/ClaimwatchDaemon/Pipeline/FaultPoint.swift).
/// Two outlets' articles repeat the same two claims; the fault hits the second file's batch. A
/// restart without the hook loses and doubles nothing, and the daemon carries on.
struct FaultPointTests {
    /// Each point, in processing order, with where the second file is and how many of its two
    /// alerts each log holds when the daemon stops there (-1: a torn last line).
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
        Point(name: "mid-alert-append", fileIn: .processed, jsonlAlerts: -1, logAlerts: 0),
        Point(name: "between-alert-logs", fileIn: .processed, jsonlAlerts: 2, logAlerts: 0),
        Point(name: "after-alert-append", fileIn: .processed, jsonlAlerts: 2, logAlerts: 2),
    ]

    static let outlets = ["outletA", "outletB", "outletC", "outletD"]
    static func name(_ outlet: String) -> String { "\(outlet)/t5.txt" }
    static func article(_ outlet: String) -> String { SyntheticArticles.sharedClaims(topic: 5, outlet: outlet) }

    /// `pause`: the daemon stops at the point and the test sends SIGKILL. `abort`: the daemon
    /// SIGKILLs itself there. The fault hits the second outlet's file, alone in its batch.
    @Test(arguments: points, ["pause", "abort"])
    func killNineAtPointThenRestartLosesAndDoublesNothing(point: Point, action: String) async throws {
        try await Self.killNine(at: point, action: action, faultBatch: ["outletB"])
    }

    /// The same with two files in the faulted batch (both found by the start-up scan), so that at
    /// `mid-move` one file is half moved and the other not moved at all.
    @Test(arguments: points)
    func killNineAtPointOfATwoFileBatch(point: Point) async throws {
        try await Self.killNine(at: point, action: "pause", faultBatch: ["outletB", "outletC"])
    }

    /// outletA's file is processed normally (its claims stored, no alert). The daemon restarts
    /// armed with the fault, and the `faultBatch` outlets, which repeat both claims, are processed
    /// in one batch until the fault. A restart without the hook must finish or redo that batch
    /// exactly once; then the last outlet's file proves the daemon still works.
    static func killNine(at point: Point, action: String, faultBatch: [String]) async throws {
        let daemon = try DaemonProcess(settle: 0.1)
        let last = outlets[faultBatch.count + 1]
        try await daemon.start()
        try daemon.drop(article("outletA"), as: name("outletA"))
        do {
            try await waitUntil(timeout: 60, "the first file to be processed") { filesUnder(daemon.processed) == [name("outletA")] }
        } catch {
            throw HarnessError("\(error); drop folder: \(filesUnder(daemon.drop)), processed: \(filesUnder(daemon.processed)); log:\n\(daemon.log())")
        }
        await daemon.stop()

        // One batch: a single file dropped once the daemon watches, or several dropped before it starts.
        let armed = ["CLAIMWATCH_FAULT_POINT": "\(point.name):\(action)"]
        if faultBatch.count > 1 {
            for outlet in faultBatch { try daemon.drop(article(outlet), as: name(outlet)) }
            try await daemon.restart(environment: armed)
        } else {
            try await daemon.restart(environment: armed)
            try daemon.drop(article(faultBatch[0]), as: name(faultBatch[0]))
        }
        #expect(daemon.log().contains("fault point armed: \(point.name):\(action)"))
        let reached = "fault point \(point.name) reached"
        try await waitUntil(timeout: 60, "'\(reached)'") { daemon.log().contains(reached) }
        let batchAlerts = 2 * faultBatch.count
        // Where the point leaves the batch's files: at mid-move, only the first file is half moved.
        var expected = [Place](repeating: point.fileIn, count: faultBatch.count)
        if point.fileIn == .both { expected = [.both] + Array(repeating: .drop, count: faultBatch.count - 1) }
        let places = { faultBatch.map { place(name($0), in: daemon) } }
        if action == "pause" {
            // Stopped at the point: the files and the alert logs are where that point says.
            #expect(places().compactMap { $0 }.sorted { "\($0)" < "\($1)" } == expected.sorted { "\($0)" < "\($1)" }, "\(places())")
            if point.jsonlAlerts >= 0 {
                #expect(daemon.alertLineCount() == point.jsonlAlerts * batchAlerts / 2, "alerts.jsonl at \(point.name)")
            } else {
                // A torn last line.
                let text = String(decoding: FileManager.default.contents(atPath: daemon.alertsJSONL) ?? Data(), as: UTF8.self)
                #expect(!text.isEmpty && !text.hasSuffix("\n"), "alerts.jsonl at \(point.name): \(text)")
            }
            #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog).count == point.logAlerts * batchAlerts / 2, "alerts.log at \(point.name)")
            try await daemon.killHard()
        } else {
            let status = try await daemon.waitForExit(timeout: 30)
            #expect(daemon.process?.terminationReason == .uncaughtSignal && status == SIGKILL, "expected death by SIGKILL, got \(status)")
            #expect(places() == expected, "\(places())")
        }

        // Restart without the hook: whatever was left is finished or redone, once.
        try await daemon.restart()
        try await daemon.waitUntilDrained(expected: 1 + faultBatch.count, timeout: 60)
        // Still up, and still working: one more outlet repeats the claims too.
        try daemon.drop(article(last), as: name(last))
        let files = outlets.prefix(faultBatch.count + 2).map(name)
        try await daemon.waitUntilDrained(expected: files.count, timeout: 60)
        let alerts = 2 * (files.count - 1)
        try await waitUntil(timeout: 30, "the last file's alerts") { daemon.alertLineCount() >= alerts }
        #expect(daemon.process?.isRunning == true, "the daemon stopped:\n\(daemon.log().suffix(2000))")
        await daemon.stop()
        #expect(daemon.process?.terminationStatus == 0)
        let logs = daemon.earlierLogs + daemon.log()
        #expect(!logs.contains("cannot "), "errors in the logs:\n\(logs)")

        // Files: each in processed/ once, under its own name; nothing left, nothing failed.
        #expect(filesUnder(daemon.processed) == files.sorted(), "processed/: \(filesUnder(daemon.processed))")
        #expect(filesUnder(daemon.drop).isEmpty, "left in the drop folder: \(filesUnder(daemon.drop))")
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)

        // Database: one delivery, one article and two claims per file; every delivery marked moved.
        let status = try ProcessHelpers.status(data: daemon.data.path)
        #expect(status.processed == files.count && status.duplicates == 0 && status.failed == 0, "status:\n\(status.text)")
        let counts = try ProcessHelpers.sqlite(
            daemon.database,
            """
            SELECT (SELECT COUNT(*) FROM deliveries), (SELECT COUNT(DISTINCT name) FROM deliveries),
                   (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM alerts),
                   (SELECT COUNT(*) FROM deliveries WHERE moved = 0)
            """)
        let n = "\(files.count)"
        #expect(counts == [[n, n, n, "\(2 * files.count)", "\(alerts)", "0"]], "deliveries, names, articles, claims, alerts, unmoved: \(counts)")

        // Alerts: every outlet after the first repeats both claims; each alert once in each log.
        try CrashRecoveryTests.expectEveryAlertOnceInEachLog(daemon, atLeast: alerts)
        #expect(try ProcessHelpers.cliAlertIDs(data: daemon.data.path).count == alerts)
    }

    /// A kill after the move but before the delivery is marked as moved must not leave the
    /// delivery looking unmoved: the same file dropped again later (same name, inode and mtime,
    /// as `mv processed/X incoming/X` does) is a duplicate, not the end of an unfinished move.
    @Test func fileMovedBeforeTheKillIsADuplicateWhenDroppedAgain() async throws {
        let daemon = try DaemonProcess(settle: 0.1)
        let (first, second) = (Self.name("outletA"), Self.name("outletB"))
        try await daemon.start()
        try daemon.drop(Self.article("outletA"), as: first)
        try await waitUntil(timeout: 60, "the first file to be processed") { filesUnder(daemon.processed) == [first] }
        await daemon.stop()
        try await daemon.restart(environment: ["CLAIMWATCH_FAULT_POINT": "after-move:abort"])
        try daemon.drop(Self.article("outletB"), as: second)
        _ = try await daemon.waitForExit(timeout: 30)
        #expect(Self.place(second, in: daemon) == .processed)

        try await daemon.restart()
        try await waitUntil(timeout: 30, "the alerts") { daemon.alertLineCount() == 2 }
        #expect(rename(daemon.processed + "/" + second, daemon.drop + "/" + second) == 0)
        try await waitUntil(timeout: 30, "the file dropped again to be handled") {
            daemon.log().contains("duplicate of content already processed") || daemon.log().contains("processed: 0 claims")
        }
        try await daemon.waitUntilDrained(expected: 2, timeout: 30)
        await daemon.stop()
        let status = try ProcessHelpers.status(data: daemon.data.path)
        #expect(status.processed == 2 && status.duplicates == 1 && status.failed == 0, "status:\n\(status.text)")
        #expect(filesUnder(daemon.processed) == [first, second])
        try CrashRecoveryTests.expectEveryAlertOnceInEachLog(daemon, atLeast: 2)
        #expect(try ProcessHelpers.cliAlertIDs(data: daemon.data.path).count == 2)
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
