import ClaimwatchCore
import Foundation

/// The matcher's `SentenceSimilarity` from all-MiniLM-L6-v2: the cosine of the two sentences'
/// embeddings, each embedding kept (up to `capacity` sentences) so that a stored claim compared
/// again costs nothing.
public final class EmbeddingSimilarity: SentenceSimilarity, @unchecked Sendable {
    let encoder: SentenceEncoder
    let capacity: Int
    // Guarded by `lock`: the embeddings computed, by sentence.
    private var cache: [String: [Float]] = [:]
    private let lock = NSLock()

    public init(encoder: SentenceEncoder, capacity: Int = 20_000) {
        self.encoder = encoder
        self.capacity = capacity
    }

    /// The model of `directory` (`model.safetensors`, `vocab.txt`).
    public convenience init(directory: String) throws {
        self.init(encoder: try SentenceEncoder(directory: URL(fileURLWithPath: directory)))
    }

    public func similarity(_ a: String, _ b: String) -> Double {
        SentenceEncoder.cosine(embedding(a), embedding(b))
    }

    func embedding(_ text: String) -> [Float] {
        if let known = lock.withLock({ cache[text] }) { return known }
        let computed = encoder.embed(text)
        lock.withLock {
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache[text] = computed
        }
        return computed
    }
}
