import Foundation
import Testing

/// kill -9 at arbitrary moments: nothing processed twice, nothing lost, every alert in each log once.
@Suite(.serialized)
struct CrashRecoveryTests {
    static let outlets = ["outletA", "outletB", "outletC"]

    /// 50 topics × 3 outlets: each topic's two claims repeat across the outlets.
    static func articles(topics: Int = 50) -> [(name: String, contents: String)] {
        (0..<topics).flatMap { topic in
            outlets.map { outlet in ("\(outlet)/t\(topic).txt", SyntheticArticles.sharedClaims(topic: topic, outlet: outlet)) }
        }
    }

    /// When a round's SIGKILL comes: a fixed time after the start, or a few ms after processed/
    /// has grown by some files (so that it lands between commits, moves and alert writes).
    enum KillMoment {
        case after(ms: Int)
        case afterMoved(files: Int, thenMs: Int)
    }

    @Test func killNineWhileWorkingThenRestartProcessesEveryFileAndAlertOnce() async throws {
        let daemon = try DaemonProcess()
        // Small batches: many commits, so kills land between a commit, its moves and its alerts.
        try daemon.rewriteConfig(settle: 0.1, batchSize: 7)
        let files = Self.articles()
        // The first run gets the files by inotify; later runs find the rest at their start-up scan.
        let moments: [KillMoment] = [
            .afterMoved(files: 1, thenMs: 0), .after(ms: 50), .after(ms: 200), .afterMoved(files: 8, thenMs: 3),
            .afterMoved(files: 1, thenMs: 0), .after(ms: 150), .afterMoved(files: 3, thenMs: 10), .after(ms: 260),
            .afterMoved(files: 15, thenMs: 1), .afterMoved(files: 5, thenMs: 20), .after(ms: 120),
        ]
        var progress: [String] = []
        var killsMidWork = 0
        for (round, moment) in moments.enumerated() {
            let movedBefore = filesUnder(daemon.processed).count
            if round == 0 {
                try await daemon.start()
                try ProcessHelpers.dropFast(files, into: daemon.drop, staging: daemon.staging)
            } else {
                try await daemon.restart(waitReady: false)
            }
            // Timing and SIGKILL on a thread of its own, away from the (possibly busy) test threads.
            let (pid, logPath, processedPath) = (daemon.pid, daemon.logPath, daemon.processed)
            try await ProcessHelpers.onThread {
                let deadline = Date().addingTimeInterval(30)
                while !(FileManager.default.contents(atPath: logPath).map { String(decoding: $0, as: UTF8.self).contains("watching ") } ?? false) {
                    guard Date() < deadline else { throw HarnessError("round \(round): the daemon did not start watching") }
                    usleep(1000)
                }
                switch moment {
                case .after(let ms):
                    usleep(UInt32(ms) * 1000)
                case .afterMoved(let count, let ms):
                    ProcessHelpers.waitForFiles(processedPath, atLeast: movedBefore + count, timeout: 5)
                    usleep(UInt32(ms) * 1000)
                }
                kill(pid, SIGKILL)
            }
            try await daemon.killHard()
            let moved = filesUnder(daemon.processed).count, waiting = filesUnder(daemon.drop).count
            if moved > movedBefore, waiting > 0 { killsMidWork += 1 }
            progress.append("\(moment): \(moved) moved, \(waiting) waiting")
            if waiting == 0 { break }
        }
        print("kill -9 rounds:\n  " + progress.joined(separator: "\n  "))
        #expect(killsMidWork >= 3, "only \(killsMidWork) kills landed while files were being processed:\n\(progress.joined(separator: "\n"))")

        try await daemon.restart()
        try await daemon.waitUntilDrained(expected: files.count, timeout: 90)
        await daemon.stop()
        #expect(daemon.process?.terminationStatus == 0)
        let logs = daemon.earlierLogs + daemon.log()
        print(
            "recovered: \(logs.components(separatedBy: "processed: 0 claims").count - 1) files committed but not moved, "
                + "\(logs.components(separatedBy: "alerts that").count - 1) alert-log catch-ups, "
                + "\(logs.components(separatedBy: "cut a torn last line").count - 1) torn lines cut")

        // Every file moved exactly once, under its own name.
        let processed = filesUnder(daemon.processed)
        #expect(processed.count == files.count, "processed/ holds \(processed.count) files, \(files.count) dropped")
        #expect(ProcessHelpers.renamedCopies(processed).isEmpty, "renamed copies: \(ProcessHelpers.renamedCopies(processed))")
        #expect(Set(processed) == Set(files.map(\.name)))
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)
        #expect(filesUnder(daemon.drop).isEmpty)

        // Exactly one delivery per file.
        let status = try ProcessHelpers.status(data: daemon.data.path)
        #expect(status.processed == files.count, "status:\n\(status.text)")
        #expect(status.duplicates == 0 && status.failed == 0, "status:\n\(status.text)")
        let repeated = try ProcessHelpers.sqlite(daemon.database, "SELECT name, COUNT(*) FROM deliveries GROUP BY name HAVING COUNT(*) > 1")
        #expect(repeated.isEmpty, "files recorded more than once: \(repeated)")
        let articles = try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles")
        #expect(articles == [["\(files.count)"]])

