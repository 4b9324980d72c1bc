// swift-tools-version: 6.1
// Micro-benchmarks of claimwatch's pipeline stages with package-benchmark: `make bench-micro`.
// A package of its own so that the main package does not depend on the benchmark framework.
import PackageDescription

let package = Package(
    name: "claimwatch-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "claimwatch", path: ".."),
        // MallocInterposer alone: malloc counts without jemalloc. The default RuntimeInterposer
        // trait is left off: it serves only the ARC metrics (unused here), and its package,
        // ordo-one/swift-runtime-interposer, is not mirrored on the build machine.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PipelineStages",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ClaimwatchCore", package: "claimwatch"),
                .product(name: "ClaimwatchStore", package: "claimwatch"),
                .product(name: "ClaimwatchEvaluation", package: "claimwatch"),
            ],
            path: "Benchmarks/PipelineStages",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
