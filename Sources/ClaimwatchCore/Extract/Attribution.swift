/// Finds who a sentence attributes its statement to: "X said", "said X", "according to X",
/// "“…,” X said", "X, a spokesperson, warned that".
public enum Attribution {
    /// Speech verbs, in the forms news prose uses them.
    public static let cues: Set<String> = [
        "said", "says", "say", "stated", "states", "claimed", "claims", "claim", "added", "adds", "told",
        "tells", "wrote", "writes", "revealed", "reveals", "warned", "warns", "confirmed", "confirms",
        "denied", "denies", "asserted", "asserts", "emphasized", "emphasised", "stressed", "explained",
        "continued", "noted", "announced", "alleged", "alleges", "reported", "reports", "lamented",
        "concluded", "insisted", "argued", "commented", "declared", "acknowledged", "admitted", "tweeted",
        "posted", "accused", "accuses", "charged", "believes", "believe", "testified", "disclosed",
    ]
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]
    static let speakerStopwords: Set<String> = [
        "the", "a", "an", "and", "but", "also", "further", "had", "has", "have", "then", "later", "earlier",
        "that", "this", "which", "who", "on", "in", "at", "of", "for", "to", "as", "while", "when",
    ]

    /// Capitalised at the start of a sentence or quote, but never a name.
    static let leadingNonNames: Set<String> = [
        "the", "this", "that", "these", "those", "it", "there", "a", "an", "in", "on", "and", "but", "if",
        "when", "while", "after", "before", "now", "then", "even", "also", "however", "meanwhile",
    ]

    public struct Result: Equatable, Sendable {
        public var speaker: String
        public var cue: String
        /// True when the speaker is a pronoun that the caller should resolve to the last named speaker.
        public var isPronoun: Bool
    }

    /// `inverted[i]`: word i directly follows a comma or a closing quotation mark.
    public static func find(in words: [Word], inverted: [Bool]) -> Result? {
        // "according to X"
        for i in 0..<max(0, words.count - 1) where words[i].lower == "according" && words[i + 1].lower == "to" {
            if let name = nameRun(words, from: i + 2), !name.isEmpty {
                return Result(speaker: name, cue: "according to", isPronoun: false)
            }
        }
        for (i, word) in words.enumerated() where cues.contains(word.lower) {
            // "X said" / "X, a spokesperson, said": the nearest name or pronoun before the cue.
            if let subject = subject(before: i, in: words) {
                return Result(speaker: subject.name, cue: word.lower, isPronoun: subject.isPronoun)
            }
            // "…,” said X": only right after a quotation or a comma, where the subject is inverted.
            if inverted[i], let name = nameRun(words, from: i + 1), !name.isEmpty {
                return Result(speaker: name, cue: word.lower, isPronoun: false)
            }
        }
        return nil
    }

    /// The name (a run of capitalised words) or pronoun just before a cue verb, allowing one
    /// adverb in between ("Zelensky also claimed", "he further said").
    static func subject(before cue: Int, in words: [Word]) -> (name: String, isPronoun: Bool)? {
        var j = cue - 1
        var skipped = 0
        while j >= 0, skipped < 2, !words[j].capitalised, !pronouns.contains(words[j].lower), words[j].lower.hasSuffix("ly") || speakerStopwords.contains(words[j].lower) && words[j].lower != "that" {
            j -= 1
            skipped += 1
        }
        guard j >= 0 else { return nil }
        if pronouns.contains(words[j].lower) { return (words[j].lower, true) }
        guard words[j].capitalised, !words[j].isNumber else { return nil }
        var k = j
        while k > 0, words[k - 1].capitalised, !words[k - 1].isNumber, !speakerStopwords.contains(words[k - 1].lower) { k -= 1 }
        while k <= j, leadingNonNames.contains(words[k].lower) { k += 1 }
        guard k <= j else { return nil }
        let name = words[k...j].map(\.text).joined(separator: " ")
        return (name, false)
    }

    /// A run of capitalised words starting at `from`, skipping a leading article ("the Pentagon").
    static func nameRun(_ words: [Word], from: Int) -> String? {
        var i = from
        if i < words.count, words[i].lower == "the" { i += 1 }
        while i < words.count, leadingNonNames.contains(words[i].lower) { i += 1 }
        var parts: [String] = []
        while i < words.count, words[i].capitalised, !words[i].isNumber, parts.count < 6 {
            parts.append(words[i].text)
            i += 1
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
