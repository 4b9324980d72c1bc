import Foundation
import Testing

@testable import ClaimwatchDaemon

struct ConfigTests {
    @Test func shippedConfigFileParsesAndDocumentsEveryKey() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("config/claimwatch.toml").path
        let config = try ClaimwatchConfig.load(path: path)
        #expect(config.drop == "/var/spool/claimwatch/incoming")
        #expect(config.database == "/var/lib/claimwatch/claimwatch.sqlite")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for key in [
            "data", "drop", "processed", "failed", "database", "alerts_jsonl", "alerts_log", "settle_seconds",
            "rescan_interval_seconds", "batch_size", "file_time_limit_seconds", "max_file_bytes", "public_suffix_list", "max_candidates",
            "repeat_threshold",
            "topic_threshold", "window_days", "min_checkworthiness", "level",
        ] {
            #expect(text.contains("\n\(key) = "), "config/claimwatch.toml lacks \(key)")
        }
    }

    @Test func defaultsLiveInTheDataDirectory() throws {
        let config = try ClaimwatchConfig.parse("", source: "empty")
        #expect(config.drop == "./claimwatch-data/incoming")
        #expect(config.alertsJSONL == "./claimwatch-data/alerts.jsonl")
        #expect(config.settleSeconds == 1.0)
        #expect(config.maxFileBytes == 10 * 1024 * 1024)
        #expect(config.windowDays == 0)
        #expect(config.fileTimeLimitSeconds == 20)
    }

    @Test func escapedBackslashBeforeU0000IsNoNUL() throws {
        let config = try ClaimwatchConfig.parse("[paths]\ndata = \"/tmp/a\\\\u0000b\"\n", source: "cfg")
        #expect(config.dataDirectory == "/tmp/a\\u0000b")
    }

    @Test func minCheckworthinessIsReadWithItsDefault() throws {
        #expect(try ClaimwatchConfig.parse("", source: "cfg").minCheckworthiness == 0.25)
        #expect(try ClaimwatchConfig.parse("[alerts]\nmin_checkworthiness = 0.5\n", source: "cfg").minCheckworthiness == 0.5)
        #expect(try ClaimwatchConfig.parse("[alerts]\nmin_checkworthiness = 0\n", source: "cfg").minCheckworthiness == 0)
        let recorder = try ClaimwatchBuilder.recorder(try ClaimwatchConfig.parse("[alerts]\nmin_checkworthiness = 0.4\n", source: "cfg"))
        #expect(recorder.minimumCheckworthiness == 0.4)
    }

    @Test func aNamedModelFolderMustHoldTheModel() throws {
        let missing = try ClaimwatchConfig.parse("[matching]\nmodel = \"/nonexistent/minilm\"\n", source: "cfg")
        #expect {
            try ClaimwatchBuilder.recorder(missing)
        } throws: { error in
            let message = String(describing: error)
            return message.contains("/nonexistent/minilm") && message.contains("make model") && message.contains("\"off\"")
        }
        let off = try ClaimwatchConfig.parse("[matching]\nmodel = \"off\"\nrepeat_confidence = 0.7\n", source: "cfg")
        #expect(off.repeatConfidence == 0.7)
        #expect(try ClaimwatchBuilder.sentenceSimilarity(off, logger: nil) == nil)
    }

    @Test func windowDaysIsRead() throws {
        #expect(try ClaimwatchConfig.parse("[matching]\nwindow_days = 30\n", source: "cfg").windowDays == 30)
    }

    @Test(arguments: [
        ("[watch]\nsettle = 1\n", "unknown key 'settle' in [watch]"),
        ("[wach]\n", "unknown section [wach]"),
        ("[watch]\nsettle_seconds = \"soon\"\n", "watch.settle_seconds must be a number"),
        ("[watch]\nbatch_size = 0\n", "watch.batch_size must be between"),
        ("[watch]\nfile_time_limit_seconds = -1\n", "watch.file_time_limit_seconds must be between 0.0 and 3600.0"),
        ("[log]\nlevel = \"loud\"\n", "log.level must be one of"),
        ("[matching]\nwindow_days = -1\n", "matching.window_days must be between 0 and 36500"),
        ("[matching]\nwindow_days = 1.5\n", "matching.window_days must be a whole number"),
        ("[alerts]\nmin_checkworthiness = 1.5\n", "alerts.min_checkworthiness must be between 0.0 and 1.0"),
        ("[alerts]\nmin_checkworthiness = \"high\"\n", "alerts.min_checkworthiness must be a number"),
        ("[alerts]\nmin_worth = 0.3\n", "unknown key 'min_worth' in [alerts]; known keys are min_checkworthiness"),
        ("[paths\n", "cfg:1"),
        ("[paths]\ndata = \"/tmp/a\\u0000b\"\n", "cfg:2: paths.data holds a NUL character"),
        ("[paths]\ndrop = \"/tmp/d\\U00000000\"\n", "paths.drop holds a NUL character"),
        ("[outlets]\n\"wion\" = \"WI\\u0000ON\"\n", "outlets.\"wion\" holds a NUL character"),
    ])
    func badConfigsNameTheProblem(text: String, message: String) {
        do {
            _ = try ClaimwatchConfig.parse(text, source: "cfg")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }
}

struct SettleTrackerTests {
    let a = SettleTracker.Observation(size: 10, mtimeNs: 1, inode: 7)
    let b = SettleTracker.Observation(size: 20, mtimeNs: 2, inode: 7)

    /// Readiness after each (observation, time) in turn.
    func readiness(settle: Double, renamedIn: Bool, _ steps: [(SettleTracker.Observation, Double)]) -> [Bool] {
        var tracker = SettleTracker(settleSeconds: settle)
        tracker.hint("x.txt", renamedIn: renamedIn, now: 0)
        return steps.map { tracker.observe("x.txt", $0.0, now: $0.1) }
    }

    @Test func fileWrittenInPlaceWaitsForTheSettleWindow() {
        // Still growing at 0.5 s; unchanged from then on, ready one settle window later.
        #expect(readiness(settle: 1, renamedIn: false, [(a, 0), (b, 0.5), (b, 1.4), (b, 1.5)]) == [false, false, false, true])
    }

    @Test func renamedInFileIsReadyAtOnce() {
        #expect(readiness(settle: 5, renamedIn: true, [(a, 0)]) == [true])
    }

    @Test func pendingFilesAreListedInOrderOfArrival() {
        var tracker = SettleTracker(settleSeconds: 1)
        for (index, name) in ["WION/b.txt", "Kyiv/a.txt", "c.txt"].enumerated() {
            tracker.hint(.init(stringLiteral: name), renamedIn: false, now: Double(index))
        }
        tracker.hint("WION/b.txt", renamedIn: true, now: 5)  // a later hint keeps its place
        #expect(tracker.paths == ["WION/b.txt", "Kyiv/a.txt", "c.txt"])
    }

    @Test func forgottenFileIsNotReady() {
        var tracker = SettleTracker(settleSeconds: 0)
        tracker.hint("x.txt", renamedIn: true, now: 0)
        tracker.forget("x.txt")
        let ready = tracker.observe("x.txt", a, now: 1)
        #expect(!ready)
        #expect(tracker.count == 0)
    }
}
