import Foundation
import GRDB
import Testing

// Helpers for the process-level suites (crash recovery, signals, overflow, systemd, start-up
// refusals). Additions only: the helpers of Harness.swift and DaemonProcess.swift are unchanged.

// MARK: Generated articles

/// Deterministic synthetic articles whose claims repeat across outlets but never across topics.
enum SyntheticArticles {
    static let syllables = ["ka", "lo", "mi", "ru", "te", "zo", "pa", "ne", "vi", "sa", "do", "fu", "gre", "ho", "ji", "bra", "cu", "we", "xa", "yo"]

    /// A made-up word, unique (in practice) to `topic` and `slot`, so that topics share no rare words.
    static func word(_ topic: Int, _ slot: Int, capitalised: Bool = false) -> String {
        var x = UInt64(truncatingIfNeeded: topic &* 7919 &+ slot &* 104_729 &+ 17)
        var out = ""
        for _ in 0..<4 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out += syllables[Int((x >> 33) % UInt64(syllables.count))]
        }
        return capitalised ? out.prefix(1).uppercased() + out.dropFirst() : out
    }

    /// An article about `topic` as outlet `outlet` carries it: two claims shared word for word by
    /// every outlet, and a short closing line (too short to be a claim) that makes each file's bytes
    /// differ.
    static func sharedClaims(topic t: Int, outlet: String) -> String {
        let w = { (slot: Int) in word(t, slot) }
        let name = word(t, 1, capitalised: true) + " " + word(t, 2, capitalised: true)
        return """
            \(name) said the \(w(3)) \(w(4)) of \(word(t, 5, capitalised: true)) will \(w(6)) \(w(7)) \(w(8)) by \(t + 11) percent.

            "The \(w(9)) \(w(10)) must \(w(11)) the \(w(12)) \(w(13)) \(w(14))," \(word(t, 2, capitalised: true)) told reporters.

            Filed by \(outlet) desk.
            """
    }

    /// A tiny article with no claims (fewer than six words), distinct for each `n`.
    static func tiny(_ n: Int) -> String { "Brief \(n) noted.\n" }
}

// MARK: Files and folders

