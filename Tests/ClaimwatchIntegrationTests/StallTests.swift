import Foundation
import Testing

/// A file that takes too long, and a file that hangs the daemon: the per-file time limit sets the
/// first aside; the second stops the WATCHDOG=1 pings (systemd then kills the daemon), and after
/// it has stopped the daemon twice it is set aside instead of being tried a third time.
@Suite(.serialized)
struct StallTests {
    /// 3,000 distinct claims: several seconds of extraction and matching in a debug build.
    static func longArticle(_ tag: String) -> String {
        let people = ["Amara Okafor", "Liu Wen", "Pedro Alves", "Sara Lind", "Tomas Novak"]
        let things = ["boats", "houses", "bridges", "schools", "trucks", "clinics"]
        let sentences = (0..<3000).map { i in
            "\(people[i % 5]), a spokesperson for the \(tag)\(i) authority, said \(2 + (i * 37) % 900) \(things[i % 6]) were damaged in Town\(i) on Monday."
        }
        return "Title: Storm damage\nSource: Long Wire\n\n" + sentences.joined(separator: " ") + "\n"
    }

    static func shortArticle(_ tag: String) -> String {
        "Title: Harbour\nSource: Short Wire\n\nPort officials said 12 container ships waited outside the \(tag) harbour on Monday.\n"
    }

    @Test func articleOverTheTimeLimitIsSetAsideAndRolledBack() async throws {
        let daemon = try DaemonProcess(watchSettings: "file_time_limit_seconds = 0.5")
        try await daemon.start()
        try daemon.drop(Self.longArticle("Slowport"), as: "long.txt")
        try daemon.drop(Self.shortArticle("Quick"), as: "short.txt")
        try await waitUntil(timeout: 60, "long.txt set aside and short.txt processed") {
            entryExists(daemon.failed + "/long.txt.reason") && entryExists(daemon.processed + "/short.txt")
        }
        let reason = try String(contentsOfFile: daemon.failed + "/long.txt.reason", encoding: .utf8)
        #expect(reason.hasPrefix("too-slow:") && reason.contains("0.5 s") && reason.contains("watch.file_time_limit_seconds"), "\(reason)")
        #expect(daemon.log().contains("too-slow"), "the log does not say why long.txt failed")
        // Rolled back: neither the article nor any of its claims is stored.
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles WHERE path = 'long.txt'") == [["0"]])
        #expect(try daemon.claims(containing: "a spokesperson for the Slowport0 authority").isEmpty)
        #expect(try daemon.claims(containing: "outside the Quick harbour").count == 1)
        let status = try daemon.status()
        #expect(status.processed == 1 && status.failed == 1, "\(status)")
        #expect(daemon.process?.isRunning == true)
    }

    /// In a .jsonl file the limit applies to each line: the slow line fails alone.
    @Test func slowLineOfAJSONLFileFailsAlone() async throws {
        let daemon = try DaemonProcess(watchSettings: "file_time_limit_seconds = 0.5")
        try await daemon.start()
        func line(_ text: String) throws -> String {
            String(
                decoding: try JSONSerialization.data(withJSONObject: ["outlet": "Feed Wire", "title": "t", "text": text], options: [.sortedKeys]),
                as: UTF8.self)
        }
        let lines = [try line(Self.shortArticle("Firstline")), try line(Self.longArticle("Slowline")), try line(Self.shortArticle("Lastline"))]
        try daemon.drop(lines.joined(separator: "\n") + "\n", as: "feed.jsonl")
        try await waitUntil(timeout: 60, "feed.jsonl to be processed") {
            entryExists(daemon.processed + "/feed.jsonl") && entryExists(daemon.failed + "/feed.jsonl.reason")
        }
        let setAside = try String(contentsOfFile: daemon.failed + "/feed.jsonl", encoding: .utf8)
        #expect(setAside == lines[1] + "\n", "failed/feed.jsonl must hold the slow line alone")
        let reason = try String(contentsOfFile: daemon.failed + "/feed.jsonl.reason", encoding: .utf8)
        #expect(reason.hasPrefix("too-slow:"), "\(reason)")
        #expect(try daemon.claims(containing: "outside the Firstline harbour").count == 1)
        #expect(try daemon.claims(containing: "outside the Lastline harbour").count == 1)
        #expect(try daemon.claims(containing: "a spokesperson for the Slowline0 authority").isEmpty)
    }

