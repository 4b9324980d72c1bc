/// Splits article text into sentences with a scalar loop (no regular expressions on the hot path).
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed by
/// white space and a capital, digit or opening quote, unless the word before the stop is an
/// abbreviation, a title or an initial. A blank line always ends a sentence; a single line break
/// ends one unless the next line starts in lower case.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "gov", "sen", "rep", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "approx", "est", "dept", "fig", "mt", "rev",
    ]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]
    static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "(", "[", "«"]

    public static func split(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var sentences: [String] = []
        var start = 0
        func emit(_ end: Int) {
            var lo = start, hi = end
            while lo < hi, s[lo].properties.isWhitespace { lo += 1 }
            while hi > lo, s[hi - 1].properties.isWhitespace { hi -= 1 }
            if lo < hi {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[lo..<hi].map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
                sentences.append(String(view))
            }
            start = end
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                let next = nextNonSpace(s, after: i)
                let blankLine = next.newlines > 1
                if blankLine || next.index >= s.count || !s[next.index].properties.isLowercase {
                    emit(i)
                }
                i = next.index
                continue
            }
            if c == "." || c == "!" || c == "?" || c == "…" {
                var j = i + 1
                while j < s.count, s[j] == "." || s[j] == "!" || s[j] == "?" { j += 1 }
                while j < s.count, closers.contains(s[j]) { j += 1 }
                guard j < s.count else { i = j; continue }
                guard s[j] == " " || s[j] == "\t" || s[j] == "\u{A0}" else { i = j; continue }
                let next = nextNonSpace(s, after: j - 1)
                if next.newlines > 0 { i = j; continue }  // the line break decides
                guard next.index < s.count else { i = j; continue }
                let n = s[next.index]
                let startsSentence = n.properties.isUppercase || n.properties.numericType != nil || openers.contains(n)
                if startsSentence, !(c == "." && endsWithAbbreviation(s, dot: i)) {
                    emit(j)
                }
                i = j
                continue
            }
            i += 1
        }
        emit(s.count)
        return sentences
    }

    /// The first non-space scalar after `index`, and how many line breaks were crossed to reach it.
    static func nextNonSpace(_ s: [Unicode.Scalar], after index: Int) -> (index: Int, newlines: Int) {
        var j = index, newlines = 0
        if j < s.count, s[j] == "\n" { newlines = 1 }
        j += 1
        while j < s.count, s[j].properties.isWhitespace {
            if s[j] == "\n" { newlines += 1 }
            j += 1
        }
        return (j, newlines)
    }

    /// Whether the word ending at the dot is an abbreviation, a title or an initial ("J." "U.S.").
    static func endsWithAbbreviation(_ s: [Unicode.Scalar], dot: Int) -> Bool {
        var k = dot
        while k > 0, s[k - 1].properties.isAlphabetic || s[k - 1] == "." { k -= 1 }
        guard k < dot else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: s[k..<dot])
        let lower = String(word).lowercased()
        if abbreviations.contains(lower) { return true }
        let letters = lower.unicodeScalars.filter { $0 != "." }
        if letters.count == 1, s[k].properties.isUppercase { return true }  // an initial
        if lower.contains(".") { return true }  // dotted abbreviation such as "U.S"
        return false
    }
}
