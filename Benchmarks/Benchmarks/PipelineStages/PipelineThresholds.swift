import Benchmark

/// What `baseline check` calls a regression. The development machine is shared and has 2 cores,
/// so times move by 10–20 % between runs on their own: a time regresses at 25 % on the median.
/// Malloc counts hardly move with load, so they regress at 5 %.
enum PipelineThresholds {
    static var regression: [BenchmarkMetric: BenchmarkThresholds] {
        [
            .wallClock: .init(relative: [.p50: 25]),
            .throughput: .init(relative: [.p50: 25]),
            .mallocCountTotal: .init(relative: [.p50: 5]),
        ]
    }
}
