import ClaimwatchEvaluation
import Foundation

/// A backlog: the drop folder already holds `files` articles when the daemon starts on a new
/// data directory; measured from the start until the folder is empty.
struct BacklogBench {
    struct Result {
        var files: Int
        var seconds: Double
        var peakRSSMiB: Double
        var filesPerSecond: Double { Double(files) / seconds }
    }

    var binary: String
    var work: String

    func run(files: Int) throws -> Result {
        let data = work + "/backlog"
        try? FileManager.default.removeItem(atPath: data)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let incoming = data + "/incoming"
        try FileManager.default.createDirectory(atPath: incoming, withIntermediateDirectories: true)
        let corpus = NewsGenerator.corpus(seed: 4_242, articles: files, outlets: 50, stories: max(1, files / 5))
        for article in corpus.articles {
            try Data(article.fileText.utf8).write(to: URL(fileURLWithPath: incoming + "/" + article.fileName))
        }
        let daemon = try ChildProcess(binary, ["run", "--data", data], stderr: work + "/backlog.log")
        try DaemonReadiness.waitUntilEmpty(incoming, timeout: 3_600)
        let seconds = daemon.started.secondsUntilNow
        daemon.signal(SIGTERM)
        let ending = daemon.wait()
        return Result(files: files, seconds: seconds, peakRSSMiB: ending.peakRSSMiB)
    }
}
