import Foundation

/// TEST-ONLY: named points in a batch's processing where the daemon can be stopped as if by
/// kill -9, so that the integration tests can prove a restart loses and doubles nothing.
///
/// Armed by the environment variable `CLAIMWATCH_FAULT_POINT=NAME[:pause|:abort|:throw|:sleep]`,
/// read once at start-up (`arm()`, from `ClaimwatchBuilder.makeDaemon`). At the named point the
/// daemon writes `fault point NAME reached` to stderr, then either SIGKILLs itself (`abort`, the
/// default) or sleeps until the test kills it (`pause`). Two actions act at `in-file` only, for
/// files whose name starts with `fault-`: `throw` throws an error that is not the storage's (as a
/// bug on one file's content would), and `sleep` waits 2 seconds, so that a test can change the
/// file after it was read. Unset, `reached(_:)` is a single nil check.
/// Never set it in production.
public enum FaultPoint: String, CaseIterable, Sendable {
    /// An article of a file about to be extracted and matched, the file written down as in hand
    /// (`InHandRecord`). With `pause`, a file that hangs the daemon.
    case inFile = "in-file"
    /// Every file of the batch recorded inside the transaction, which is not yet committed.
    case beforeCommit = "before-commit"
    /// The batch's transaction committed; nothing moved, no alert written.
    case afterCommit = "after-commit"
    /// About to move the first file of the batch (its outcome already logged).
    case beforeMove = "before-move"
    /// The first file linked into processed/ (or failed/), not yet unlinked from the drop folder.
    case midMove = "mid-move"
    /// Every file moved; the deliveries not yet marked as moved, no alert written.
    case afterMove = "after-move"
    /// The batch's alert lines written to alerts.jsonl but for the second half of the last one,
    /// as a kill -9 during `write()` leaves it.
    case midAlertAppend = "mid-alert-append"
    /// The batch's alerts appended to the first alert log (alerts.jsonl), not to the second.
    case betweenAlertLogs = "between-alert-logs"
    /// The batch's alerts appended to both alert logs: the batch is complete.
    case afterAlertAppend = "after-alert-append"

    public enum Action: String, Sendable { case abort, pause, `throw`, sleep }

    /// What the `throw` action throws.
    struct Injected: Error, CustomStringConvertible {
        var description: String { "fault point in-file:throw (test only)" }
    }

    /// The armed point and what to do there; nil (always, outside the tests) disarms every point.
    nonisolated(unsafe) private static var armed: (point: FaultPoint, action: Action)?

    /// Reads `CLAIMWATCH_FAULT_POINT`. Call once, before any processing. Returns the armed point,
    /// and throws on a value it does not understand (so that a misspelt test fails loudly).
    @discardableResult
    public static func arm(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (point: FaultPoint, action: Action)? {
        guard let value = environment["CLAIMWATCH_FAULT_POINT"], !value.isEmpty else { return nil }
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard let point = FaultPoint(rawValue: parts[0]), let action = parts.count == 2 ? Action(rawValue: parts[1]) : .abort else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigError(message: "CLAIMWATCH_FAULT_POINT=\(value): expected NAME[:pause|:abort|:throw|:sleep] with NAME one of \(names)")
        }
        armed = (point, action)
        return armed
    }

    /// Called at each point: does nothing unless this point is armed.
    @inline(__always)
    static func reached(_ point: FaultPoint) {
        guard let armed, armed.point == point, armed.action == .abort || armed.action == .pause else { return }
        fire(armed.action, at: point)
    }

    /// At `in-file`, for the `throw` and `sleep` actions: acts on files named `fault-*` only.
    @inline(__always)
    static func reached(_ point: FaultPoint, file name: String) throws {
        guard let armed, armed.point == point else { return }
        switch armed.action {
        case .abort, .pause: fire(armed.action, at: point)
        case .throw, .sleep:
            guard name.split(separator: "/").last?.hasPrefix("fault-") == true else { return }
            let line = Array("fault point \(point.rawValue) reached (\(armed.action.rawValue)) for \(name)\n".utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if armed.action == .throw { throw Injected() }
            Thread.sleep(forTimeInterval: 2)
        }
    }

    /// Whether this point is armed, for a point that must prepare its damage before `reached(_:)`.
    @inline(__always)
    static func isArmed(_ point: FaultPoint) -> Bool {
        armed?.point == point
    }

    private static func fire(_ action: Action, at point: FaultPoint) -> Never {
        let line = Array("fault point \(point.rawValue) reached (\(action.rawValue))\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        if action == .abort { kill(getpid(), SIGKILL) }
        while true { sleep(3600) }
    }
}
