// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "claimwatch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "claimwatch", targets: ["claimwatch"]),
        .library(name: "ClaimwatchCore", targets: ["ClaimwatchCore"]),
        // For the micro-benchmarks in Benchmarks/ (a separate package): the store and the news generator.
        .library(name: "ClaimwatchStore", targets: ["ClaimwatchStore"]),
        .library(name: "ClaimwatchEvaluation", targets: ["ClaimwatchEvaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
    ],
    targets: [
        // C libraries: a modulemap and a shim header each, nothing else.
        .systemLibrary(name: "CInotifyTools", providers: [.apt(["libinotifytools0-dev"])]),
        .systemLibrary(name: "CSystemd", providers: [.apt(["libsystemd-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),

        // Pure pipeline stages: intake, claim extraction, match decisions. No I/O.
        .target(name: "ClaimwatchCore", dependencies: ["CStemmer", "CLibXML2"]),

        // The use case behind two ports it owns (ClaimLedger, CandidateSource): extract, find
        // candidates, decide, join a cluster, raise one alert per outlet. No storage, no I/O.
        .target(name: "ClaimwatchEngine", dependencies: ["ClaimwatchCore"]),

        // The SQLite adapter of the engine's ports, through GRDB: schema, migrations, FTS5 with the
        // Snowball tokenizer, queries.
        .target(
            name: "ClaimwatchStore",
            dependencies: [
                "ClaimwatchCore", "ClaimwatchEngine", "ClaimwatchSystem",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: [
                // GRDB stays inside: an import is public only where a public declaration needs it.
                .enableUpcomingFeature("InternalImportsByDefault")
            ]),

        // The one owner of POSIX calls on files (openat, fstatat, linkat, write, fsync, flock ...):
        // each retried on EINTR, each error carrying the call, the path and the errno.
        .target(name: "ClaimwatchSystem"),

        // The WordNet 3.0 database (Debian's wordnet-base, /usr/share/wordnet): senses, synsets and
        // irregular forms, read from its files. The only reader of those files.
        .target(name: "WordNet"),

        // all-MiniLM-L6-v2 in process (safetensors weights, WordPiece, the BERT encoder): the only
        // importer of COpenBLAS.
        .target(name: "SentenceEmbedding", dependencies: ["COpenBLAS", "ClaimwatchCore"]),

        // The drop-folder watcher: the only importer of CInotifyTools.
        .target(
            name: "ClaimwatchWatch",
            dependencies: [
                "CInotifyTools", "ClaimwatchSystem",
                .product(name: "Logging", package: "swift-log"),
            ]),

        // The daemon: configuration, file lifecycle, alert logs, services, systemd notify.
        .target(
            name: "ClaimwatchDaemon",
            dependencies: [
                "ClaimwatchCore", "ClaimwatchEngine", "ClaimwatchStore", "ClaimwatchWatch", "ClaimwatchSystem", "CSystemd", "SentenceEmbedding",
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        .executableTarget(
            name: "claimwatch",
            dependencies: [
                "ClaimwatchDaemon", "ClaimwatchStore", "ClaimwatchCore", "ClaimwatchSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),

        // `make bench`: ingest by store size, drop-to-alert latency, backlog drain, memory and the Python peer, on the real binary.
        .executableTarget(
            name: "claimwatch-bench",
            dependencies: [
                "ClaimwatchCore", "ClaimwatchStore", "ClaimwatchEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // `make eval-html`: HTMLReader on the article extraction benchmark, timed in process.
        .executableTarget(name: "claimwatch-eval-html", dependencies: ["ClaimwatchCore"]),

        // Claim extraction, match decisions and claim search scored against labels, and the news
        // generator: a library the tests and `make eval-claims`, `make eval-match` and
        // `make eval-retrieval` share.
        .target(
            name: "ClaimwatchEvaluation",
            dependencies: ["ClaimwatchCore", "ClaimwatchStore", "WordNet", .product(name: "Crypto", package: "swift-crypto")]),
        // `make eval-claims`: the per-field claim extraction table on the gold fixtures.
        .executableTarget(name: "claimwatch-eval-claims", dependencies: ["ClaimwatchEvaluation"]),
        // `make eval-match`: repeat and contradiction decisions on the labelled pairs, generated pairs and MSRP.
        .executableTarget(name: "claimwatch-eval-match", dependencies: ["ClaimwatchEvaluation", "SentenceEmbedding"]),
        // `make eval-retrieval`: MAP@k of the claim search on CLEF 2020 CheckThat! task 2, train and dev.
        .executableTarget(name: "claimwatch-eval-retrieval", dependencies: ["ClaimwatchEvaluation", "ClaimwatchStore"]),
        // `make eval-speakers`: named-source quotes and reported statements on polnear-train (tuning and held-out parts),
        // the verified claims of CLEF 2020 task 2 and the five short probes, as claims.
        .executableTarget(name: "claimwatch-eval-speakers", dependencies: ["ClaimwatchEvaluation", "ClaimwatchCore", "WordNet"]),

        .testTarget(name: "ClaimwatchCoreTests", dependencies: ["ClaimwatchCore", "ClaimwatchEvaluation", "WordNet"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ClaimwatchStoreTests",
            dependencies: [
                "ClaimwatchStore", "ClaimwatchCore", "ClaimwatchEvaluation",
                // Odd states set up through the store's internal pool (`@testable import ClaimwatchStore`).
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(name: "ClaimwatchSystemTests", dependencies: ["ClaimwatchSystem"]),
        .testTarget(name: "WordNetTests", dependencies: ["WordNet"]),
        .testTarget(name: "SentenceEmbeddingTests", dependencies: ["SentenceEmbedding", "ClaimwatchCore"]),
        .testTarget(name: "ClaimwatchEngineTests", dependencies: ["ClaimwatchEngine", "ClaimwatchCore"]),
        .testTarget(
            name: "ClaimwatchDaemonTests",
            dependencies: [
                "ClaimwatchDaemon", "ClaimwatchStore", "ClaimwatchCore", "ClaimwatchWatch",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // Starts the real binary as a subprocess: inotify, signals, kill -9, systemd notify.
        .testTarget(name: "ClaimwatchIntegrationTests", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
