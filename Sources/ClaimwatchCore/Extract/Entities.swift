/// People, organisations, places and groups a sentence names, found by heuristics: capitalised runs
/// classified by small gazetteers and suffix words, and nationality + "soldiers"/"troops"/"forces"
/// as groups. People get the fullest form of their name in the article as `canonical`.
enum Entities {
    /// Well-known people named by one word.
    static let knownPeople: Set<String> = ["putin", "trump", "biden", "zelensky", "zelenskyy", "macron", "scholz", "xi"]

    /// The kind of a name by the gazetteers and suffixes, or nil when they do not say.
    static func kind(of name: String) -> Entity.Kind? {
        let lower = name.lowercased()
        let last = lower.split(separator: " ").last.map(String.init) ?? lower
        if Lexicon.places.contains(lower) || Lexicon.placeSuffixes.contains(last) { return .place }
        if Lexicon.organisations.contains(lower) || Lexicon.organisationSuffixes.contains(last) || isDomain(lower) { return .organisation }
        if knownPeople.contains(last) { return .person }
        if lower.split(separator: " ").allSatisfy({ Lexicon.nationalities.contains(String($0)) }) { return .group }
        return nil
    }

    /// "knewz.com", "evocation.info".
    static func isDomain(_ lower: String) -> Bool {
        guard let dot = lower.lastIndex(of: "."), !lower.contains(" ") else { return false }
        let tld = lower[lower.index(after: dot)...]
        return tld.count >= 2 && tld.count <= 4 && tld.allSatisfy(\.isLetter) && lower.count > 4 && lower != "u.s"
    }

    /// The entities of one sentence, in order, each once.
    static func find(in st: SentenceTokens, names: NameIndex) -> [Entity] {
        var found: [Entity] = []
        var seen = Set<Entity>()  // not `found.contains`: a sentence can name thousands
        func add(_ text: String, _ canonical: String, _ kind: Entity.Kind) {
            let entity = Entity(text: text, canonical: canonical, kind: kind)
            if seen.insert(entity).inserted { found.append(entity) }
        }
        for run in st.runs {
            let end = run.range.upperBound
            // Nationality + group noun: "North Korean soldiers", "Russian forces".
            let allNational = st.tokens[run.range].allSatisfy { Lexicon.nationalities.contains($0.lower) }
            if allNational {
                if end + 1 < st.tokens.count, st.tokens[end].after.isEmpty, Lexicon.groupNouns.contains(st.tokens[end + 1].lower) {
                    let text = st.words(run.range.lowerBound, end + 1)
                    add(text, text, .group)
                } else if let place = placeName(st.words(run.range.lowerBound, end)) {
                    add(place, place, .place)
                }
                continue
            }
            guard run.name != nil else { continue }
            let text = run.nameText
            let known = kind(of: text)
            if let known, known != .person, known != .group {
                add(text, text, known)
            } else if let canonical = names.canonical(text) {
                add(text, canonical, .person)
            } else if known == .person || run.name!.count >= 2 && run.name!.count <= 3 {
                add(text, text, .person)
            }
        }
        return found
    }

    /// "North Korea" is a place although its words are nationalities.
    static func placeName(_ text: String) -> String? {
        Lexicon.places.contains(text.lowercased()) ? text : nil
    }
}
