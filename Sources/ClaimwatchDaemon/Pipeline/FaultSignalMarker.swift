import ClaimwatchSystem
import Foundation
import Synchronization

/// Tells a stop the file in hand caused from one it did not: on a fault signal (a crash: SIGSEGV,
/// SIGBUS, SIGILL, SIGTRAP, SIGFPE; or SIGABRT, which the systemd watchdog sends to a hung
/// daemon) a handler writes one byte to `DATABASE-inhand.fault`, then hands the signal on to the
/// handler that was there before (Swift's backtracer) or to the default action. A `kill -9` from
/// an operator or a test leaves no mark, so it never counts against the file in hand.
///
/// The handler only calls pwrite(2), through `Posix.pwriteSignalSafe` (no allocation, no Swift
/// error), which is async-signal-safe; then sigaction(2) and raise(3) to hand the signal on.
enum FaultSignalMarker {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// Opens the marker and installs the handlers; once per process. Returns the marker's
    /// descriptor, or -1 when it cannot be opened (nothing is installed then).
    static func install(path: String) -> Int32 {
        installed.withLock { descriptor in
            if descriptor >= 0 { return descriptor }
            guard let opened = try? Posix.open(path, O_RDWR | O_CREAT | O_CLOEXEC, permissions: 0o640) else { return -1 }
            descriptor = opened
            markerDescriptor = descriptor
            for signal in signals {
                var action = sigaction()
                action.__sigaction_handler.sa_sigaction = { signal, info, context in
                    _ = Posix.pwriteSignalSafe(FaultSignalMarker.markerDescriptor, byte: UInt8(ascii: "F"), at: 0)
                    FaultSignalMarker.handOn(signal, info, context)
                }
                action.sa_flags = SA_SIGINFO | SA_ONSTACK
                sigemptyset(&action.sa_mask)
                var previous = sigaction()
                if sigaction(signal, &action, &previous) == 0 { previousActions[Int(signal)] = previous }
            }
            return descriptor
        }
    }

    /// Whether a fault signal came since the last `reset`.
    static func marked(_ descriptor: Int32) -> Bool {
        var mark: [UInt8] = [0]
        return (try? Posix.pread(descriptor, into: &mark, at: 0)) == 1 && mark[0] == UInt8(ascii: "F")
    }

    static func reset(_ descriptor: Int32) {
        try? Posix.ftruncate(descriptor, 0)
    }

    private static let installed = Mutex<Int32>(-1)
    private nonisolated(unsafe) static var markerDescriptor: Int32 = -1
    /// The handlers found before ours, by signal number: written before ours are installed, only
    /// read by them afterwards. A raw buffer, so that the handler neither retains nor allocates.
    private nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        actions.initialize(repeating: sigaction(), count: 65)
        return actions
    }()

    private static func handOn(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        var previous = previousActions[Int(signal)]
        if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
            handler(signal, info, context)
        } else if let handler = previous.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) != 1 /* SIG_IGN */ {
            handler(signal)
        } else {
            // SIG_DFL (nil): restore the default action and raise again, so the process ends as it would have.
            previous.__sigaction_handler.sa_handler = nil
            sigaction(signal, &previous, nil)
            raise(signal)
        }
    }
}
