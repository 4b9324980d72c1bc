import Foundation
import Testing

/// The real `claimwatch run` as a subprocess, on a temporary data directory.
final class DaemonProcess {
    let data: TemporaryDirectory
    let configPath: String
    let logPath: String
    /// More `[watch]` keys, kept when the configuration is rewritten.
    let watchSettings: String
    private(set) var process: Process?

    var drop: String { data.file("incoming") }
    var processed: String { data.file("processed") }
    var failed: String { data.file("failed") }
    var database: String { data.file("claimwatch.sqlite") }
    var alertsJSONL: String { data.file("alerts.jsonl") }
    var alertsLog: String { data.file("alerts.log") }
    /// A folder on the same file system as the drop folder, for write-then-rename deliveries.
    var staging: String { data.file("staging") }

    /// - Parameters:
    ///   - settle: `watch.settle_seconds`.
    ///   - extraConfig: more TOML, appended to the generated file.
    ///   - watchSettings: more `[watch]` keys ("file_time_limit_seconds = 0.5").
    init(settle: Double = 0.3, rescanInterval: Double = 60, extraConfig: String = "", watchSettings: String = "") throws {
        data = try TemporaryDirectory("claimwatch-daemon")
        configPath = data.file("claimwatch.toml")
        logPath = data.file("daemon.log")
        self.watchSettings = watchSettings
        try writeConfig(settle: settle, rescanInterval: rescanInterval, extra: extraConfig)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
    }

    /// Writes the configuration file the daemon is started with.
    func writeConfig(settle: Double, rescanInterval: Double = 60, batchSize: Int? = nil, logLevel: String = "debug", extra: String = "") throws {
        let toml = """
            [paths]
            data = "\(data.path)"

            [watch]
            settle_seconds = \(settle)
            rescan_interval_seconds = \(rescanInterval)
            \(batchSize.map { "batch_size = \($0)" } ?? "")
            \(watchSettings)

            [log]
            level = "\(logLevel)"
            \(extra)
            """
        try Data(toml.utf8).write(to: URL(fileURLWithPath: configPath))
    }

    /// Starts the daemon and waits until it has created its drop folder and database.
    /// - Parameter launcher: a program and its arguments that exec the binary given after them
    ///   (`unshare -m sh -c ...`); empty to run the binary itself.
    func start(environment: [String: String] = [:], waitReady: Bool = true, launcher: [String] = []) async throws {
        let process = Process()
        let command = launcher + [Paths.binary, "run", "--config", configPath]
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "WATCHDOG_USEC")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        self.process = process
        if waitReady {
            try await waitUntil(timeout: 30, "the daemon to start watching") { [self] in
                guard process.isRunning else { throw HarnessError("daemon exited early:\n\(self.log())") }
                return self.log().contains("watching ")
            }
        }
    }

    var pid: Int32 { process?.processIdentifier ?? 0 }

    func signal(_ signal: Int32) { if let process, process.isRunning { kill(process.processIdentifier, signal) } }

    /// Waits for the process to exit and returns its status.
    func waitForExit(timeout: Double = 30) async throws -> Int32 {
        guard let process else { throw HarnessError("daemon not started") }
        try await waitUntil(timeout: timeout, "the daemon to exit") { !process.isRunning }
        return process.terminationStatus
    }

    /// SIGTERM and wait; SIGKILL if it does not stop.
    func stop() async {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        if (try? await waitForExit(timeout: 20)) == nil {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    func log() -> String {
        String(decoding: FileManager.default.contents(atPath: logPath) ?? Data(), as: UTF8.self)
    }

    func alerts() throws -> [[String: Any]] { try readAlerts(alertsJSONL) }

    /// Drops a file by writing it elsewhere and renaming it into the drop folder.
    func drop(_ contents: String, as name: String) throws {
        try deliverByRename(contents, to: drop + "/" + name, staging: staging)
    }

    /// Creates the database as a writer does (read commands never create one): `claimwatch ingest`
    /// of one short article, outside the drop folder.
    func createDatabase() throws {
        let article = data.file("first-article.txt")
        try Data("Source: A\n\nThe ministry said the new bridge will open on 3 May 2025, two years late.\n".utf8)
            .write(to: URL(fileURLWithPath: article))
        let created = try runClaimwatch(["ingest", "--config", configPath, article])
        guard created.status == 0 else { throw HarnessError("ingest should create the database: \(created.stderr)") }
    }

    /// Runs a CLI command against this daemon's data directory.
    func command(_ arguments: [String]) throws -> CommandResult {
        try runClaimwatch(arguments)
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
