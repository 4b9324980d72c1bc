import Foundation

/// `watch.file_time_limit_seconds`: how long one article may take through extraction and matching.
/// Checked between stages and between claims, so a slow article is stopped at the next check and
/// its file set aside; a stage that never returns is caught by the watchdog instead (see
/// `InHandRecord`).
struct TimeLimit: Sendable {
    /// Nil: no limit.
    var seconds: Double?

    /// A deadline starting now.
    func start() -> Deadline {
        Deadline(seconds: seconds, end: seconds.map { ContinuousClock.now + .milliseconds(Int($0 * 1000)) })
    }
}

/// The end of one article's time.
struct Deadline: Sendable {
    var seconds: Double?
    var end: ContinuousClock.Instant?

    static let none = Deadline(seconds: nil, end: nil)

    func check() throws(TimeLimitExceeded) {
        guard let end, let seconds, ContinuousClock.now >= end else { return }
        throw TimeLimitExceeded(seconds: seconds)
    }
}

struct TimeLimitExceeded: Error, CustomStringConvertible {
    var seconds: Double

    var description: String {
        let limit = seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
        return "too-slow: extraction and matching took over \(limit) s (watch.file_time_limit_seconds); nothing of it was recorded. Split the file or raise the limit, then drop it again"
    }
}