enum ProcessHelpers {
    /// Writes each `(relative name, contents)` into `staging` and renames it into `drop`, with plain
    /// POSIX calls so that thousands of files arrive within a second or two.
    static func dropFast(_ files: [(name: String, contents: String)], into drop: String, staging: String) throws {
        var made = Set<String>()
        let prefix = UUID().uuidString
        for (index, file) in files.enumerated() {
            let target = drop + "/" + file.name
            let directory = (target as NSString).deletingLastPathComponent
            if made.insert(directory).inserted {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            let temporary = staging + "/\(prefix)-\(index)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw HarnessError("cannot create \(temporary): \(errno)") }
            let bytes = Array(file.contents.utf8)
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            guard written == bytes.count else { throw HarnessError("short write to \(temporary)") }
            guard rename(temporary, target) == 0 else { throw HarnessError("rename to \(target) failed: \(errno)") }
        }
    }

    /// Entries directly in `directory` (no recursion, no stat): cheap enough to poll a folder of
    /// 20,000 files without slowing the daemon down.
    static func entryCount(_ directory: String) -> Int {
        guard let dir = opendir(directory) else { return 0 }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            // Read in place: copying d_name can read past the end of readdir's buffer.
            let name = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: UInt8.self)
            let isDot = name[0] == UInt8(ascii: ".") && (name[1] == 0 || name[1] == UInt8(ascii: ".") && name[2] == 0)
            if !isDot { count += 1 }
        }
        return count
    }

    /// Names in processed/ that FileMover renamed because the name was taken (`a.2.txt`).
    static func renamedCopies(_ names: [String]) -> [String] {
        names.filter { $0.range(of: #"\.\d+\.[A-Za-z]+$"#, options: .regularExpression) != nil }
    }

    // MARK: Alert ids

    /// The `id` of each line of an alerts.jsonl file, in file order. Throws on a line that is not JSON.
    static func jsonlAlertIDs(_ path: String) throws -> [Int] {
        try readAlerts(path).map { object in
            guard let id = object["id"] as? Int else { throw HarnessError("alert without an integer id in \(path): \(object)") }
            return id
        }
    }

    /// The `#ID` of each line of an alerts.log file, in file order.
    static func logAlertIDs(_ path: String) throws -> [Int] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard text.isEmpty || text.hasSuffix("\n") else { throw HarnessError("\(path) ends with an unterminated line") }
        return try text.split(separator: "\n").map { line in
            guard let hash = line.firstIndex(of: "#"),
                let id = Int(line[line.index(after: hash)...].prefix { $0.isNumber })
            else {
                throw HarnessError("alert log line without #ID in \(path): \(line)")
            }
            return id
        }
    }

    /// The ids `claimwatch alerts --data DIR --json` prints.
    static func cliAlertIDs(data: String) throws -> [Int] {
        let result = try runClaimwatch(["alerts", "--data", data, "--json"])
        guard result.status == 0 else { throw HarnessError("claimwatch alerts exited \(result.status): \(result.stderr)") }
        return try result.stdout.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? Int
            else { throw HarnessError("not an alert: \(line)") }
            return id
        }
    }

    /// Duplicated values, for failure messages.
    static func duplicates(_ values: [Int]) -> [Int] {
        Dictionary(grouping: values, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    // MARK: Database

    /// Runs `sql` on the SQLite file, as another process would (GRDB, waiting up to 10 s for the
    /// daemon's lock); one array of strings per row, NULL as "".
    static func sqlite(_ database: String, _ sql: String) throws -> [[String]] {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: database, configuration: configuration)
        defer { try? queue.close() }
        return try queue.write { db in
            try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(Self.text) }
        }
    }

    /// A value as text: integers and reals as SQLite's own `CAST(x AS TEXT)` would write them.
    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: ""
        case .int64(let n): String(n)
        case .double(let x): x == x.rounded() && abs(x) < 1e15 ? String(format: "%.1f", x) : String(x)
        case .string(let s): s
        case .blob(let data): String(decoding: data, as: UTF8.self)
        }
    }

    /// `claimwatch status --data DIR`, parsed: processed, duplicates and failed file counts, backlog.
    struct Status {
        var processed: Int
        var duplicates: Int
        var failed: Int
        var backlog: Int
        var text: String
    }

    static func status(data: String) throws -> Status {
        let result = try runClaimwatch(["status", "--data", data])
        guard result.status == 0 else { throw HarnessError("claimwatch status exited \(result.status): \(result.stderr)") }
        func number(_ pattern: String) throws -> Int {
            guard let range = result.stdout.range(of: pattern, options: .regularExpression) else {
                throw HarnessError("no '\(pattern)' in status:\n\(result.stdout)")
            }
            return Int(result.stdout[range].prefix { $0.isNumber }) ?? -1
        }
        return Status(
            processed: try number(#"\d+(?= processed)"#), duplicates: try number(#"\d+(?= duplicates)"#),
            failed: try number(#"\d+(?= failed)"#), backlog: try number(#"\d+(?= files waiting)"#), text: result.stdout)
    }

    // MARK: Other programs

    /// Runs any program to completion, capturing both outputs. After `timeout` seconds it is
    /// killed (SIGKILL) and the result says so, so that a command that should have refused to run
    /// cannot hang the suite.
    static func runTool(_ path: String, _ arguments: [String], environment: [String: String] = [:], timeout: Double = 60) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "WATCHDOG_USEC")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let pid = process.processIdentifier
        let timedOut = TimeoutFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            if process.isRunning {
                timedOut.set()
                kill(pid, SIGKILL)
            }
        }
        // Drain stderr on another thread while stdout is read, so neither pipe can fill up.
        let errBox = DataBox()
        let errDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        var stderr = String(decoding: errBox.data, as: UTF8.self)
        if timedOut.isSet { stderr += "\n[killed by the test after \(timeout) s]" }
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: stderr)
    }

    /// `claimwatch ARGUMENTS` with a time limit (see `runTool`).
    static func claimwatch(_ arguments: [String], timeout: Double = 20) throws -> CommandResult {
        try runTool(Paths.binary, arguments, timeout: timeout)
    }

    /// The full path of `name` on `$PATH`, if it is there.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"] {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

private final class DataBox: @unchecked Sendable { var data = Data() }

private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

// MARK: Daemon restarts and kills

extension DaemonProcess {
    /// The logs of earlier runs (`start()` starts each run's log afresh), oldest first.
    var earlierLogs: String {
        String(decoding: FileManager.default.contents(atPath: logPath + ".earlier") ?? Data(), as: UTF8.self)
    }

