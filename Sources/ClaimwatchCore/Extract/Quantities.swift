/// Numbers a sentence states, with the thing each one counts. Dates and years are left out.
public enum Quantities {
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "hundred": 100, "thousand": 1000, "dozen": 12, "hundreds": 100, "thousands": 1000,
    ]
    static let scales: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]
    static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]
    /// Words between a number and its noun that say nothing about what is counted.
    static let fillers: Set<String> = ["of", "more", "additional", "other", "new", "injured", "wounded", "dead", "such", "the"]

    public static func find(in words: [Word]) -> [Quantity] {
        var found: [Quantity] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            guard var value = numericValue(word) else { i += 1; continue }
            if isDate(words, at: i) { i += 1; continue }
            var written = word.text
            var next = i + 1
            if next < words.count, let scale = scales[words[next].lower] {
                value *= scale
                written += " " + words[next].text
                next += 1
            }
            // "31-second": the unit is glued on with a hyphen.
            var unit = ""
            if let hyphen = word.text.firstIndex(of: "-") {
                unit = Stemmer.english.stem(word.text[word.text.index(after: hyphen)...].lowercased())
            } else {
                unit = countedNoun(words, from: next)
            }
            found.append(Quantity(value: value, written: written, unit: unit))
            i = next
        }
        return found
    }

    static func numericValue(_ word: Word) -> Double? {
        if word.isNumber {
            var digits = word.text
            if let hyphen = digits.firstIndex(of: "-") { digits = String(digits[..<hyphen]) }
            return Double(String(digits.filter { $0 != "," }))
        }
        return numberWords[word.lower]
    }

    /// Years (1900–2099 standing alone) and day numbers next to a month name.
    static func isDate(_ words: [Word], at i: Int) -> Bool {
        let word = words[i]
        if word.isNumber, word.text.count == 4, let year = Int(word.text), (1900...2099).contains(year) { return true }
        if i > 0, months.contains(words[i - 1].lower), words[i - 1].capitalised { return true }
        if i + 1 < words.count, months.contains(words[i + 1].lower), words[i + 1].capitalised { return true }
        return false
    }

    /// The stem of the first common noun after a number, skipping proper adjectives
    /// ("30 North Korean soldiers" → "soldier") and fillers.
    static func countedNoun(_ words: [Word], from start: Int) -> String {
        var j = start
        while j < words.count, j < start + 5 {
            let w = words[j]
            if numericValue(w) != nil { return "" }
            if w.capitalised || fillers.contains(w.lower) { j += 1; continue }
            if Stopwords.english.contains(w.lower) { return "" }
            return Stemmer.english.stem(w.lower)
        }
        return ""
    }
}
