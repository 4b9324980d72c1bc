/// Why a line of an article's text is page furniture rather than article.
enum FurnitureReason: String, Sendable {
    case repeatedBlock = "repeated block"
    case label = "navigation/label line"
    case linkList = "link list"
    case caption = "caption"
    case byline = "byline"
    case advertisement = "advertisement marker"
    case relatedLink = "related-link line"
    case afterEnd = "after the article's end"
    case editorialFooter = "editorial footer"
}

/// One line of an article's text and what the furniture rules measure in it.
struct TextLine: Sendable {
    /// 1-based, in the input.
    let number: Int
    /// The line without white space at either end.
    let text: String
    /// The tokens between white space that hold a letter or digit, punctuation at either end
    /// removed: all of them for a line of furniture size, the first `keptWords` of a long line
    /// (whose rules look at its opening only), so that a 10 MB line does not hold a Substring per word.
    let words: [Substring]
    /// How many such tokens the whole line has.
    let wordCount: Int
    static let keptWords = 64
    /// The line's letters and digits in lower case: two lines with the same key are the same line.
    let key: String
    /// Ends with `.`, `!` or `?`, closing quotes or brackets allowed after it; an ellipsis does not count.
    let endsSentence: Bool
    let endsWithColon: Bool
    /// Starts with a bullet ("•", "-", "*", ...).
    let isBulleted: Bool
    /// How many of the words are stopwords ("the", "of", "is", ...).
    let stopwordCount: Int
    /// How many words of four letters or more there are, and how many of them start with a capital.
    let longWordCount: Int
    let capitalisedLongWordCount: Int

    var isBlank: Bool { text.isEmpty }
    /// More words than any furniture line holds: a paragraph, or a whole article a scraper glued
    /// into one line. Such a line is running text whatever its punctuation, and the rules that
    /// judge a line by its shape (captions, labels, headlines, footers) leave it alone.
    var isLong: Bool { wordCount > Self.longestFurniture }
    /// The most words a furniture line is taken to hold. Captions, menus run together and
    /// footers of the outlets read so far stay under 40.
    static let longestFurniture = 60
    var stopwordShare: Double { wordCount == 0 ? 0 : Double(stopwordCount) / Double(wordCount) }

    /// A long line (`isLong`), or a complete sentence of running text: terminal punctuation, four
    /// words or more, not in headline style, some function words (a line of names or tags ending
    /// in a dot has almost none).
    var isProse: Bool {
        if isLong { return true }
        return (endsSentence || (endsWithColon && wordCount >= 6)) && wordCount >= 4 && !isHeadlineLike
            && (wordCount < 6 || stopwordShare >= 0.1)
    }

    /// Headline style: most long words capitalised and no full stop at the end ("?" and "!" allowed).
    var isHeadlineLike: Bool {
        (4...Self.longestFurniture).contains(wordCount) && !text.hasSuffix(".") && longWordCount > 0
            && Double(capitalisedLongWordCount) >= 0.6 * Double(longWordCount)
    }

    /// At most three words and no terminal punctuation: "Comments0", "300", "BUSINESS", "Popular Now".
    var isShortLabel: Bool { wordCount <= 3 && !endsSentence }

    /// The tokens before the first ":" or "|" when there are one to three of them ("Also read", "Watch").
    var labelPrefix: String? {
        guard let separator = text.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "|" }) else { return nil }
        let prefix = text.unicodeScalars[..<separator]
        let count = prefix.split(whereSeparator: SentenceSplitter.isSpace).count
        guard (1...3).contains(count) else { return nil }
        return String(Substring(prefix)).lowercased()
    }

    /// Whether `sequence` (lower case) comes among the words, one after the other.
    func hasWords(_ sequence: [String]) -> Bool {
        guard words.count >= sequence.count else { return false }
        return (0...(words.count - sequence.count)).contains { start in
            sequence.indices.allSatisfy { i in
                words[start + i].utf8.count == sequence[i].utf8.count && words[start + i].lowercased() == sequence[i]
            }
        }
    }

    init(number: Int, line: Substring) {
        self.number = number
        text = TextLine.trimmed(line)
        var words: [Substring] = [], key: [UInt8] = []
        var wordCount = 0, stopwords = 0, long = 0, capitalised = 0
        for token in text.unicodeScalars.split(whereSeparator: SentenceSplitter.isSpace) {
            let word = TextLine.strippingPunctuation(Substring(token))
            guard !word.isEmpty else { continue }
            wordCount += 1
            if words.count < Self.keptWords { words.append(word) }
            let length = word.unicodeScalars.count
            if length <= 9, Stopwords.english.contains(word.lowercased()) { stopwords += 1 }
            if length >= 4, let first = word.unicodeScalars.first, !SentenceSplitter.isDigit(first) {
                long += 1
                if SentenceSplitter.isUppercase(first) { capitalised += 1 }
            }
        }
        for c in text.unicodeScalars {
            if c.isASCII {
                if c >= "A" && c <= "Z" {
                    key.append(UInt8(c.value + 32))
                } else if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                    key.append(UInt8(c.value))
                }
            } else if c.properties.isAlphabetic || c.properties.numericType != nil {
                key.append(contentsOf: c.properties.lowercaseMapping.utf8)
            }
        }
        self.words = words
        self.wordCount = wordCount
        self.key = String(decoding: key, as: UTF8.self)
        stopwordCount = stopwords
        longWordCount = long
        capitalisedLongWordCount = capitalised
        var last = text.unicodeScalars.reversed().drop { SentenceSplitter.closers.contains($0) }.makeIterator()
        let end = last.next(), beforeEnd = last.next()
        endsSentence = (end == "." && beforeEnd != ".") || end == "!" || end == "?"
        endsWithColon = end == ":"
        isBulleted = text.unicodeScalars.first.map { "•·-*–—▪◦‣●■►".unicodeScalars.contains($0) } ?? false
    }

    /// The lines of `text` as written, split at each LF, CRLF or lone CR (`LineEndings`).
    static func rawLines(of text: String) -> [Substring] {
        LineEndings.split(text)
    }

    /// The lines of `text`, numbered from 1.
    static func lines(of rawLines: [Substring]) -> [TextLine] {
        rawLines.enumerated().map { TextLine(number: $0.offset + 1, line: $0.element) }
    }

    static func trimmed(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !SentenceSplitter.isSpace($0) }),
            let last = scalars.lastIndex(where: { !SentenceSplitter.isSpace($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// The token without punctuation at either end ("[CAUTION:" → "CAUTION"); empty if it has no letter or digit.
    static func strippingPunctuation(_ token: Substring) -> Substring {
        let scalars = token.unicodeScalars
        guard let first = scalars.firstIndex(where: SentenceSplitter.isLetterOrDigit),
            let last = scalars.lastIndex(where: SentenceSplitter.isLetterOrDigit)
        else {
            return ""
        }
        return Substring(scalars[first...last])
    }
}
