import Foundation
import Testing

/// The systemd side: sd_notify over a fake `$NOTIFY_SOCKET`, and the shipped unit file.
@Suite(.serialized)
struct SystemdTests {
    @Test func notifiesReadyWatchdogStatusAndStopping() async throws {
        let directory = try TemporaryDirectory("cw-notify")
        let socket = try FakeNotifySocket(path: directory.file("notify.sock"))
        let daemon = try DaemonProcess()
        try await daemon.start(environment: ["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": "2000000"])

        // About three and a half seconds of messages, with a file dropped on the way.
        try await waitUntil(timeout: 10, "READY=1") { socket.messages.contains { $0.lines.contains("READY=1") } }
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 2, outlet: "outletA"), as: "outletA/t2.txt")
        try await Task.sleep(for: .milliseconds(3500))

        let messages = socket.messages
        let texts = messages.map(\.text)
        let ready = try #require(messages.firstIndex { $0.lines.contains("READY=1") }, "no READY=1 in \(texts)")
        let pings = messages.enumerated().filter { $0.element.lines.contains("WATCHDOG=1") }
        #expect(pings.count >= 2, "expected WATCHDOG=1 at least twice in 3.5 s: \(texts)")
        #expect(pings.allSatisfy { $0.offset > ready }, "WATCHDOG=1 before READY=1: \(texts)")
        // systemd kills a unit whose pings are further apart than WATCHDOG_USEC (2 s).
        let gaps = zip(pings.dropFirst(), pings).map { $0.element.time.timeIntervalSince($1.element.time) }
        #expect(gaps.allSatisfy { $0 < 2 }, "watchdog pings too far apart: \(gaps)")
        let statuses = messages.flatMap(\.lines).filter { $0.hasPrefix("STATUS=") }
        #expect(statuses.count >= 2, "expected STATUS= lines: \(texts)")
        #expect(statuses.contains { $0.contains("processed 1") }, "no STATUS= line counts the dropped file: \(statuses)")
        #expect(!messages.contains { $0.lines.contains("STOPPING=1") }, "STOPPING=1 before SIGTERM: \(texts)")

        daemon.signal(SIGTERM)
        try await waitUntil(timeout: 20, "STOPPING=1 after SIGTERM") { socket.messages.contains { $0.lines.contains("STOPPING=1") } }
        let status = try await daemon.waitForExit(timeout: 20)
        #expect(daemon.process?.terminationReason == .exit && status == 0)
    }

    /// The shipped unit with ExecStart pointing at the built binary.
    static func unitCopy(in directory: TemporaryDirectory) throws -> String {
        let original = Paths.repository.appendingPathComponent("systemd/claimwatch.service").path
        let text = try String(contentsOfFile: original, encoding: .utf8)
        let placeholder = "ExecStart=/usr/local/bin/claimwatch "
        guard text.contains(placeholder) else { throw HarnessError("\(original) has no '\(placeholder)' line to point at the built binary") }
        let copy = directory.file("claimwatch.service")
        try Data(text.replacingOccurrences(of: placeholder, with: "ExecStart=\(Paths.binary) ").utf8).write(to: URL(fileURLWithPath: copy))
        return copy
    }

    static func systemdAnalyze() throws -> String {
        guard let path = ProcessHelpers.which("systemd-analyze") else {
            throw HarnessError("systemd-analyze is not installed (apt-get install systemd); the unit file cannot be checked")
        }
        return path
    }

    @Test func unitFileVerifiesCleanly() throws {
        let tool = try Self.systemdAnalyze()
        let directory = try TemporaryDirectory("cw-unit")
        let unit = try Self.unitCopy(in: directory)
        let result = try ProcessHelpers.runTool(tool, ["verify", unit], environment: ["SYSTEMD_LOG_COLOR": "0"])
        #expect(result.status == 0, "systemd-analyze verify exited \(result.status):\n\(result.stderr)")
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "systemd-analyze verify complained:\n\(result.stderr)")
    }

    @Test func unitFileExposureIsAtMostThree() throws {
        let tool = try Self.systemdAnalyze()
        let directory = try TemporaryDirectory("cw-unit")
        let unit = try Self.unitCopy(in: directory)
        let result = try ProcessHelpers.runTool(tool, ["security", "--offline=true", "--no-pager", unit], environment: ["SYSTEMD_COLORS": "0"])
        #expect(result.status == 0, "systemd-analyze security exited \(result.status):\n\(result.stderr)")
        let output = result.stdout + result.stderr
        guard let range = output.range(of: #"Overall exposure level for [^:]+: [0-9]+(\.[0-9]+)?"#, options: .regularExpression) else {
            Issue.record("no 'Overall exposure level' in:\n\(output)")
            return
        }
        let number = try #require(Double(output[range].split(separator: " ").last!), "cannot parse \(output[range])")
        #expect(number <= 3.0, "exposure level \(number) is above 3.0:\n\(output)")
    }
}
