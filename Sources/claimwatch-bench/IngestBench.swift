import Foundation

/// `claimwatch ingest` of the corpus into a copy of a prefilled store: the whole pipeline of the
/// daemon (intake, extraction, candidate search, decisions, storage, alert logs) in one process.
struct IngestBench {
    struct Result: IngestFigures {
        var storedClaims: Int
        var articles: Int
        var claims: Int
        var alerts: Int
        var seconds: Double
        var peakRSSMiB: Double
        var millisecondsPerArticle: Double { seconds * 1000 / Double(articles) }
    }

    var binary: String
    var work: String

    func run(corpus: [String], store: StorePrefill) throws -> Result {
        let data = work + "/ingest-\(store.claims)"
        try? FileManager.default.removeItem(atPath: data)
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: data) }
        try FileManager.default.copyItem(atPath: store.database, toPath: data + "/claimwatch.sqlite")
        let output = work + "/ingest-\(store.claims).out"
        let ending = try ChildProcess.run(binary, ["ingest", "--data", data] + corpus, stdout: output, stderr: output + ".err")
        guard ending.succeeded else {
            throw BenchError("claimwatch ingest exited \(ending.status) at \(store.claims) stored claims; see \(output).err")
        }
        let (claims, alerts) = try Self.totals(in: String(contentsOfFile: output, encoding: .utf8))
        return Result(
            storedClaims: store.claims, articles: corpus.count, claims: claims, alerts: alerts,
            seconds: ending.seconds, peakRSSMiB: ending.peakRSSMiB)
    }

    /// Claims and alerts summed from ingest's lines ("NAME: processed, 4 claims, 1 alerts").
    static func totals(in output: String) -> (claims: Int, alerts: Int) {
        var claims = 0, alerts = 0
        for line in output.split(separator: "\n") {
            guard let range = line.range(of: ": processed, ") else { continue }
            let fields = line[range.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            claims += fields.first.flatMap { Int($0.split(separator: " ")[0]) } ?? 0
            alerts += fields.dropFirst().first.flatMap { Int($0.split(separator: " ")[0]) } ?? 0
        }
        return (claims, alerts)
    }
}
