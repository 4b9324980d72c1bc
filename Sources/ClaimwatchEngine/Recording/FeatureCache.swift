import ClaimwatchCore
import Synchronization

/// Stored claims and the matcher's features of them, kept between articles: the same candidates
/// come back for every claim of an article and every article of a story, and a stored claim never
/// changes once committed. Bounded: when full, it is emptied and refills with the claims in use.
///
/// A claim recorded in a transaction that is then rolled back can leave its id to another claim,
/// so every rollback must call `removeAll()`.
final class FeatureCache: Sendable {
    struct Entry: Sendable {
        var stored: StoredClaim
        var features: ClaimFeatures
    }

    private let entries = Mutex<[Int64: Entry]>([:])
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The entries for `ids`, in their order, reading the claims not kept yet with `load`.
    func entries(for ids: [Int64], load: ([Int64]) throws -> [Int64: StoredClaim]) rethrows -> [Entry] {
        let known = entries.withLock { entries in ids.compactMap { entries[$0] } }
        var byID = Dictionary(uniqueKeysWithValues: known.map { ($0.stored.id, $0) })
        let missing = ids.filter { byID[$0] == nil }
        if !missing.isEmpty {
            let loaded = try load(missing).mapValues { Entry(stored: $0, features: $0.features) }
            entries.withLock { entries in
                if entries.count + loaded.count > capacity { entries.removeAll(keepingCapacity: true) }
                entries.merge(loaded) { $1 }
            }
            byID.merge(loaded) { $1 }
        }
        return ids.compactMap { byID[$0] }
    }

    /// Keeps a claim just recorded, as `entries(for:load:)` would read it back.
    func insert(_ entry: Entry) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[entry.stored.id] = entry
        }
    }

    func removeAll() {
        entries.withLock { $0.removeAll(keepingCapacity: true) }
    }
}
