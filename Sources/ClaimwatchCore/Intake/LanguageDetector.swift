/// Tells English from other languages by function words: in English prose about a third of the
/// words are among the commonest English function words; other languages score near zero. Scripts
/// other than Latin are recognised directly.
public enum LanguageDetector {
    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "as", "he",
        "be", "by", "at", "from", "his", "an", "have", "has", "are", "were", "not", "this", "they", "but",
        "had", "which", "will", "their", "been", "would", "who", "its", "said", "after", "also", "we",
    ]
    static let others: [(code: String, words: Set<String>)] = [
        ("de", ["der", "die", "und", "das", "nicht", "ist", "mit", "den", "von", "sich", "auf", "dem", "ein", "eine", "auch"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "du", "une", "dans", "pour", "pas", "que", "qui", "sur", "au"]),
        ("es", ["el", "la", "los", "las", "y", "que", "del", "se", "por", "una", "con", "para", "es", "al", "como"]),
        ("it", ["il", "di", "che", "è", "la", "per", "un", "non", "sono", "della", "gli", "con", "del", "le", "una"]),
        ("pt", ["o", "que", "não", "do", "da", "em", "um", "para", "com", "uma", "os", "no", "se", "na", "por"]),
        ("nl", ["de", "het", "een", "en", "van", "niet", "dat", "zijn", "op", "met", "voor", "ook", "aan", "maar", "om"]),
    ]

    /// "en", another ISO 639-1 code when recognisable, or "und" (undetermined: too little text).
    public static func detect(_ text: String) -> String {
        var words = 0, latinLetters = 0, otherLetters = 0
        var englishHits = 0
        var otherHits = [Int](repeating: 0, count: others.count)
        var script: [String: Int] = [:]
        // The first few thousand characters decide; a long article is not split whole for it.
        for word in Words.split(String(text.prefix(3000))).prefix(400) {
            words += 1
            for scalar in word.text.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.value < 0x250 {
                    latinLetters += 1
                } else {
                    otherLetters += 1
                    script[scriptName(scalar), default: 0] += 1
                }
            }
            if english.contains(word.lower) { englishHits += 1 }
            for (index, other) in others.enumerated() where other.words.contains(word.lower) { otherHits[index] += 1 }
        }
        if otherLetters > latinLetters, let top = script.max(by: { $0.value < $1.value }) {
            // Ukrainian has letters Russian lacks.
            if top.key == "ru", text.unicodeScalars.contains(where: { "іїєґІЇЄҐ".unicodeScalars.contains($0) }) { return "uk" }
            return top.key
        }
        guard words >= 8 else { return "und" }
        if englishHits * 100 >= words * 12, englishHits >= otherHits.max() ?? 0 { return "en" }
        // One function word is no evidence in a short text: "Al" of "Al Gore" is Spanish "al".
        if let best = otherHits.indices.max(by: { otherHits[$0] < otherHits[$1] }), otherHits[best] >= 2, otherHits[best] * 100 >= words * 8 {
            return others[best].code
        }
        return "und"
    }

    /// A language code for a non-Latin script (the script's main language, or the script name).
    static func scriptName(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0400...0x052F: return "ru"  // Cyrillic: Russian unless Ukrainian letters show (see detect)
        case 0x0370...0x03FF: return "el"
        case 0x0590...0x05FF: return "he"
        case 0x0600...0x06FF: return "ar"
        case 0x0900...0x097F: return "hi"
        case 0x3040...0x30FF: return "ja"
        case 0xAC00...0xD7AF, 0x1100...0x11FF: return "ko"
        case 0x4E00...0x9FFF: return "zh"
        default: return "und"
        }
    }
}
