/// The matcher's view of words: irregular forms read as their base, stems, synonym groups,
/// antonyms. Built once from the word lists in this folder.
struct MatchVocabulary: Sendable {
    static let shared = MatchVocabulary()

    /// Synonym group numbers per stem.
    let groups: [String: [Int]]
    /// The first word of each group, to name it in reasons.
    let groupNames: [String]
    /// Antonym stems per stem, both ways.
    let antonyms: [String: Set<String>]
    /// "not allowed" → stem of "forbid".
    let negatedMeaning: [String: String]

    init() {
        var groups: [String: [Int]] = [:]
        var names: [String] = []
        for (number, words) in SynonymGroups.groups.enumerated() {
            names.append(words[0])
            for stem in Set(words.map(Self.stem)) { groups[stem, default: []].append(number) }
        }
        var antonyms: [String: Set<String>] = [:]
        for (word, opposites) in Antonyms.pairs {
            let a = Self.stem(word)
            for opposite in opposites.map(Self.stem) {
                antonyms[a, default: []].insert(opposite)
                antonyms[opposite, default: []].insert(a)
            }
        }
        self.groups = groups
        self.groupNames = names
        self.antonyms = antonyms
        self.negatedMeaning = NegatedForms.meaning.mapValues(Self.stem)
    }

    /// The stem of a lower-case word, irregular forms first read as their base ("burnt" → "burn").
    static func stem(_ lower: String) -> String {
        Stemmer.english.stem(IrregularForms.base[lower] ?? lower)
    }

    func synonyms(_ a: String, _ b: String) -> Bool {
        guard let ga = groups[a], let gb = groups[b] else { return false }
        return ga.contains { gb.contains($0) }
    }

    func opposite(_ a: String, _ b: String) -> Bool {
        antonyms[a]?.contains(b) ?? false
    }
}
