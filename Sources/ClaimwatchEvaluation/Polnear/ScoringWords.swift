import Foundation

/// The words the polnear scorer counts: lower-cased, diacritics folded, curly and straight
/// apostrophes as one (`I’ll` = `I'll`), split at everything but letters, digits and an apostrophe
/// between two of them. Quotation marks, NYT's `''` included, are never part of a word.
public enum ScoringWords {
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(folded)
        func flush() {
            while current.last == "'" { current.removeLast() }
            while current.first == "'" { current.removeFirst() }
            if !current.isEmpty { words.append(String(current)) }
            current.removeAll(keepingCapacity: true)
        }
        for (i, c) in characters.enumerated() {
            if c.isLetter || c.isNumber {
                current.append(c)
            } else if isApostrophe(c), !current.isEmpty, current.last != "'",
                i + 1 < characters.count, characters[i + 1].isLetter || characters[i + 1].isNumber
            {
                current.append("'")
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "’" || c == "ʼ" || c == "‘" }

    /// The share of `gold`'s words (counted with repeats) that `candidate` holds, 0...1: each of
    /// the candidate's words covers at most one of the gold's. 0 when the gold has no words.
    public static func coverage(of gold: [String], by candidate: [String]) -> Double {
        guard !gold.isEmpty else { return 0 }
        var available: [String: Int] = [:]
        for word in candidate { available[word, default: 0] += 1 }
        var covered = 0
        for word in gold where available[word, default: 0] > 0 {
            available[word]! -= 1
            covered += 1
        }
        return Double(covered) / Double(gold.count)
    }
}
