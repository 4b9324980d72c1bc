import CSystemd
import Foundation

/// sd_notify: READY, STATUS, WATCHDOG and STOPPING. Does nothing outside systemd (no NOTIFY_SOCKET).
public struct SystemdNotifier: Sendable {
    /// Half the watchdog interval systemd asked for, or nil when the watchdog is off.
    public let watchdogInterval: Double?

    public init() {
        var usec: UInt64 = 0
        if sd_watchdog_enabled(0, &usec) > 0, usec > 0 {
            watchdogInterval = Double(usec) / 2_000_000
        } else {
            watchdogInterval = nil
        }
    }

    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }
    public func status(_ status: String) { send("STATUS=\(status)") }
    public func watchdog() { send("WATCHDOG=1") }
    public func stopping() { send("STOPPING=1\nSTATUS=stopping") }

    private func send(_ message: String) {
        _ = sd_notify(0, message)
    }
}
