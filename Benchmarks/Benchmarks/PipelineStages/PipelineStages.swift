import Benchmark
import ClaimwatchCore
import ClaimwatchStore

// Micro-benchmarks of the daemon's hot stages, one article or claim at a time, on realistic input:
// the seed articles and the news generator's articles. `make bench` measures the whole binary;
// these show which stage a regression comes from. Inputs are built in each benchmark's setup,
// which is not measured.
let benchmarks: @Sendable () -> Void = {
    // Short runs, so that the suite takes well under a minute after the build. Wall clock for the
    // time, throughput for the rate, and malloc counts because allocations are much of what
    // regresses in string-heavy code (the MallocInterposer trait counts them).
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 10,
        maxDuration: .seconds(2),
        maxIterations: 100_000,
        thresholds: PipelineThresholds.regression
    )

    Benchmark("SentenceSplitter.split seed-001") { benchmark, body in
        for _ in benchmark.scaledIterations {
            blackHole(SentenceSplitter.split(body))
        }
    } setup: {
        try SeedArticles.longest().body
    }

    Benchmark("ClaimExtractor.claims seed-001") { benchmark, article in
        let extractor = ClaimExtractor()
        for _ in benchmark.scaledIterations {
            blackHole(extractor.claims(in: article))
        }
    } setup: {
        try SeedArticles.longest()
    }

    // One search per iteration, cycling through the claims of articles the store has not seen, as
    // the daemon searches for each new claim (limit: `matching.max_candidates`, 20 by default).
    // The read transaction is opened outside the measurement: the daemon searches inside the
    // write transaction it records the article in.
    Benchmark("Ledger.candidateIDs 20k claims") { benchmark, store in
        let query = store.queries[benchmark.currentIteration % store.queries.count]
        try store.database.pool.read { db in
            let ledger = Ledger(db)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try ledger.candidateIDs(for: query.terms, excludingOutlet: query.outlet, limit: 20))
            }
            benchmark.stopMeasurement()
        }
    } setup: {
        try CandidateStore.build(claims: 20_000)
    } teardown: {
        CandidateStore.removeFiles()
    }

    // One decision per iteration, cycling through generated pairs (repeats, contradictions and
    // look-alikes). Features are built in setup: the daemon caches the stored claims' features.
    Benchmark("ClaimMatcher.decide generated pairs") { benchmark, pairs in
        let matcher = ClaimMatcher()
        let pair = pairs[benchmark.currentIteration % pairs.count]
        for _ in benchmark.scaledIterations {
            blackHole(matcher.decide(new: pair.new, existing: pair.existing))
        }
    } setup: {
        MatchPairs.features(count: 200)
    }
}
