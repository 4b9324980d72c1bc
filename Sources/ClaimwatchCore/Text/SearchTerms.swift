/// A term of a search: a stemmed content word, a name, or a number. Candidate search weights each by
/// how rare it is, names and numbers a little more.
public struct SearchTerm: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        /// A capitalised word inside a sentence ("Zelensky", "Pentagon"), in text not written in capitals throughout.
        case name
        /// A word starting with a digit ("122", "10,000", "5G"), compared without its digit-group commas.
        case number
    }

    /// What is counted and compared: the stem of a word, or a number without commas ("10000").
    public var key: String
    /// The word as written, in lower case: what a full-text query searches for.
    public var word: String
    public var kind: Kind

    public init(key: String, word: String, kind: Kind) {
        self.key = key
        self.word = word
        self.kind = kind
    }

    /// A stemmed content word, as the matcher has it.
    public init(_ term: ContentTerm) {
        self.init(key: term.stem, word: term.word, kind: .word)
    }
}

extension Words {
    /// The distinct search terms of a text: its content terms (`contentTerms`), with names marked,
    /// and its numbers.
    public static func searchTerms(_ text: String) -> [SearchTerm] {
        var terms: [SearchTerm] = []
        var places: [String: Int] = [:]
        let sentences = sentencePieces(text).map { split(String($0)) }
        let words = sentences.joined()
        // Headlines in Title Case and text in capitals say nothing about names.
        let capitalised = words.filter { !$0.isNumber && $0.capitalised && !Stopwords.english.contains($0.lower) }.count
        let contentWords = words.filter { !$0.isNumber && !Stopwords.english.contains($0.lower) }.count
        let namesShow = capitalised * 2 <= contentWords
        for sentence in sentences {
            for (index, word) in sentence.enumerated() {
                let term: SearchTerm
                if word.isNumber {
                    term = SearchTerm(key: numberKey(word.lower), word: word.lower, kind: .number)
                } else if word.lower.count > 1, !Stopwords.english.contains(word.lower) {
                    let isName = namesShow && word.capitalised && index > 0
                    term = SearchTerm(key: Stemmer.english.stem(word.lower), word: word.lower, kind: isName ? .name : .word)
                } else {
                    continue
                }
                if let place = places[term.key] {
                    // A word written once as a name is a name.
                    if term.kind == .name { terms[place].kind = .name }
                } else {
                    places[term.key] = terms.count
                    terms.append(term)
                }
            }
        }
        return terms
    }

    /// The distinct numbers of a text, as `SearchTerm.key` has them ("10,000" → "10000").
    public static func numberKeys(_ text: String) -> [String] {
        var text = text
        if let keys = text.withUTF8({ numberKeys(utf8: $0) }) { return keys }
        return generalNumberKeys(text)
    }

    /// `numberKeys` of UTF-8 text, read where it lies: nil when the text is not ASCII (then only
    /// `numberKeys` of a `String` tells).
    public static func numberKeys(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var keys: [String] = []
        let ascii = asciiWords(bytes) { piece in
            guard isDigitByte(piece[0]) else { return }
            // Lower case, digit-group commas left out.
            let key = String(unsafeUninitializedCapacity: piece.count) { buffer in
                var n = 0
                for b in piece where b != UInt8(ascii: ",") {
                    buffer[n] = isUpperByte(b) ? b | 0x20 : b
                    n += 1
                }
                return n
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return ascii ? keys : nil
    }

    static func generalNumberKeys(_ text: String) -> [String] {
        var seen = Set<String>()
        return split(text).compactMap { word in
            guard word.isNumber else { return nil }
            let key = numberKey(word.lower)
            return seen.insert(key).inserted ? key : nil
        }
    }

    static func numberKey(_ lower: String) -> String {
        lower.contains(",") ? lower.filter { $0 != "," } : lower
    }

    /// The text cut where a sentence or a quotation starts: after `.`, `!`, `?` or `:` before white
    /// space, at line breaks and at quotation marks. The first word of each piece is not a name.
    static func sentencePieces(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            let ends: Bool
            switch c {
            case ".", "!", "?", ":": ends = next == text.endIndex || text[next].isWhitespace
            case "\n", "\r\n", "\r", "\"", "“", "”", "«", "»": ends = true
            default: ends = false
            }
            if ends {
                pieces.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }
}
