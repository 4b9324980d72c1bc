import ClaimwatchWatch
import Synchronization

/// Events handed from the watcher's stream to the processing loop, which sleeps here when idle and
/// is woken by the next event, by `wake()` (shutdown), or when its time is up.
final class EventInbox: Sendable {
    private struct State {
        var events: [WatchEvent] = []
        var waiter: CheckedContinuation<Void, Never>?

        /// The waiting continuation, removed so that it is resumed exactly once.
        mutating func takeWaiter() -> CheckedContinuation<Void, Never>? {
            defer { waiter = nil }
            return waiter
        }
    }

    private let state = Mutex(State())

    func put(_ event: WatchEvent) {
        let waiter = state.withLock { state in
            state.events.append(event)
            return state.takeWaiter()
        }
        waiter?.resume()
    }

    func takeAll() -> [WatchEvent] {
        state.withLock { state in
            defer { state.events = [] }
            return state.events
        }
    }

    /// Returns when an event is waiting, `wake()` is called, or `duration` has passed.
    func wait(atMost duration: Duration) async {
        let timer = Task { [self] in
            try? await Task.sleep(for: duration)
            wake()
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { state in
                if !state.events.isEmpty { return true }
                state.waiter = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
        timer.cancel()
    }

    /// Ends the current wait, if any.
    func wake() {
        state.withLock { $0.takeWaiter() }?.resume()
    }
}
