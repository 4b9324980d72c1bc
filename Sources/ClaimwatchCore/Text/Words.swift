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
    /// ("1.34", "U.S", "Knewz.com")
    /// and inner hyphens ("31-second", "Kim Jong-un"). Possessive `'s`/`’s` is dropped.
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
            words.append(Word(
                text: word, lower: word.lowercased(),
                capitalised: first.properties.isUppercase,
                isNumber: first.properties.numericType != nil))
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isAlphabetic || c.properties.numericType != nil {
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
        case ",": return previous.properties.numericType != nil && next.properties.numericType != nil
        // Decimals ("1.34"), dotted abbreviations ("U.S") and domain names ("Knewz.com").
        case ".": return isWordScalar(previous) && isWordScalar(next)
        case "-", "'", "’": return isWordScalar(next)
        default: return false
        }
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Stemmed content words: lower-case, stopwords and numbers left out.
    public static func contentStems(_ text: String) -> [String] {
        split(text).compactMap { word in
            guard !word.isNumber, !Stopwords.english.contains(word.lower), word.lower.count > 1 else { return nil }
            return Stemmer.english.stem(word.lower)
        }
    }
}
