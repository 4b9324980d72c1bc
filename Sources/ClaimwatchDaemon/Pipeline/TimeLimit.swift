import ClaimwatchCore

/// `watch.file_time_limit_seconds`: how long one article may take through extraction and matching.
/// The stages check the deadline inside their loops (see `Deadline`), so a slow article is stopped
/// at the next check and its file set aside; a stage that never returns is caught by the watchdog
/// instead (see `InHandRecord`).
struct TimeLimit: Sendable {
    /// Nil: no limit.
    var seconds: Double?
    /// Set on SIGTERM: every deadline started from this limit is then over.
    var stop: StopRequest?

    /// A deadline starting now.
    func start() -> Deadline {
        .starting(seconds: seconds, stop: stop)
    }
}
