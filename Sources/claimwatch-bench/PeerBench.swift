import Foundation

/// The Python pipeline a user would build instead (Benchmarks/Peers: pysbd, datasketch MinHashLSH,
/// sqlite3, trafilatura), on the same corpus with the same stored claims.
struct PeerBench {
    struct Result: IngestFigures {
        var storedClaims: Int
        var articles: Int
        var claims: Int
        var seconds: Double
        var peakRSSMiB: Double
    }

    var python: String
    var script: String
    var work: String

    func run(corpusFolder: String, store: StorePrefill) throws -> Result {
        let database = work + "/peer-\(store.claims).sqlite"
        try? FileManager.default.removeItem(atPath: database)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let output = work + "/peer-\(store.claims).json"
        let ending = try ChildProcess.run(
            python, [script, "--corpus", corpusFolder, "--prefill", store.claimLines, "--db", database, "--json"],
            stdout: output, stderr: output + ".err")
        guard ending.succeeded, let data = FileManager.default.contents(atPath: output),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw BenchError("the Python peer exited \(ending.status) at \(store.claims) stored claims; see \(output).err") }
        func number(_ key: String) -> Double { (object[key] as? NSNumber)?.doubleValue ?? .nan }
        return Result(
            storedClaims: store.claims, articles: Int(number("articles")), claims: Int(number("claims")),
            seconds: number("seconds"), peakRSSMiB: ending.peakRSSMiB)
    }
}
