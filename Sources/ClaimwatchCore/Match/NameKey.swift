/// Names as one key across spellings: "Zelensky", "Zelenskyy", "Zelenskiy" and "Zelenskii" are
/// one person; outlets transliterate differently.
enum NameKey {
    /// The key of one lower-case name word.
    static func key(_ lower: String) -> String {
        var word = lower
        for (ending, replacement) in [("yy", "y"), ("iy", "y"), ("ii", "y"), ("yi", "y")] where word.hasSuffix(ending) && word.count > 4 {
            word = String(word.dropLast(ending.count)) + replacement
            break
        }
        return word
    }

    /// The key of a speaker: their last name ("Volodymyr Zelenskyy" → "zelensky").
    static func speaker(_ name: String) -> String {
        let words = name.lowercased().split(separator: " ").map(String.init).filter { !suffixes.contains($0) }
        return key(words.last ?? name.lowercased())
    }

    /// Words after a surname that are not the surname: "Harold W. Gehman Jr.".
    static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// The first five letters of each word of a name that is not a function word.
    static func prefixes(_ name: String) -> Set<String> {
        Set(Words.split(name).filter { !Stopwords.english.contains($0.lower) }.map { String($0.lower.prefix(5)) })
    }

    /// Whether two speakers are the same: same last name, or one is named in the other's role
    /// ("Pat Ryder", "Pentagon spokesperson" / "Pentagon").
    static func same(_ a: String, role roleA: String?, _ b: String, role roleB: String?) -> Bool {
        let ka = speaker(a), kb = speaker(b)
        if ka == kb { return true }
        // "Ukraine's military intelligence" / "the Ukrainian military intelligence unit".
        let wa = prefixes(a), wb = prefixes(b)
        if !wa.isEmpty, !wb.isEmpty, Double(wa.intersection(wb).count) >= Double(min(wa.count, wb.count)) * 0.6 { return true }
        if let roleA, roleA.lowercased().contains(kb) { return true }
        if let roleB, roleB.lowercased().contains(ka) { return true }
        return false
    }
}
