import Foundation
import Logging

/// Every setting of the daemon, with its default. `config/claimwatch.toml` documents each key.
public struct ClaimwatchConfig: Sendable, Equatable {
    // [paths]
    /// `paths.data`: the data directory; the other paths default to places inside it.
    public var dataDirectory = "./claimwatch-data"
    /// `paths.drop`: where scrapers drop article files (default `DATA/incoming`).
    public var dropDirectory: String?
    /// `paths.processed`: where processed and duplicate files are moved (default `DATA/processed`).
    public var processedDirectory: String?
    /// `paths.failed`: where files that cannot be processed go, with a `NAME.reason` (default `DATA/failed`).
    public var failedDirectory: String?
    /// `paths.database`: the SQLite database (default `DATA/claimwatch.sqlite`).
    public var databasePath: String?
    /// `paths.alerts_jsonl`: the JSON-lines alert log (default `DATA/alerts.jsonl`).
    public var alertsJSONLPath: String?
    /// `paths.alerts_log`: the human-readable alert log (default `DATA/alerts.log`).
    public var alertsLogPath: String?

    // [watch]
    /// `watch.settle_seconds`: a file written in place is processed once its size and mtime have
    /// not changed for this long. Files renamed into the folder are processed at once.
    public var settleSeconds = 1.0
    /// `watch.rescan_interval_seconds`: how often the whole drop folder is listed, events or not.
    public var rescanIntervalSeconds = 60.0
    /// `watch.batch_size`: at most this many files are committed in one SQLite transaction.
    public var batchSize = 100
    /// `watch.file_time_limit_seconds`: one article may take this long through extraction and
    /// matching before its file is set aside; 0 means no limit.
    public var fileTimeLimitSeconds = 20.0

    // [intake]
    /// `intake.max_file_bytes`: larger files go to `failed/` unread.
    public var maxFileBytes = 10 * 1024 * 1024
    /// `intake.public_suffix_list`: the Public Suffix List, for outlets named by their URL's
    /// registrable domain (`news.bbc.co.uk` → `bbc.co.uk`). Debian's package `publicsuffix`.
    public var publicSuffixList = "/usr/share/publicsuffix/public_suffix_list.dat"
    /// `intake.outlet_furniture_articles`: a body line that this many earlier articles of the same
    /// outlet carried is page furniture, taken out before claims are read; 0 learns nothing.
    public var outletFurnitureArticles = 3

    // [outlets]
    /// `[outlets]`: aliases, `"name as found" = "outlet"`, so that several names are one outlet.
    public var outletAliases: [String: String] = [:]

    // [matching]
    /// `matching.max_candidates`: stored claims compared with each new claim.
    public var maxCandidates = 20
    /// `matching.repeat_threshold`: word similarity (0–1) from which a claim repeats another.
    public var repeatThreshold = 0.5
    /// `matching.topic_threshold`: similarity (0–1) from which two claims are about the same
    /// thing, so that a conflict between them (number, day, negation, denial, speaker) is a
    /// contradiction. The matcher's `contradictionThreshold`.
    public var topicThreshold = 0.6
    /// `matching.model`: the folder of the all-MiniLM-L6-v2 sentence-embedding model
    /// (`model.safetensors`, `vocab.txt`). Empty: the first of `modelSearchPath` that holds one,
    /// else repeats are decided by the word rules alone (logged at start). "off": never.
    public var model = ""
    /// Where an empty `matching.model` looks: where `make install` puts the model, then the
    /// source checkout's `make model` folder (for `make run`).
    public static let modelSearchPath = [
        "/usr/local/share/claimwatch/all-MiniLM-L6-v2", "/usr/share/claimwatch/all-MiniLM-L6-v2", ".build-models/all-MiniLM-L6-v2",
    ]
    /// `matching.repeat_confidence`: the learned decision's probability (0–1) from which a repeat
    /// is raised; nil: the trained model's own threshold.
    public var repeatConfidence: Double?
    /// `matching.window_days`: only claims first seen within this many days are candidates for a
    /// new claim; 0 means no window (every stored claim is).
    public var windowDays = 0

    // [alerts]
    /// `alerts.min_checkworthiness`: claims scoring less (0–1) raise no alert; they are still
    /// stored, searchable and matched. `ArticleRecorder.minimumCheckworthiness`.
    public var minCheckworthiness = 0.25

    // [log]
    /// `log.level`: trace, debug, info, notice, warning, error or critical.
    public var logLevel: Logger.Level = .info

    public init() {}

    public var drop: String { dropDirectory ?? dataDirectory + "/incoming" }
    public var processed: String { processedDirectory ?? dataDirectory + "/processed" }
    public var failed: String { failedDirectory ?? dataDirectory + "/failed" }
    public var database: String { databasePath ?? dataDirectory + "/claimwatch.sqlite" }
    public var alertsJSONL: String { alertsJSONLPath ?? dataDirectory + "/alerts.jsonl" }
    public var alertsLog: String { alertsLogPath ?? dataDirectory + "/alerts.log" }
}
