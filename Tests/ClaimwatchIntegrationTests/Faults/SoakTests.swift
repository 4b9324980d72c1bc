import Foundation
import Testing

/// Bounded in time: random kill -9s of the daemon during a mixed-format feed, with a second
/// process running `claimwatch ingest` (which takes the writer lock between the daemon's runs, and
/// is refused while one runs) and readers polling `status` and `alerts`. Every dropped file is
/// processed once, every ingested file is recorded once, and the database and both logs agree id
/// for id.
@Suite(.serialized)
struct SoakTests {
    /// `topic`'s claims as `outlet` in one of five formats, LF or CRLF.
    static func file(topic: Int, outlet: String, index: Int) -> (name: String, contents: String) {
        let body = SyntheticArticles.sharedClaims(topic: topic, outlet: outlet)
        let escaped = body.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        let name = "\(outlet)/t\(topic)"
        switch index % 5 {
        case 0: return ("\(name).txt", "Source: \(outlet)\nTitle: Topic \(topic)\n\n\(body)\n")
        case 1: return ("\(name).md", "---\noutlet: \(outlet)\ntitle: Topic \(topic)\n---\n\n\(body)\n")
        case 2: return ("\(name).json", #"{"outlet": "\#(outlet)", "title": "Topic \#(topic)", "text": "\#(escaped)"}"#)
        case 3: return ("\(name).jsonl", #"{"outlet": "\#(outlet)", "url": "https://\#(outlet).example/t\#(topic)", "text": "\#(escaped)"}"# + "\n")
        default:
            let paragraphs = body.split(separator: "\n").filter { !$0.isEmpty }.map { "<p>\($0)</p>" }.joined(separator: "\n")
            return ("\(name).html", "<html><head><title>Topic \(topic)</title></head><body><article>\n\(paragraphs)\n</article></body></html>\n")
        }
    }

    @Test func killNineWithIngestAndReadersBesideItLosesAndDoublesNothing() async throws {
        let daemon = try DaemonProcess()
        try daemon.rewriteConfig(settle: 0.1, batchSize: 5)
        let outlets = ["outletA", "outletB", "outletC"]
        let files = (0..<40).flatMap { topic in outlets.enumerated().map { Self.file(topic: topic, outlet: $1, index: topic + $0) } }
        // Ingest reads the same stories as a fourth outlet, from outside the drop folder.
        let outside = daemon.data.file("ingest")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let ingestFiles = try (0..<40).map { topic -> String in
            let path = outside + "/t\(topic).txt"
            try Data(("Source: outletI\n\n" + SyntheticArticles.sharedClaims(topic: topic, outlet: "outletI")).utf8).write(
                to: URL(fileURLWithPath: path))
            return path
        }
        try await daemon.start()
        try ProcessHelpers.dropFast(files, into: daemon.drop, staging: daemon.staging)

        // The second writer and the readers, each on a thread of its own until `done`.
        let done = Flag()
        let ingested = Counter()
        let config = daemon.configPath, data = daemon.data.path
        let ingest = Thread {
            var next = 0
            while !done.isSet, next < ingestFiles.count {
                if let result = try? runClaimwatch(["ingest", "--config", config, ingestFiles[next]], timeout: 60), result.status == 0 {
                    ingested.add(1)
                    next += 1
                }
                usleep(30_000)
            }
        }
        let readers = Thread {
            while !done.isSet {
                _ = try? runClaimwatch(["status", "--config", config], timeout: 20)
                _ = try? runClaimwatch(["alerts", "--data", data, "--json"], timeout: 20)
            }
        }
        ingest.start()
        readers.start()

        var generator = SystemRandomNumberGenerator()
        var kills = 0
        let end = Date().addingTimeInterval(45)
        // Until the feed is done and the daemon was killed at least 10 times: a fast machine can
        // finish the feed in a few kills, and later kills still hit start-up recovery and the scan.
        while Date() < end, kills < 10 || !(filesUnder(daemon.drop).isEmpty && ingested.value == ingestFiles.count) {
            try await Task.sleep(for: .milliseconds(Int.random(in: 100...600, using: &generator)))
            if daemon.process?.isRunning == true {
                daemon.signal(SIGKILL)
                _ = try await daemon.waitForExit(timeout: 10)
                kills += 1
            }
            // Ingest may hold the lock now: the daemon then exits 75, and is started again.
            try await daemon.restart(waitReady: false)
        }
        done.set()
        while ingest.isExecuting || readers.isExecuting { try await Task.sleep(for: .milliseconds(50)) }
        // Finish the ingest files the time bound left, then let the daemon drain.
        for path in ingestFiles.dropFirst(ingested.value) {
            if daemon.process?.isRunning == true { await daemon.stop() }
            let result = try runClaimwatch(["ingest", "--config", config, path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        if daemon.process?.isRunning != true { try await daemon.restart() }
        try await daemon.waitUntilDrained(expected: files.count, timeout: 120)
        await daemon.stop()
        print("soak: \(kills) kills, \(files.count) dropped files, \(ingestFiles.count) ingested files")
        #expect(kills >= 10, "only \(kills) kills")

        #expect(filesUnder(daemon.processed).sorted() == files.map(\.name).sorted(), "every dropped file processed, once")
        #expect(filesUnder(daemon.failed).isEmpty, "\(filesUnder(daemon.failed))")
        let deliveries = try ProcessHelpers.sqlite(daemon.database, "SELECT name, COUNT(*) FROM deliveries GROUP BY name HAVING COUNT(*) > 1")
        #expect(deliveries.isEmpty, "files recorded more than once: \(deliveries)")
        let articles = try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles")
        #expect(articles == [["\(files.count + ingestFiles.count)"]])
        let database = try ProcessHelpers.sqlite(daemon.database, "SELECT id FROM alerts ORDER BY id").map { Int($0[0])! }
        #expect(database.count >= 100)
        #expect(try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL) == database)
        #expect(try ProcessHelpers.logAlertIDs(daemon.alertsLog) == database)
    }
}

final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
}
