/// Reads a proposition into weighted content terms and its negation.
enum PropositionReader {
    /// Words nearly every news sentence has; they tie two claims together less than others.
    static let lightWords: Set<String> = [
        "also", "new", "people", "year", "years", "time", "day", "week", "last", "next", "like", "well", "many", "much",
        "made", "make", "get", "got", "going", "take", "told", "tell", "added", "want", "way", "part", "use", "used",
        "really", "think", "know", "see", "come", "go", "back", "even", "first", "two", "three", "number",
        "region", "area", "province", "district", "country", "city", "parts", "taken", "held", "put", "around",
    ]
    /// Words that name a day or month: the dates conflict check compares them, not the words.
    static let dateWords: Set<String> = Set(Lexicon.weekdays.keys).union(Lexicon.months.keys).subtracting(["may"]).union([
        "today", "yesterday", "tomorrow", "tonight", "weekend", "morning", "evening", "night", "afternoon",
    ])
    /// Words that qualify a number ("at least 30"): the number's qualifier says it.
    static let qualifierWords: Set<String> = [
        "least", "than", "around", "nearly", "almost", "roughly", "approximately", "fewer", "less", "some", "over", "under", "up",
    ]
    static let negators: Set<String> = [
        "not", "never", "no", "nobody", "neither", "nor", "cannot", "none", "nothing",
        // Contractions written without their apostrophe.
        "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "arent", "werent", "hasnt", "havent", "couldnt", "wouldnt", "shouldnt",
    ]
    static let auxiliaries: Set<String> = [
        "be", "been", "being", "have", "has", "had", "a", "an", "the", "any", "to", "yet", "ever", "also", "only", "really", "even",
        "been", "get", "got", "do", "does", "did",
    ]
    /// Verbs that negate the verb after "to": "refused to concede", "failed to pass".
    static let negatingVerbs: Set<String> = [
        "refused", "refuses", "refuse", "refusing", "declined", "declines", "declining", "failed", "fails", "failing",
        "refusal", "failure",
    ]

    static func read(_ text: String) -> (terms: [MatchTerm], negated: Bool, negatedStems: Set<String>) {
        let words = Words.split(text)
        var terms: [MatchTerm] = []
        var seen = Set<String>()
        var negationCount = 0
        var skipNext = false
        var negatedStems = Set<String>()
        // The negated word: the first word after the negation that is not an auxiliary or an
        // article ("did not participate", "has not been contained"); nil once a function word
        // takes that place ("no further").
        var negatedAt: Int?
        for (i, word) in words.enumerated() {
            if skipNext { skipNext = false; continue }
            let lower = word.lower
            // "no one" is "nobody": its "one" is not what is negated.
            if lower == "one", i > 0, words[i - 1].lower == "no" { continue }
            let negator = isNegator(lower) || negatingVerbs.contains(lower) && i + 1 < words.count && words[i + 1].lower == "to"
            if negator {
                // "not allowed" says "forbidden": read it so, and count no negation.
                if i + 1 < words.count, let meaning = MatchVocabulary.shared.negatedMeaning[words[i + 1].lower] {
                    if seen.insert(meaning).inserted {
                        terms.append(MatchTerm(stem: meaning, word: "not " + words[i + 1].lower, kind: .word, weight: 1))
                    }
                    skipNext = true
                } else if !(lower == "not" && i + 1 < words.count && words[i + 1].lower == "only") {
                    negationCount += 1
                    negatedAt = (i + 1..<min(words.count, i + 4)).first {
                        !auxiliaries.contains(words[$0].lower) && !(words[$0].lower.hasSuffix("ly") && words[$0].lower.count > 4)
                    }
                }
                continue
            }
            guard !word.isNumber, lower.count > 1, !Stopwords.english.contains(lower), !dateWords.contains(lower), !qualifierWords.contains(lower)
            else { continue }
            let name = word.capitalised && (i > 0 || Entities.kind(of: word.text) != nil)
            let stem = name ? NameKey.key(lower) : MatchVocabulary.stem(lower)
            if negatedAt == i { negatedStems.insert(stem) }
            guard seen.insert(stem).inserted else { continue }
            let weight = name ? 1.5 : lightWords.contains(lower) ? 0.5 : 1
            terms.append(MatchTerm(stem: stem, word: lower, kind: name ? .name : .word, weight: weight, capitalised: word.capitalised))
        }
        return (terms, negationCount % 2 == 1, negatedStems)
    }

    static func isNegator(_ lower: String) -> Bool {
        negators.contains(lower) || lower.hasSuffix("n't")
    }
}