    @Test func hangingFileStopsTheWatchdogAndIsSetAsideAfterTwoStops() async throws {
        let directory = try TemporaryDirectory("cw-stall")
        let socket = try FakeNotifySocket(path: directory.file("notify.sock"))
        let daemon = try DaemonProcess()
        let hang = ["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": "1000000", "CLAIMWATCH_FAULT_POINT": "in-file:pause"]
        func pings() -> Int { socket.messages.filter { $0.lines.contains("WATCHDOG=1") }.count }

        try await daemon.start(environment: hang)
        try await waitUntil(timeout: 10, "READY=1 and a first ping") { pings() > 0 }
        try daemon.drop(Self.shortArticle("Stuck"), as: "stuck.txt")
        for stop in 1...2 {
            try await waitUntil(timeout: 30, "the daemon to hang on stuck.txt (run \(stop))") { daemon.log().contains("fault point in-file reached") }
            try await Task.sleep(for: .milliseconds(200))
            let before = pings()
            // Three times WATCHDOG_USEC without a ping: systemd would have killed the daemon.
            try await Task.sleep(for: .seconds(3))
            #expect(pings() == before, "WATCHDOG=1 sent while processing hung (run \(stop))")
            // What systemd does when the watchdog runs out: SIGABRT, then SIGKILL after
            // TimeoutAbortSec. (Swift's backtracer catches an SIGABRT sent from outside, prints
            // where each thread is, and returns, so that the hung process lives on until SIGKILL.)
            daemon.signal(SIGABRT)
            if (try? await daemon.waitForExit(timeout: 5)) == nil { daemon.signal(SIGKILL) }
            _ = try await daemon.waitForExit(timeout: 10)
            #expect(daemon.process?.terminationReason == .uncaughtSignal)
            #expect(entryExists(daemon.drop + "/stuck.txt"), "stuck.txt must still wait in the drop folder after stop \(stop)")
            if stop == 1 { try await daemon.restart(environment: hang) }
        }
        #expect(daemon.log().contains("the previous run crashed or hung while processing this file (1 times now); it will be tried once more"))

        // The third start, with the hang no longer armed: the file is not tried again.
        try await daemon.restart(environment: ["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": "1000000"])
        try await waitUntil(timeout: 30, "stuck.txt to be set aside") { entryExists(daemon.failed + "/stuck.txt.reason") }
        let reason = try String(contentsOfFile: daemon.failed + "/stuck.txt.reason", encoding: .utf8)
        #expect(reason.hasPrefix("stopped-the-daemon:") && reason.contains("2 times"), "\(reason)")
        #expect(daemon.log().contains("it will be set aside in failed/"))
        #expect(try daemon.claims(containing: "outside the Stuck harbour").isEmpty, "a set-aside file must not be processed")
        #expect(!entryExists(daemon.drop + "/stuck.txt"))

        // The daemon carries on, and pings again.
        let before = pings()
        try daemon.drop(Self.shortArticle("Fine"), as: "fine.txt")
        try await waitUntil(timeout: 30, "fine.txt to be processed") { entryExists(daemon.processed + "/fine.txt") }
        try await waitUntil(timeout: 10, "WATCHDOG=1 again") { pings() > before }
        #expect(try daemon.claims(containing: "outside the Fine harbour").count == 1)
        let status = try daemon.status()
        #expect(status.processed == 1 && status.failed == 1, "\(status)")
        #expect(daemon.process?.isRunning == true)
    }
    /// A `kill -9` (an operator, a test, the OOM killer) says nothing about the file in hand: it
    /// leaves no fault mark, so the same file in hand at two kills is still processed afterwards.
    @Test func killNineTwiceOnTheSameFileDoesNotSetItAside() async throws {
        let daemon = try DaemonProcess()
        let hang = ["CLAIMWATCH_FAULT_POINT": "in-file:pause"]
        try await daemon.start(environment: hang)
        try daemon.drop(Self.shortArticle("Twice"), as: "twice.txt")
        for kill in 1...2 {
            try await waitUntil(timeout: 30, "the daemon to hold twice.txt (run \(kill))") { daemon.log().contains("fault point in-file reached") }
            daemon.signal(SIGKILL)
            _ = try await daemon.waitForExit(timeout: 10)
            #expect(entryExists(daemon.drop + "/twice.txt"), "twice.txt must still wait in the drop folder after kill \(kill)")
            if kill == 1 { try await daemon.restart(environment: hang) }
        }
        #expect(
            daemon.log().contains("the previous run was killed (SIGKILL or a power loss, not a crash) while processing this file; it is tried again"))
        try await daemon.restart()
        try await waitUntil(timeout: 30, "twice.txt to be processed") { entryExists(daemon.processed + "/twice.txt") }
        #expect(try daemon.claims(containing: "outside the Twice harbour").count == 1)
        #expect(!entryExists(daemon.failed + "/twice.txt.reason"))
        let status = try daemon.status()
        #expect(status.processed == 1 && status.failed == 0, "\(status)")
    }
}
