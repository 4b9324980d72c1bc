import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A command started with posix_spawn, so that its end can be waited for with wait4: Foundation's
/// Process does not give the child's resource usage, and peak RSS is one of the figures.
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

    /// Waits for the child to end.
    func wait() -> Ending {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let exited = status & 0x7f == 0
        return Ending(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            seconds: started.secondsUntilNow,
            peakRSSMiB: Double(usage.ru_maxrss) / 1024)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension ContinuousClock.Instant {
    var secondsUntilNow: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