        try Self.expectEveryAlertOnceInEachLog(daemon, atLeast: 100)
        // Each topic's two claims are repeated by the two outlets that were not first: 4 alerts.
        let alerts = try daemon.alerts()
        #expect(
            alerts.count == 4 * files.count / 3,
            "\(alerts.count) alerts: \(Dictionary(grouping: alerts, by: { $0["kind"] as? String ?? "?" }).mapValues(\.count))")
    }

    /// The two states a kill -9 between a batch's commit and its moves leaves, made on purpose:
    /// a recorded file still only in the drop folder, and one linked into processed/ but not yet
    /// unlinked from the drop folder. A restart only finishes the move: no second delivery, no
    /// `.2.` copy, no second alert.
    @Test func recordedButUnmovedFilesAreOnlyMovedAtRestart() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let names = ["outletA/t7.txt", "outletB/t7.txt"]
        for (index, name) in names.enumerated() {
            try daemon.drop(SyntheticArticles.sharedClaims(topic: 7, outlet: String(name.prefix(7))), as: name)
            try await waitUntil(timeout: 30, "\(name) to be processed") { filesUnder(daemon.processed).count == index + 1 }
        }
        try await waitUntil(timeout: 10, "the alerts") { try !ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL).isEmpty }
        await daemon.stop()
        let alertsBefore = try ProcessHelpers.cliAlertIDs(data: daemon.data.path)

        // A kill before the moves leaves the deliveries unmarked.
        _ = try ProcessHelpers.sqlite(daemon.database, "UPDATE deliveries SET moved = 0")
        // Not moved at all: back into the drop folder (rename keeps the inode and mtime).
        #expect(rename(daemon.processed + "/" + names[0], daemon.drop + "/" + names[0]) == 0)
        // Half moved: linked into processed/, still in the drop folder.
        #expect(link(daemon.processed + "/" + names[1], daemon.drop + "/" + names[1]) == 0)

        try await daemon.restart()
        try await daemon.waitUntilDrained(expected: names.count, timeout: 30)
        await daemon.stop()
        #expect(filesUnder(daemon.processed) == names.sorted(), "processed/: \(filesUnder(daemon.processed))")
        #expect(filesUnder(daemon.drop).isEmpty)
        let status = try ProcessHelpers.status(data: daemon.data.path)
        #expect(status.processed == names.count && status.duplicates == 0 && status.failed == 0, "\(status.text)")
        #expect(try ProcessHelpers.cliAlertIDs(data: daemon.data.path) == alertsBefore)
        try Self.expectEveryAlertOnceInEachLog(daemon, atLeast: 1)
    }

    /// A torn last line in alerts.jsonl (a write cut by kill -9) and a line missing from alerts.log
    /// are both repaired at start-up.
    @Test func tornAndMissingAlertLinesAreRepairedAtStart() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let seeds = try Paths.seedFiles().filter { ["002", "003", "004"].contains($0.lastPathComponent.prefix(3)) }
        #expect(seeds.count == 3)
        for (index, seed) in seeds.enumerated() {
            try daemon.drop(try String(contentsOf: seed, encoding: .utf8), as: "outlet\(index + 1)/\(seed.lastPathComponent)")
            try await waitUntil(timeout: 30, "seed \(index + 1) to be processed") { filesUnder(daemon.processed).count == index + 1 }
        }
        await daemon.stop()
        let before = try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)
        #expect(before.count >= 3, "the seeds should raise several alerts, got \(before.count)")
        #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog) == before)

        // A torn JSON line at the end of alerts.jsonl...
        let jsonl = try FileHandle(forWritingTo: URL(fileURLWithPath: daemon.alertsJSONL))
        jsonl.seekToEndOfFile()
        jsonl.write(Data(#"{"id": 99, "ti"#.utf8))
        try jsonl.close()
        // ...and the last complete line gone from alerts.log.
        var lines = try String(contentsOfFile: daemon.alertsLog, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        lines.removeLast()
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: daemon.alertsLog))
        #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog) == Array(before.dropLast()))

        try await daemon.restart()
        await daemon.stop()
        #expect(daemon.process?.terminationStatus == 0)
        let text = try String(contentsOfFile: daemon.alertsJSONL, encoding: .utf8)
        #expect(!text.contains(#"{"id": 99, "ti"#), "the torn line is still there")
        #expect(text.hasSuffix("\n"))
        #expect(try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL) == before)
        #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog) == before)
        try Self.expectEveryAlertOnceInEachLog(daemon, atLeast: 3)
    }

    /// Each alert the database holds is in alerts.jsonl and alerts.log exactly once, in id order.
    static func expectEveryAlertOnceInEachLog(_ daemon: DaemonProcess, atLeast minimum: Int) throws {
        let cli = try ProcessHelpers.cliAlertIDs(data: daemon.data.path)
        let jsonl = try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL)
        let log = try ProcessHelpers.logAlertIDs(daemon.alertsLog)
        #expect(cli.count >= minimum, "only \(cli.count) alerts recorded")
        #expect(ProcessHelpers.duplicates(jsonl).isEmpty, "alerts.jsonl repeats ids \(ProcessHelpers.duplicates(jsonl))")
        #expect(ProcessHelpers.duplicates(log).isEmpty, "alerts.log repeats ids \(ProcessHelpers.duplicates(log))")
        #expect(
            Set(jsonl) == Set(cli), "alerts.jsonl lacks \(Set(cli).subtracting(jsonl).sorted()), has extra \(Set(jsonl).subtracting(cli).sorted())")
        #expect(Set(log) == Set(cli), "alerts.log lacks \(Set(cli).subtracting(log).sorted()), has extra \(Set(log).subtracting(cli).sorted())")
        #expect(jsonl == jsonl.sorted() && log == log.sorted(), "alert lines out of id order")
    }
}
