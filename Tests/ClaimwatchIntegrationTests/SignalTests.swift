import Foundation
import Testing

/// SIGHUP reopens the alert logs (logrotate); SIGTERM and SIGINT stop gracefully with status 0.
@Suite(.serialized)
struct SignalTests {
    @Test func sighupAfterRotationWritesNewAlertsToTheNewFiles() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        // Topic 0 from two outlets: its two claims raise alerts before the rotation.
        for (index, outlet) in ["outletA", "outletB"].enumerated() {
            try daemon.drop(SyntheticArticles.sharedClaims(topic: 0, outlet: outlet), as: "\(outlet)/t0.txt")
            try await waitUntil(timeout: 30, "\(outlet) to be processed") { filesUnder(daemon.processed).count == index + 1 }
        }
        try await waitUntil(timeout: 10, "the first alerts") {
            let jsonl = try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)
            return !jsonl.isEmpty && (try? ProcessHelpers.logAlertIDs(daemon.alertsLog)) == jsonl
        }
        let oldIDs = try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)

        // logrotate: rename both files, then SIGHUP.
        for path in [daemon.alertsJSONL, daemon.alertsLog] {
            #expect(rename(path, path + ".1") == 0)
        }
        let rotatedJSONL = try Data(contentsOf: URL(fileURLWithPath: daemon.alertsJSONL + ".1"))
        let rotatedLog = try Data(contentsOf: URL(fileURLWithPath: daemon.alertsLog + ".1"))
        daemon.signal(SIGHUP)
        try await waitUntil(timeout: 10, "the alert logs to be reopened") { daemon.log().contains("alert logs reopened") }
        #expect(daemon.process?.isRunning == true, "SIGHUP must not stop the daemon")
        #expect(FileManager.default.fileExists(atPath: daemon.alertsJSONL) && FileManager.default.fileExists(atPath: daemon.alertsLog))
        // Reopening an empty new file must not copy the old alerts into it.
        #expect(try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL).isEmpty)

        // A third outlet: new alerts.
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 0, outlet: "outletC"), as: "outletC/t0.txt")
        try await waitUntil(timeout: 30, "the new alerts") {
            try filesUnder(daemon.processed).count == 3 && !ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL).isEmpty
        }
        await daemon.stop()
        #expect(daemon.process?.terminationStatus == 0)

        let newJSONL = try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)
        let newLog = try ProcessHelpers.logAlertIDs(daemon.alertsLog)
        let all = try ProcessHelpers.cliAlertIDs(data: daemon.data.path)
        #expect(newJSONL == newLog)
        #expect(newJSONL == Array(all.dropFirst(oldIDs.count)), "the new files hold exactly the alerts raised after the rotation")
        #expect(newJSONL.allSatisfy { $0 > oldIDs.max()! })
        // The rotated files are untouched.
        #expect(try Data(contentsOf: URL(fileURLWithPath: daemon.alertsJSONL + ".1")) == rotatedJSONL)
        #expect(try Data(contentsOf: URL(fileURLWithPath: daemon.alertsLog + ".1")) == rotatedLog)
        #expect(try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL + ".1") == oldIDs)
    }

    @Test func sigtermMidBatchExitsZeroAndLosesNothing() async throws {
        let daemon = try DaemonProcess()
        try daemon.rewriteConfig(settle: 0.1, batchSize: 20)
        try await daemon.start()
        let files = CrashRecoveryTests.articles(topics: 40)
        try ProcessHelpers.dropFast(files, into: daemon.drop, staging: daemon.staging)
        // Wait and signal on a thread of its own: a starved test thread could miss the moment.
        let (pid, processedPath) = (daemon.pid, daemon.processed)
        try await ProcessHelpers.onThread {
            ProcessHelpers.waitForFiles(processedPath, atLeast: 1, timeout: 30)
            kill(pid, SIGTERM)
        }
        let status = try await daemon.waitForExit(timeout: 20)
        #expect(daemon.process?.terminationReason == .exit && status == 0, "SIGTERM must exit 0, got \(status)")
        #expect(daemon.log().contains("stopping"))

        // Each file is either still waiting or processed, never both, never neither.
        let waiting = filesUnder(daemon.drop), moved = filesUnder(daemon.processed)
        print("SIGTERM: \(moved.count) files processed, \(waiting.count) left waiting")
        #expect(!waiting.isEmpty, "everything was processed before SIGTERM arrived; the test did not stop a busy daemon")
        #expect(Set(waiting).isDisjoint(with: moved))
        #expect(Set(waiting).union(moved) == Set(files.map(\.name)))
        // The batch in hand was finished: what the database recorded is exactly what was moved.
        let recorded = try ProcessHelpers.sqlite(daemon.database, "SELECT name FROM deliveries").map { $0[0] }
        #expect(Set(recorded) == Set(moved), "recorded but not moved: \(Set(recorded).subtracting(moved).sorted()); moved but not recorded: \(Set(moved).subtracting(recorded).sorted())")

        // A restart finishes the rest, each file once.
        try await daemon.restart()
        try await daemon.waitUntilDrained(expected: files.count, timeout: 60)
        await daemon.stop()
        #expect(daemon.process?.terminationStatus == 0)
        let processed = filesUnder(daemon.processed)
        #expect(processed.count == files.count)
        #expect(ProcessHelpers.renamedCopies(processed).isEmpty)
        let counts = try ProcessHelpers.status(data: daemon.data.path)
        #expect(counts.processed == files.count && counts.duplicates == 0 && counts.failed == 0, "\(counts.text)")
        let repeated = try ProcessHelpers.sqlite(daemon.database, "SELECT name FROM deliveries GROUP BY name HAVING COUNT(*) > 1")
        #expect(repeated.isEmpty, "recorded twice: \(repeated)")
        try CrashRecoveryTests.expectEveryAlertOnceInEachLog(daemon, atLeast: 40)
    }

    @Test func sigintExitsZero() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 1, outlet: "outletA"), as: "outletA/t1.txt")
        try await waitUntil(timeout: 30, "the file to be processed") { filesUnder(daemon.processed).count == 1 }
        daemon.signal(SIGINT)
        let status = try await daemon.waitForExit(timeout: 20)
        #expect(daemon.process?.terminationReason == .exit && status == 0, "SIGINT must exit 0, got \(status)")
        #expect(daemon.log().contains("stopping"))
    }
}
