import ClaimwatchCore
import Foundation
import GRDB

/// Step 2 of `WeightedSearch`: scores claims on every term of the search, from their stored stems
/// (and their numbers, read from the text only when the search has numbers the text may hold).
struct ShortlistScorer {
    /// The search's word stems, as bytes, with their weights: a claim's stems are compared where
    /// they lie in the row, without a string or a hash per stem.
    let wordWeights: [(stem: [UInt8], weight: Double)]
    let numberWeights: [String: Double]
    /// The digits each number of the search starts with: a text without any of them shares no number.
    let numberStarts: Set<[UInt8]>
    let weighting: TermWeighting
    let averageStems: Double

    init(terms: [WeightedSearch.WeighedTerm], weighting: TermWeighting, averageStems: Double) {
        let words = terms.filter { $0.term.kind != .number }
        let numbers = terms.filter { $0.term.kind == .number }
        wordWeights = Dictionary(words.map { ($0.term.key, $0.weight) }, uniquingKeysWith: max).map { (Array($0.key.utf8), $0.value) }
        numberWeights = Dictionary(numbers.map { ($0.term.key, $0.weight) }, uniquingKeysWith: max)
        numberStarts = Set(numbers.map { Array($0.term.word.prefix { $0.isNumber }.utf8) })
        self.weighting = weighting
        self.averageStems = averageStems
    }

    /// The claims among `ids` that share a term with the search, with their scores, optionally
    /// leaving out an outlet's claims and those first seen before `since`.
    func score(
        _ ids: some Collection<Int64>, in db: Database, excludingOutlet excludedOutlet: String?, since: String?
    ) throws -> [(id: Int64, score: Double)] {
        var sql = "SELECT id, stems\(numberWeights.isEmpty ? "" : ", text") FROM claims WHERE id IN (SELECT value FROM json_each(?))"
        var arguments: StatementArguments = [WeightedSearch.jsonArray(ids)]
        if let excludedOutlet { sql += " AND outlet != ?"; arguments += [excludedOutlet] }
        if let since { sql += " AND created_at >= ?"; arguments += [since] }
        var scored: [(id: Int64, score: Double)] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            var (weight, count) = try row.withUnsafeData(atIndex: 1) { data in
                data.map { $0.withUnsafeBytes { wordWeight(ofStems: $0.bindMemory(to: UInt8.self)) } } ?? (0, 0)
            }
            if !numberWeights.isEmpty {
                let mayShare = try row.withUnsafeData(atIndex: 2) { data in
                    data?.withUnsafeBytes { raw in numberStarts.contains { Self.bytes(raw.bindMemory(to: UInt8.self), contain: $0) } } ?? false
                }
                if mayShare {
                    // Read where the text lies when it is ASCII; as a String otherwise.
                    let ascii = try row.withUnsafeData(atIndex: 2) { data in
                        data?.withUnsafeBytes { Words.numberKeys(utf8: $0.bindMemory(to: UInt8.self)) }
                    }
                    if let keys = ascii ?? (row[2] as String?).map(Words.numberKeys) {
                        for key in keys { weight += numberWeights[key] ?? 0 }
                    }
                }
            }
            guard weight > 0 else { continue }
            scored.append((row[0], weight * weighting.lengthFactor(stems: count, averageStems: averageStems)))
        }
        return scored
    }

    /// The summed weights of the search's stems found among space-separated `stems`, and how many
    /// stems there are.
    func wordWeight(ofStems stems: UnsafeBufferPointer<UInt8>) -> (weight: Double, count: Int) {
        var weight = 0.0
        var count = 0
        var start = 0
        let space = UInt8(ascii: " ")
        for end in 0...stems.count where end == stems.count || stems[end] == space {
            defer { start = end + 1 }
            guard end > start else { continue }
            count += 1
            let stem = UnsafeBufferPointer(rebasing: stems[start..<end])
            for word in wordWeights where word.stem.count == stem.count && word.stem.elementsEqual(stem) {
                weight += word.weight
                break
            }
        }
        return (weight, count)
    }

    /// `score` reading the claims through `cache`: those not kept yet are read (whatever their
    /// outlet and time) and kept, then every claim is filtered and scored as the query would.
    func score(
        _ ids: some Collection<Int64>, in db: Database, cache: ShortlistCache, excludingOutlet excludedOutlet: String?, since: String?
    ) throws -> [(id: Int64, score: Double)] {
        var missing: [Int64] = []
        cache.state.withLock { state in
            for id in ids where state.entries[id] == nil { missing.append(id) }
        }
        if !missing.isEmpty {
            var loaded: [(Int64, stems: [UInt8], outlet: [UInt8], createdAt: [UInt8], numbers: [String], text: [UInt8])] = []
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT id, stems, text, outlet, created_at FROM claims WHERE id IN (SELECT value FROM json_each(?))"),
                arguments: [WeightedSearch.jsonArray(missing)])
            while let row = try rows.next() {
                let bytes = { (index: Int) throws -> [UInt8] in
                    try row.withUnsafeData(atIndex: index) { data in data.map { [UInt8]($0) } ?? [] }
                }
                let text = try bytes(2)
                let numbers = Words.numberKeys(String(decoding: text, as: UTF8.self))
                loaded.append((row[0], try bytes(1), try bytes(3), try bytes(4), numbers, numbers.isEmpty ? [] : text))
            }
            cache.state.withLock { state in
                if state.entries.count + loaded.count > cache.capacity { state = ShortlistCache.State() }
                for claim in loaded {
                    state.entries[claim.0] = ShortlistCache.Entry(
                        stems: claim.stems, outlet: state.index(of: claim.outlet), createdAt: state.index(of: claim.createdAt),
                        numbers: claim.numbers, text: claim.text)
                }
            }
        }
        return cache.state.withLock { state in
            let excluded = excludedOutlet.map { state.indexes[Array($0.utf8)] ?? -1 }
            let since = since.map { Array($0.utf8) }
            var scored: [(id: Int64, score: Double)] = []
            for id in ids {
                guard let entry = state.entries[id] else { continue }
                if let excluded, entry.outlet == excluded { continue }
                if let since, state.strings[Int(entry.createdAt)].lexicographicallyPrecedes(since) { continue }
                var (weight, count) = entry.stems.withUnsafeBufferPointer { wordWeight(ofStems: $0) }
                if !numberWeights.isEmpty, !entry.numbers.isEmpty {
                    let mayShare = entry.text.withUnsafeBufferPointer { text in numberStarts.contains { Self.bytes(text, contain: $0) } }
                    if mayShare {
                        for key in entry.numbers { weight += numberWeights[key] ?? 0 }
                    }
                }
                guard weight > 0 else { continue }
                scored.append((id, weight * weighting.lengthFactor(stems: count, averageStems: averageStems)))
            }
            return scored
        }
    }

    /// Whether `needle` occurs in `bytes` (an empty needle occurs everywhere).
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, contain needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
