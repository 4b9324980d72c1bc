import CStemmer
import Foundation

/// Snowball English stemming (libstemmer). The only owner of the C stemmer.
///
/// An `sb_stemmer` must not be used from two threads at once, so calls are serialised by a lock.
public final class Stemmer: @unchecked Sendable {
    /// One process-wide instance: libstemmer allocates per stemmer, and stemming is fast.
    public static let english = Stemmer()

    private let lock = NSLock()
    private let stemmer: OpaquePointer

    private init() {
        guard let stemmer = sb_stemmer_new("english", "UTF_8") else {
            fatalError("libstemmer has no English UTF-8 stemmer; reinstall libstemmer0d")
        }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of a lower-case word ("burning" → "burn", "soldiers" → "soldier").
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { buffer -> String in
            guard let base = buffer.baseAddress else { return "" }
            lock.lock()
            defer { lock.unlock() }
            guard let result = sb_stemmer_stem(stemmer, base, Int32(buffer.count)) else { return String(decoding: buffer, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
