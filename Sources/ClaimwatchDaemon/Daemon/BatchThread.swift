import Dispatch

/// Runs the batch's synchronous work (reading, extracting, the database transaction) on a thread
/// of its own, a serial Dispatch queue, so that it never holds one of the cooperative pool's
/// threads, of which there is one per core.
struct BatchThread: Sendable {
    private let queue = DispatchQueue(label: "claimwatch.batch")

    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
