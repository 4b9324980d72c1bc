import ClaimwatchCore
import Foundation

/// The matcher's `SentenceSimilarity` from all-MiniLM-L6-v2: the cosine of the two sentences'
/// embeddings, each embedding kept (up to `capacity` sentences) so that a stored claim compared
/// again costs nothing. Loaded from a folder, the model's weights are read at the first
/// comparison: a daemon that raises no repeat never holds them.
public final class EmbeddingSimilarity: SentenceSimilarity, @unchecked Sendable {
    let load: @Sendable () throws -> SentenceEncoder
    let capacity: Int
    // Guarded by `lock`: the encoder once loaded, and the embeddings computed, by sentence.
    private var loaded: SentenceEncoder?
    private var cache: [String: [Float]] = [:]
    private let lock = NSLock()

    public init(encoder: SentenceEncoder, capacity: Int = 20_000) {
        self.load = { encoder }
        self.loaded = encoder
        self.capacity = capacity
    }

    /// The model of `directory` (`model.safetensors`, `vocab.txt`): its vocabulary and the
    /// tensors' header are checked now, the weights read at the first comparison.
    public init(directory: String, capacity: Int = 20_000) throws {
        let url = URL(fileURLWithPath: directory)
        try SentenceEncoder.check(directory: url)
        self.load = { try SentenceEncoder(directory: url) }
        self.capacity = capacity
    }

    var encoder: SentenceEncoder {
        lock.withLock {
            if let loaded { return loaded }
            // Checked at init; a model changed on disk since is a broken installation.
            let encoder = try! load()
            loaded = encoder
            return encoder
        }
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