    /// Starts the daemon again on the same data directory and (with `waitReady`) waits until this
    /// run is watching. The previous run's log is kept in `earlierLogs`.
    func restart(environment: [String: String] = [:], waitReady: Bool = true) async throws {
        if let previous = FileManager.default.contents(atPath: logPath), !previous.isEmpty {
            let history = logPath + ".earlier"
            if !FileManager.default.fileExists(atPath: history) { _ = FileManager.default.createFile(atPath: history, contents: nil) }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: history))
            handle.seekToEndOfFile()
            handle.write(Data("---- earlier run ----\n".utf8) + previous)
            try handle.close()
        }
        try await start(environment: environment, waitReady: waitReady)
    }

    /// Rewrites the configuration file (before a start) with these `[watch]` settings: the generated
    /// one cannot take a second `[watch]` table through `extraConfig`.
    func rewriteConfig(settle: Double, batchSize: Int, rescanInterval: Double = 60, logLevel: String = "debug") throws {
        try writeConfig(settle: settle, rescanInterval: rescanInterval, batchSize: batchSize, logLevel: logLevel)
    }

    /// SIGKILL and wait for the process to be gone.
    func killHard() async throws {
        signal(SIGKILL)
        let status = try await waitForExit(timeout: 10)
        #expect(process?.terminationReason == .uncaughtSignal && status == SIGKILL, "expected death by SIGKILL, got \(status)")
    }

    /// Processes the whole drop folder: waits until it is empty and processed/ + failed/ hold
    /// `expected` files.
    func waitUntilDrained(expected: Int, timeout: Double) async throws {
        try await waitUntil(timeout: timeout, "the drop folder to drain (\(expected) files)") { [self] in
            guard let process, process.isRunning else { throw HarnessError("daemon exited:\n\(self.log().suffix(3000))") }
            return filesUnder(drop).isEmpty && filesUnder(processed).count + filesUnder(failed).count >= expected
        }
    }
}

// MARK: Timing off the cooperative pool

extension ProcessHelpers {
    /// Runs `body` on a thread of its own and returns its result. For timing-sensitive waits (when
    /// to send a signal): suites run in parallel, and blocking calls of other tests can starve the
    /// two threads of the cooperative pool for seconds.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.start()
        }
    }

    /// Recursive count of regular files under `directory` (not `.reason` sidecars), from any thread.
    static func fileCount(_ directory: String) -> Int { filesUnder(directory).count }

    /// Polls (every millisecond) until `directory` holds at least `count` files or `timeout` passes.
    static func waitForFiles(_ directory: String, atLeast count: Int, timeout: Double) {
        let deadline = Date().addingTimeInterval(timeout)
        while fileCount(directory) < count, Date() < deadline { usleep(1000) }
    }
}

// MARK: A fake systemd notify socket

/// An AF_UNIX datagram socket bound at a path, standing in for systemd's `$NOTIFY_SOCKET`. A
/// thread of its own receives the datagrams and stamps each with its arrival time.
final class FakeNotifySocket {
    struct Message: Sendable {
        var time: Date
        var text: String
        var lines: [String] { text.split(separator: "\n").map(String.init) }
    }

    let path: String
    private let receiver: Receiver

    init(path: String) throws {
        self.path = path
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket() failed: \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { close(fd); throw HarnessError("socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { close(fd); throw HarnessError("bind(\(path)) failed: \(errno)") }
        receiver = Receiver(fd: fd)
        Thread.detachNewThread { [receiver] in receiver.loop() }
    }

    /// Every datagram so far, in arrival order.
    var messages: [Message] { receiver.messages }

    deinit {
        receiver.stop()
        unlink(path)
    }

    /// The receiving thread's state.
    private final class Receiver: @unchecked Sendable {
        let fd: Int32
        private let lock = NSLock()
        private var received: [Message] = []
        private var stopped = false
        private let finished = DispatchSemaphore(value: 0)

        init(fd: Int32) { self.fd = fd }

        var messages: [Message] { lock.withLock { received } }

        func loop() {
            defer { finished.signal() }
            var buffer = [UInt8](repeating: 0, count: 65536)
            while !lock.withLock({ stopped }) {
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, 100) > 0 else { continue }
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                guard n >= 0 else { continue }
                let message = Message(time: Date(), text: String(decoding: buffer[0..<n], as: UTF8.self))
                lock.withLock { received.append(message) }
            }
        }

        /// Ends the thread and closes the socket.
        func stop() {
            lock.withLock { stopped = true }
            finished.wait()
            close(fd)
        }
    }
}
