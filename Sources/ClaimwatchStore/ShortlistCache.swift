import ClaimwatchCore
import Synchronization

/// What `ShortlistScorer` reads of stored claims, kept between searches by a caller that searches
/// again and again (the daemon): the same claims are shortlisted for every claim of a story, and a
/// stored claim never changes once committed. Claims not kept are read from the database as before.
/// Bounded: when full, it is emptied and refills with the claims in use.
///
/// A claim recorded in a transaction that is then rolled back can leave its id to another claim,
/// so every rollback must call `removeAll()`.
public final class ShortlistCache: Sendable {
    struct Entry: Sendable {
        /// The `stems` column's bytes.
        var stems: [UInt8]
        /// Indexes into `State.strings`: the outlet and the first-seen time.
        var outlet: Int32
        var createdAt: Int32
        /// `Words.numberKeys` of the text, in its order; with the text's bytes, only when there are some.
        var numbers: [String]
        var text: [UInt8]
    }

    struct State {
        var entries: [Int64: Entry] = [:]
        /// Outlets and times, each kept once, as bytes (compared as SQLite compares TEXT: by bytes).
        var strings: [[UInt8]] = []
        var indexes: [[UInt8]: Int32] = [:]

        mutating func index(of string: [UInt8]) -> Int32 {
            if let index = indexes[string] { return index }
            strings.append(string)
            indexes[string] = Int32(strings.count - 1)
            return Int32(strings.count - 1)
        }
    }

    let state = Mutex(State())
    public let capacity: Int

    public init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    public func removeAll() {
        state.withLock { $0 = State() }
    }

    var count: Int { state.withLock { $0.entries.count } }
}
