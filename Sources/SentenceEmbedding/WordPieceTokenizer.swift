import Foundation

/// BERT's uncased tokenizer: the basic split (control characters dropped, lower case, accents
/// stripped, punctuation and CJK characters set apart), then WordPiece's greedy longest match of
/// each word against the vocabulary, continuations written "##…".
struct WordPieceTokenizer: Sendable {
    let ids: [String: Int32]
    let unknown: Int32, classify: Int32, separator: Int32
    static let maxWordLength = 100

    init(vocabulary url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ModelError.vocabulary(url.path, String(describing: error))
        }
        var ids: [String: Int32] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            ids[String(line)] = Int32(index)
        }
        guard let unknown = ids["[UNK]"], let classify = ids["[CLS]"], let separator = ids["[SEP]"] else {
            throw ModelError.vocabulary(url.path, "no [UNK], [CLS] or [SEP] entry")
        }
        self.ids = ids
        self.unknown = unknown
        self.classify = classify
        self.separator = separator
    }

    /// `[CLS]`, the word pieces (at most `limit` - 2), `[SEP]`.
    func tokens(_ text: String, limit: Int) -> [Int32] {
        var pieces: [Int32] = []
        for word in Self.basicWords(text) {
            pieces += wordPieces(word)
            if pieces.count >= limit - 2 { break }
        }
        return [classify] + pieces.prefix(limit - 2) + [separator]
    }

    func wordPieces(_ word: String) -> [Int32] {
        let characters = Array(word)
        guard characters.count <= Self.maxWordLength else { return [unknown] }
        var pieces: [Int32] = [], start = 0
        while start < characters.count {
            var end = characters.count, found: Int32?
            while start < end {
                let piece = (start > 0 ? "##" : "") + String(characters[start..<end])
                if let id = ids[piece] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let found else { return [unknown] }
            pieces.append(found)
            start = end
        }
        return pieces
    }

    /// The basic tokenizer's words, lower case and without accents.
    static func basicWords(_ text: String) -> [String] {
        var words: [String] = [], current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let category = scalar.properties.generalCategory
            if scalar.value == 0 || scalar.value == 0xFFFD || category == .nonspacingMark { continue }
            if isWhitespace(scalar) {
                flush()
            } else if category == .control || category == .format {
                continue
            } else if isPunctuation(scalar) || isCJK(scalar) {
                flush()
                words.append(String(Character(scalar)))
            } else {
                current.append(scalar)
            }
        }
        flush()
        return words
    }

    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s.properties.generalCategory == .spaceSeparator
    }

    /// ASCII symbols count as punctuation, as in BERT, beside Unicode's punctuation categories.
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v) { return true }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
            .otherPunctuation:
            return true
        default: return false
        }
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let ranges: [ClosedRange<UInt32>] = [
            0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F, 0x2B820...0x2CEAF,
            0xF900...0xFAFF, 0x2F800...0x2FA1F,
        ]
        return ranges.contains { $0.contains(s.value) }
    }
}
