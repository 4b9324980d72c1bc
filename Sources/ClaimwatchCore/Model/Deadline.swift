import Synchronization

/// The end of one article's time, and the daemon's request to stop. Stages that can run long on
/// hostile input (sentence splitting, name finding, claim extraction, matching) call `check()`
/// inside their loops, so that neither a slow article nor SIGTERM waits for them to finish.
public struct Deadline: Sendable {
    /// The limit in seconds, for the message; nil: no limit.
    public var seconds: Double?
    public var end: ContinuousClock.Instant?
    /// Set by the daemon on SIGTERM; nil when nothing can ask to stop (`claimwatch extract`).
    public var stop: StopRequest?

    public static let none = Deadline(seconds: nil, end: nil)

    public init(seconds: Double?, end: ContinuousClock.Instant?, stop: StopRequest? = nil) {
        self.seconds = seconds
        self.end = end
        self.stop = stop
    }

    /// A deadline `seconds` from now (nil: none).
    public static func starting(seconds: Double?, stop: StopRequest? = nil) -> Deadline {
        Deadline(seconds: seconds, end: seconds.map { ContinuousClock.now + .milliseconds(Int($0 * 1000)) }, stop: stop)
    }

    /// Throws once the time is up or a stop was requested.
    public func check() throws(DeadlineExceeded) {
        if let stop, stop.isRequested { throw DeadlineExceeded(reason: .stopping) }
        guard let end, let seconds, ContinuousClock.now >= end else { return }
        throw DeadlineExceeded(reason: .timeLimit(seconds: seconds))
    }
}

/// A flag one thread sets (the SIGTERM handler's task) and the processing thread reads.
public final class StopRequest: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isRequested: Bool { flag.load(ordering: .relaxed) }

    public func request() { flag.store(true, ordering: .relaxed) }
}

/// Why work on an article was cut off.
public struct DeadlineExceeded: Error, CustomStringConvertible, Sendable {
    public enum Reason: Sendable, Equatable {
        /// `watch.file_time_limit_seconds` passed: the file fails.
        case timeLimit(seconds: Double)
        /// The daemon is stopping: the file is rolled back and processed again at the next start.
        case stopping
    }

    public var reason: Reason

    public init(reason: Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .stopping:
            return "stopping: the daemon was asked to stop; the file stays in the drop folder and is processed at the next start"
        case .timeLimit(let seconds):
            let limit = seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
            return
                "too-slow: extraction and matching took over \(limit) s (watch.file_time_limit_seconds); nothing of it was recorded. Split the file or raise the limit, then drop it again"
        }
    }
}
