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

    // One iteration: a search for each of 50 claims of articles the store has not seen, as the
    // daemon searches for each new claim (limit: `matching.max_candidates`, 20 by default). All 50
    // every time, so that the malloc count is the same from run to run: the searches differ a lot.
    // On the writer's connection (and its larger page cache), in a transaction opened outside the
    // measurement: the daemon searches inside the write transaction it records the article in.
    Benchmark("Ledger.candidateIDs 50 claims in 20k") { benchmark, store in
        try store.database.transaction { ledger in
            benchmark.startMeasurement()
            for query in store.queries {
                blackHole(try ledger.candidateIDs(for: query.terms, excludingOutlet: query.outlet, limit: 20))
            }
            benchmark.stopMeasurement()
        }
    } setup: {
        try CandidateStore.build(claims: 20_000)
    } teardown: {
        CandidateStore.removeFiles()
    }

    // One iteration: a decision on each of 200 generated pairs (repeats, contradictions and
    // look-alikes), all every time for the same reason. Features are made in setup: the daemon
    // caches the stored claims' features.
    Benchmark("ClaimMatcher.decide 200 pairs") { benchmark, pairs in
        let matcher = ClaimMatcher()
        for pair in pairs {
            blackHole(matcher.decide(new: pair.new, existing: pair.existing))
        }
    } setup: {
        MatchPairs.features(count: 200)
    }
}
