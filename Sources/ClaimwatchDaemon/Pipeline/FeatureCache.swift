import ClaimwatchCore
import ClaimwatchStore
import Synchronization

/// The matcher's features of stored claims, kept between articles: the same candidates come back
/// for every article of a story, and a stored claim never changes. Bounded: when full, it is
/// emptied and refills with the claims in use.
final class FeatureCache: Sendable {
    private let entries = Mutex<[Int64: ClaimFeatures]>([:])
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    func features(of candidate: StoredClaim) -> ClaimFeatures {
        if let cached = entries.withLock({ $0[candidate.id] }) { return cached }
        let features = candidate.features
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[candidate.id] = features
        }
        return features
    }
}
