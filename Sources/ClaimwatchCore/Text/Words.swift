/// A content word of a claim: its stem (what is compared and counted) and the word as written in
/// lower case (what a full-text query searches for, so that it is stemmed exactly once).
public struct ContentTerm: Sendable, Hashable {
    public var stem: String
    public var word: String
}

/// A word of a sentence with its place, as the extractor and matcher see it.
public struct Word: Sendable, Equatable {
    /// The word as written, apostrophe suffixes ("’s") removed.
    public var text: String
    public var lower: String
    /// True when the first letter is upper-case.
    public var capitalised: Bool
    public var isNumber: Bool
}

public enum Words {
    /// Splits text into words: letters and digits, keeping inner `,` in numbers ("10,000"), inner `.`
    /// ("1.34", "U.S", "Knewz.com") and inner hyphens ("31-second", "Kim Jong-un"). Possessive
    /// `'s`/`’s` is dropped.
    public static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func flush() {
            guard !current.isEmpty else { return }
            var word = String(current)
            if word.hasSuffix("’s") || word.hasSuffix("'s") { word.removeLast(2) }
            current = String.UnicodeScalarView()
            guard !word.isEmpty else { return }
            let first = word.unicodeScalars.first!
            let isASCII = first.isASCII
            words.append(Word(
                text: word, lower: word.lowercased(),
                capitalised: isASCII ? ("A"..."Z").contains(first) : first.properties.isUppercase,
                isNumber: isASCII ? ("0"..."9").contains(first) : first.properties.numericType != nil))
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if isWordScalar(c) {
                current.append(c)
            } else if let previous = current.last, i + 1 < scalars.count,
                      joins(c, previous: previous, next: scalars[i + 1]) {
                current.append(c)
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return words
    }

    /// Whether a punctuation mark sits inside a word: digit groups and decimals, hyphens, apostrophes.
    static func joins(_ c: Unicode.Scalar, previous: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
        switch c {
        case ",": return isDigit(previous) && isDigit(next)
        // Decimals ("1.34"), dotted abbreviations ("U.S") and domain names ("Knewz.com").
        case ".": return isWordScalar(previous) && isWordScalar(next)
        case "-", "'", "’": return isWordScalar(next)
        default: return false
        }
    }

    /// A letter or a digit. ASCII is decided by ranges: Unicode property look-ups are slow on Linux.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ("0"..."9").contains(c) : c.properties.numericType != nil
    }

    /// The distinct content words of a text, stemmed: lower-case, stopwords and numbers left out.
    public static func contentTerms(_ text: String) -> [ContentTerm] {
        var seen = Set<String>()
        var terms: [ContentTerm] = []
        for word in split(text) where !word.isNumber && word.lower.count > 1 && !Stopwords.english.contains(word.lower) {
            let stem = Stemmer.english.stem(word.lower)
            if seen.insert(stem).inserted { terms.append(ContentTerm(stem: stem, word: word.lower)) }
        }
        return terms
    }

}
