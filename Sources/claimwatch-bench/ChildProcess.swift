import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A command started with posix_spawn, its output sent to files, and its peak RSS read while it runs.
struct ChildProcess {
    let pid: pid_t
    let started: ContinuousClock.Instant

    /// How a child ended: its exit status, wall time, and peak resident set size.
    struct Ending {
        var status: Int32
        var seconds: Double
        var peakRSSMiB: Double
        var succeeded: Bool { status == 0 }
    }

    /// Starts `executable` with `arguments`; standard output and error go to the files given (or /dev/null).
    init(_ executable: String, _ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        started = .now
        let result = posix_spawn(&child, executable, &actions, nil, argv, environ)
        guard result == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(result)))") }
        pid = child
    }

    /// Runs a command to its end.
    static func run(_ executable: String, _ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> Ending {
        try ChildProcess(executable, arguments, stdout: stdout, stderr: stderr).wait()
    }

    func signal(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the child to end, reading its peak RSS (VmHWM) every 20 ms meanwhile. wait4's
    /// `ru_maxrss` cannot be used: it counts the parent's own size at the spawn, and the bench
    /// holds a whole store in memory after building one.
    func wait() -> Ending {
        var status: Int32 = 0
        var peakKiB = 0
        while true {
            peakKiB = max(peakKiB, Self.highWaterMarkKiB(of: pid))
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result < 0 && errno != EINTR) { break }
            usleep(20_000)
        }
        let exited = status & 0x7f == 0
        return Ending(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            seconds: started.secondsUntilNow,
            peakRSSMiB: Double(peakKiB) / 1024)
    }

    /// VmHWM from /proc/PID/status, in KiB; 0 once the process is gone.
    static func highWaterMarkKiB(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension ContinuousClock.Instant {
    var secondsUntilNow: Double { (ContinuousClock.now - self).seconds }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// What an ingest measures, the peer's as claimwatch's: per-second rates derive from the counts.
protocol IngestFigures {
    var articles: Int { get }
    var claims: Int { get }
    var seconds: Double { get }
}

extension IngestFigures {
    var articlesPerSecond: Double { Double(articles) / seconds }
    var claimsPerSecond: Double { Double(claims) / seconds }
}
