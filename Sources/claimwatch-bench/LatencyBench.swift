import ClaimwatchEvaluation
import Foundation

/// The running daemon, fed at a steady rate: each article is renamed into the drop folder at its
/// time (written beforehand to a staging folder on the same file system, as scrapers do), and
/// the time from the rename to the article's first line in alerts.jsonl is measured.
struct LatencyBench {
    struct Result {
        var rate: Int
        var files: Int
        var alertingFiles: Int
        var p50: Double
        var p99: Double
        var max: Double
        /// From the first rename until the drop folder was empty again.
        var drainedAfter: Double
        var feedSeconds: Double
    }

    var binary: String
    var work: String
    var storedClaims: StorePrefill

    func run(rate: Int, seconds: Int) throws -> Result {
        let data = work + "/latency-\(rate)"
        try? FileManager.default.removeItem(atPath: data)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let staging = data + "/staging", incoming = data + "/incoming"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: storedClaims.database, toPath: data + "/claimwatch.sqlite")

        // Few stories for the number of files, so that most articles repeat or contradict an earlier one.
        let count = rate * seconds
        let corpus = NewsGenerator.corpus(seed: 700 + UInt64(rate), articles: count, outlets: 20, stories: max(2, count / 6))
        let names = try corpus.articles.map { article in
            let name = "r\(rate)-" + article.fileName
            try Data(article.fileText.utf8).write(to: URL(fileURLWithPath: staging + "/" + name))
            return name
        }

        let daemon = try ChildProcess(binary, ["run", "--data", data], stderr: data + "/../latency-\(rate).log")
        try DaemonReadiness.wait(data: data, staging: staging)
        let tail = AlertLogTail(path: data + "/alerts.jsonl")
        tail.start()

        var renamed: [String: ContinuousClock.Instant] = [:]
        let start = ContinuousClock.now
        for (index, name) in names.enumerated() {
            let due = start + .nanoseconds(Int64(index) * 1_000_000_000 / Int64(rate))
            if due > .now { Thread.sleep(forTimeInterval: (due - .now).seconds) }
            let at = ContinuousClock.now
            guard rename(staging + "/" + name, incoming + "/" + name) == 0 else { throw BenchError("cannot rename \(name) into \(incoming)") }
            renamed[name] = at
        }
        let feedSeconds = start.secondsUntilNow
        try DaemonReadiness.waitUntilEmpty(incoming, timeout: 600)
        let drainedAfter = start.secondsUntilNow
        usleep(200_000)
        tail.stop()
        daemon.signal(SIGTERM)
        _ = daemon.wait()

        let alerts = tail.firstAlertByFile
        let delays = renamed.compactMap { name, at in alerts[name].map { ($0 - at).seconds * 1000 } }.sorted()
        guard !delays.isEmpty else { throw BenchError("no alert at \(rate) files/s: see \(work)/latency-\(rate).log") }
        return Result(
            rate: rate, files: names.count, alertingFiles: delays.count,
            p50: Percentile.of(delays, 0.50), p99: Percentile.of(delays, 0.99), max: delays.last!,
            drainedAfter: drainedAfter, feedSeconds: feedSeconds)
    }
}

enum Percentile {
    /// The nearest-rank percentile of sorted values.
    static func of(_ sorted: [Double], _ fraction: Double) -> Double {
        sorted[min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))]
    }
}
