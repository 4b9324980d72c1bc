/// How much of two propositions' content is the same, by weighted word alignment: each word of one
/// finds its best partner in the other (the same stem 1, a synonym 0.9, an antonym 1 but noted),
/// and each side's coverage is the weighted share of its words that found one.
struct Similarity: Sendable {
    /// Harmonic mean of both coverages, 0...1.
    var score: Double
    /// The share of the lighter side's weight found in the other side: 1 for a partial quote.
    var containment: Double
    /// Words matched exactly, in the new claim's order.
    var shared: [String]
    /// Synonyms that matched: (new word, existing word).
    var synonyms: [(String, String)]
    /// Opposites that matched: (new word, existing word).
    var opposites: [(String, String)]
    var newCount: Int
    var existingCount: Int
    /// The same alignment over ordinary words only, names left out: what is said, not who or where.
    var wordScore: Double
    /// `containment` over ordinary words only: a partial quote contains what is said, not only the names.
    var wordContainment: Double
    /// Names (not speakers) of each side that found no partner: when both sides have some, the
    /// claims name different people, places or organisations.
    var unmatchedNames: (new: [String], existing: [String])
    /// Stems of the existing claim that found a partner.
    var matchedExisting: Set<String>
    /// Stems of the new claim that found a partner.
    var matchedNew: Set<String>

    static let synonymCredit = 0.9

    init(_ a: [MatchTerm], _ b: [MatchTerm]) {
        // A speaker counts only against another speaker: an unattributed claim can repeat an
        // attributed one.
        let speakers = a.contains { $0.kind == .speaker } && b.contains { $0.kind == .speaker }
        let a = speakers ? a : a.filter { $0.kind != .speaker }, b = speakers ? b : b.filter { $0.kind != .speaker }
        var shared: [String] = [], synonyms: [(String, String)] = [], opposites: [(String, String)] = []
        var creditA = [Double](repeating: 0, count: a.count)
        for (i, x) in a.enumerated() {
            guard let (partner, credit, kind) = Self.bestPartner(x, in: b) else { continue }
            creditA[i] = credit
            switch kind {
            case .same: shared.append(x.word)
            case .synonym: synonyms.append((x.word, b[partner].word))
            case .opposite: opposites.append((x.word, b[partner].word))
            }
        }
        let creditB = b.map { Self.bestPartner($0, in: a)?.credit ?? 0 }
        let coverageA = Self.coverage(a, creditA), coverageB = Self.coverage(b, creditB)
        score = Self.harmonic(coverageA, coverageB)
        containment = a.reduce(0) { $0 + $1.weight } <= b.reduce(0) { $0 + $1.weight } ? coverageA : coverageB
        let wordsA = a.indices.filter { a[$0].kind == .word }, wordsB = b.indices.filter { b[$0].kind == .word }
        let wordCoverageA = Self.coverage(wordsA.map { a[$0] }, wordsA.map { creditA[$0] })
        let wordCoverageB = Self.coverage(wordsB.map { b[$0] }, wordsB.map { creditB[$0] })
        wordScore = Self.harmonic(wordCoverageA, wordCoverageB)
        wordContainment = a.reduce(0) { $0 + $1.weight } <= b.reduce(0) { $0 + $1.weight } ? wordCoverageA : wordCoverageB
        unmatchedNames = (
            a.indices.filter { a[$0].kind == .name && creditA[$0] == 0 }.map { a[$0].word },
            b.indices.filter { b[$0].kind == .name && creditB[$0] == 0 }.map { b[$0].word }
        )
        matchedNew = Set(a.indices.filter { creditA[$0] > 0 }.map { a[$0].stem })
        matchedExisting = Set(b.indices.filter { creditB[$0] > 0 }.map { b[$0].stem })
        self.shared = shared
        self.synonyms = synonyms
        self.opposites = opposites
        newCount = a.count
        existingCount = b.count
    }

    enum Link { case same, synonym, opposite }

    /// The term of `terms` that best matches `x`: the same stem, else a synonym, else an opposite.
    static func bestPartner(_ x: MatchTerm, in terms: [MatchTerm]) -> (index: Int, credit: Double, link: Link)? {
        let vocabulary = MatchVocabulary.shared
        // `x`'s synonym groups and antonyms are looked up once, not once per term: most words have
        // neither, and then only the stems are compared (`MatchVocabulary.synonyms`, `opposite`).
        let groups = vocabulary.groups[x.stem], antonyms = vocabulary.antonyms[x.stem]
        var found: (index: Int, credit: Double, link: Link)?
        for (j, y) in terms.enumerated() {
            if x.stem == y.stem { return (j, 1, .same) }
            if found?.link != .synonym, let groups, let other = vocabulary.groups[y.stem], groups.contains(where: other.contains) {
                found = (j, synonymCredit, .synonym)
            } else if found == nil, let antonyms, antonyms.contains(y.stem) {
                found = (j, 1, .opposite)
            }
        }
        return found
    }

    /// The weighted share of `terms` credited.
    static func coverage(_ terms: [MatchTerm], _ credit: [Double]) -> Double {
        let weight = terms.reduce(0) { $0 + $1.weight }
        guard weight > 0 else { return 0 }
        return zip(terms, credit).reduce(0) { $0 + $1.0.weight * $1.1 } / weight
    }

    static func harmonic(_ x: Double, _ y: Double) -> Double {
        x + y > 0 ? 2 * x * y / (x + y) : 0
    }
}
