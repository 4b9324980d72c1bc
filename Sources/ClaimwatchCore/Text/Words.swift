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
    /// Lower case, apostrophes straight ("i'll" for "I’ll"): what is compared.
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
        var text = text
        if let words = text.withUTF8({ asciiSplit($0) }) { return words }
        return generalSplit(text)
    }

    /// `split` for ASCII text, over its UTF-8 bytes (nil when the text is not ASCII): the same
    /// words, without a scalar array and a `String` built scalar by scalar per word.
    static func asciiSplit(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word]? {
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 5)
        let ascii = asciiWords(bytes) { piece in
            let text = String(decoding: piece, as: UTF8.self)
            var hasUpper = false
            for b in piece where isUpperByte(b) { hasUpper = true; break }
            let lower =
                hasUpper
                ? String(unsafeUninitializedCapacity: piece.count) { buffer in
                    for (k, b) in piece.enumerated() { buffer[k] = isUpperByte(b) ? b | 0x20 : b }
                    return piece.count
                }
                : text
            words.append(Word(text: text, lower: lower, capitalised: isUpperByte(piece[0]), isNumber: isDigitByte(piece[0])))
        }
        return ascii ? words : nil
    }

    /// Calls `body` with each word of ASCII text as `split` finds it (possessive `'s` removed);
    /// returns false, without calling it, when the text is not ASCII.
    @inline(__always)
    static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        var start = -1
        @inline(__always) func flush(_ end: Int) {
            guard start >= 0 else { return }
            var stop = end
            // Possessive 's (the curly apostrophe is not ASCII).
            if stop - start >= 2, bytes[stop - 1] == UInt8(ascii: "s"), bytes[stop - 2] == UInt8(ascii: "'") { stop -= 2 }
            if stop > start { body(UnsafeBufferPointer(rebasing: bytes[start..<stop])) }
            start = -1
        }
        i = 0
        // A word is extended by a letter or digit, or by a joining mark before one; what was
        // appended last is then always a letter or digit (a mark joins only before one).
        while i < count {
            let c = bytes[i]
            if isWordByte(c) {
                if start < 0 { start = i }
            } else if start >= 0, i + 1 < count {
                let next = bytes[i + 1]
                let joins: Bool
                switch c {
                case UInt8(ascii: ","): joins = isDigitByte(bytes[i - 1]) && isDigitByte(next)
                case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "'"): joins = isWordByte(next)
                default: joins = false
                }
                if !joins { flush(i) }
            } else {
                flush(i)
            }
            i += 1
        }
        flush(count)
        return true
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { (b &- 0x61) < 26 || (b &- 0x41) < 26 || (b &- 0x30) < 10 }
    @inline(__always) static func isDigitByte(_ b: UInt8) -> Bool { (b &- 0x30) < 10 }
    @inline(__always) static func isUpperByte(_ b: UInt8) -> Bool { (b &- 0x41) < 26 }

    /// `split` for any text, scalar by scalar.
    static func generalSplit(_ text: String) -> [Word] {
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
            words.append(
                Word(
                    text: word, lower: lowerForComparison(word),
                    capitalised: isASCII ? ("A"..."Z").contains(first) : first.properties.isUppercase,
                    isNumber: isASCII ? ("0"..."9").contains(first) : first.properties.numericType != nil))
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if isWordScalar(c) {
                current.append(c)
            } else if let previous = current.last, i + 1 < scalars.count,
                joins(c, previous: previous, next: scalars[i + 1])
            {
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

    /// A word in lower case with its apostrophes straight: "I’ll", "Iʼll" and "I'll" are one word
    /// to every comparison (stems, stopwords, content and search terms, the matcher), while the
    /// text keeps the apostrophe as written.
    public static func lowerForComparison(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.unicodeScalars.contains(where: { $0 == "’" || $0 == "ʼ" }) else { return lower }
        var view = String.UnicodeScalarView()
        for c in lower.unicodeScalars { view.append(c == "’" || c == "ʼ" ? "'" : c) }
        return String(view)
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
