import ArgumentParser
import Foundation

/// `make bench`: every performance figure of claimwatch in one table, measured on the release
/// binary from outside, as a user runs it.
@main
struct ClaimwatchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimwatch-bench",
        abstract: "Measure claimwatch: ingest by store size, drop-to-alert latency, backlog drain, memory, and the Python peer.",
        discussion: """
            Stores of the sizes asked are built once into WORK/stores and reused by later runs; a \
            million claims took about 20 minutes the first time here. Prints a Markdown table.
            """)

    @Option(help: "The claimwatch binary to measure (a release build).")
    var binary = ".build/release/claimwatch"
    @Option(help: "Where stores, corpora and logs go.")
    var work = ".build-bench"
    @Option(help: "The five seed articles, mixed into the corpus.")
    var seeds = "../shared/samples/seeds"
    @Option(help: "Store sizes, in claims, to ingest into (comma-separated).")
    var sizes = "10000,100000,1000000"
    @Option(help: "Generated articles ingested at each store size (the seeds come on top).")
    var articles = 2000
    @Option(help: "Files per second fed to the daemon (comma-separated); 0 skips the latency runs.")
    var rates = "1,20,100"
    @Option(help: "How long each rate is sustained, in seconds.")
    var rateSeconds = 60
    @Option(help: "Claims stored before the latency runs (one of --sizes or not).")
    var latencyStore = 100_000
    @Option(help: "Files in the backlog the daemon drains; 0 skips it.")
    var backlog = 10_000
    @Option(help: "The Python of the peer's virtualenv; empty skips the peer.")
    var peerPython = ".build-peers/venv/bin/python"
    @Option(help: "The peer pipeline script.")
    var peerScript = "Benchmarks/Peers/peer_pipeline.py"
    @Option(help: "Store sizes at which the peer runs too (comma-separated).")
    var peerSizes = "10000,100000,1000000"
    @Option(help: "Micro-benchmark results to add to the table (written by `make bench-micro`); empty skips them.")
    var micro = ""

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let work = URL(fileURLWithPath: self.work).standardizedFileURL.path
        let sizes = Self.numbers(self.sizes), rates = Self.numbers(self.rates), peerSizes = Set(Self.numbers(self.peerSizes))
        let log: (String) -> Void = { FileHandle.standardError.write(Data("bench: \($0)\n".utf8)) }
        var table = ResultTable()

        let corpusFolder = work + "/corpus-\(articles)"
        try? FileManager.default.removeItem(atPath: corpusFolder)
        let corpus = try BenchCorpus(articles: articles, outlets: 50, stories: max(1, articles / 5), seed: 2026)
            .write(to: corpusFolder, seeds: BenchCorpus.seeds(in: seeds))
        log("corpus: \(corpus.count) articles in \(corpusFolder)")

        var ingests: [IngestBench.Result] = []
        for size in sizes {
            let store = StorePrefill(claims: size, cache: work + "/stores")
            let built = try store.prepare(log: log)
            if built > 0 { log(String(format: "store of %d claims built in %.0f s", size, built)) }
            let result = try IngestBench(binary: binary, work: work).run(corpus: corpus, store: store)
            log(String(format: "ingest at %d claims: %.1f articles/s", size, result.articlesPerSecond))
            ingests.append(result)
            let peer =
                peerSizes.contains(size) && !peerPython.isEmpty
                ? try PeerBench(python: peerPython, script: peerScript, work: work).run(corpusFolder: corpusFolder, store: store) : nil
            if let peer { log(String(format: "peer at %d claims: %.1f articles/s", size, peer.articlesPerSecond)) }
            table.addIngest(result, peer: peer)
        }
        table.addGrowth(ingests)
        if let largest = ingests.max(by: { $0.storedClaims < $1.storedClaims }) {
            let store = StorePrefill(claims: largest.storedClaims, cache: work + "/stores")
            let perMillion = Double(StorePrefill.bytesOnDisk(database: store.database)) / 1_048_576 / Double(largest.storedClaims) * 1e6
            table.add(
                .init(
                    figure: "database on disk per million claims (store of \(storeLabel(largest.storedClaims)), articles included)",
                    ours: format(perMillion) + " MiB"))
        }

        if !rates.isEmpty, rates != [0] {
            let store = StorePrefill(claims: latencyStore, cache: work + "/stores")
            try store.prepare(log: log)
            for rate in rates {
                let result = try LatencyBench(binary: binary, work: work, storedClaims: store).run(rate: rate, seconds: rateSeconds)
                log(String(format: "latency at %d files/s: p50 %.1f ms, p99 %.1f ms", rate, result.p50, result.p99))
                table.addLatency(result, storedClaims: latencyStore, seconds: rateSeconds)
            }
        }
        if backlog > 0 {
            let result = try BacklogBench(binary: binary, work: work).run(files: backlog)
            log(String(format: "backlog of %d files drained in %.1f s", backlog, result.seconds))
            table.add(
                .init(
                    figure: "backlog of \(format(Double(backlog))) files drained (new store)",
                    ours: format(result.seconds, 1) + " s (" + format(result.filesPerSecond) + " files/s, peak RSS " + format(result.peakRSSMiB)
                        + " MiB)"))
        }
        if !micro.isEmpty { try table.addMicro(from: micro) }
        print(table.markdown())
    }

    static func numbers(_ list: String) -> [Int] {
        list.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
