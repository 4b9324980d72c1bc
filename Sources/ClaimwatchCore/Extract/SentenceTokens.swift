/// A word of a sentence with where it sits, for the extractor: which quotation it is inside, and
/// the punctuation right before and after it.
struct Token: Sendable, Equatable {
    var text: String
    /// Lower case, apostrophes straight (`Words.lowerForComparison`).
    var lower: String
    var capitalised: Bool
    var isNumber: Bool
    /// Offsets in the sentence's Unicode scalars: [start, end).
    var start: Int
    var end: Int
    /// Index into `SentenceTokens.quotes` of the quotation holding the word, or nil.
    var quote: Int?
    /// The punctuation between the previous word and this one, spaces left out (",”", ":", "(").
    var before: String
    /// The punctuation between this word and the next one.
    var after: String
    /// True when a possessive "’s" was dropped ("The Guardian’s").
    var possessive: Bool
}

/// A sentence cut into tokens, with its quotations found by a scan over Unicode scalars.
///
/// Quotations are “…” and "…", and ‘…’ when it opens before a letter after a space and closes
/// before a non-letter (so apostrophes are not taken for quotes). Two apostrophes `''` (the New
/// York Times' double quotation mark), or two backticks that open a quotation, are a double
/// quotation mark too; in a run of three apostrophes the single one belongs to a quotation inside
/// ("…'We'll bomb them,''' he said"). An unclosed quotation runs to the end of the sentence, or
/// to the next opening mark; a stray closing mark is ignored.
///
/// The text stays as written (claims store and show it so). Only the tokens' punctuation
/// (`before`, `after`) has a two-apostrophe or two-backtick mark as `"`, so that every rule that
/// looks for a quotation mark there finds one, however the outlet writes it.
struct SentenceTokens: Sendable {
    let text: String
    let scalars: [Unicode.Scalar]
    private(set) var tokens: [Token] = []
    /// Quotations as scalar ranges of their inner text, marks left out.
    private(set) var quotes: [Range<Int>] = []
    /// Where each two-scalar quotation mark (two apostrophes or two backticks) starts, in order.
    private(set) var pairedMarks: [Int] = []
    /// The capitalised name runs (see `findNameRuns`), found once.
    private(set) var runs: [NameRun] = []
    /// For each token, the index into `runs` of the run holding it.
    private(set) var runOf: [Int?] = []

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        (quotes, pairedMarks) = Self.findQuotes(scalars)
        tokens = tokenize()
        runs = findNameRuns()
        runOf = Array(repeating: nil, count: tokens.count)
        for (r, run) in runs.enumerated() { for k in run.range { runOf[k] = r } }
    }

    /// The name run holding token `i`, if any.
    func run(at i: Int) -> NameRun? { runOf[i].map { runs[$0] } }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The text from token `from` to token `to` (inclusive), as written.
    func span(_ from: Int, _ to: Int) -> String {
        guard from <= to, from >= 0, to < tokens.count else { return "" }
        return string(tokens[from].start..<tokens[to].end)
    }

    /// Words `from...to` joined by single spaces (possessives and punctuation dropped).
    func words(_ from: Int, _ to: Int) -> String {
        guard from <= to, from >= 0, to < tokens.count else { return "" }
        return tokens[from...to].map(\.text).joined(separator: " ")
    }

    /// A scalar range as a range in characters, as `Claim.quoteRange` wants it.
    func characterRange(_ range: Range<Int>) -> Range<Int> {
        let view = text.unicodeScalars
        let lo = view.index(view.startIndex, offsetBy: range.lowerBound)
        let hi = view.index(view.startIndex, offsetBy: range.upperBound)
        let start = text.distance(from: text.startIndex, to: lo)
        return start..<(start + text.distance(from: lo, to: hi))
    }

    static let openers: Set<Unicode.Scalar> = ["“", "„", "«"]
    static let closers: Set<Unicode.Scalar> = ["”", "»"]

    static func isLetter(_ c: Unicode.Scalar) -> Bool { Words.isWordScalar(c) }

    /// The quotations of a sentence, and where each two-scalar mark that opens or closes one starts.
    static func findQuotes(_ s: [Unicode.Scalar]) -> (quotes: [Range<Int>], pairedMarks: [Int]) {
        var quotes: [Range<Int>] = []
        var pairedMarks: [Int] = []
        var open: (start: Int, mark: Unicode.Scalar)?
        func close(_ end: Int) {
            if let o = open, o.start < end { quotes.append(o.start..<end) }
            open = nil
        }
        var i = -1
        while i + 1 < s.count {
            i += 1
            let c = s[i]
            // Every quotation mark is outside ASCII except the straight double quote, and the
            // apostrophes and backticks that make one in pairs.
            guard c.value >= 0x80 || c == "\"" || c == "'" || c == "`" else { continue }
            let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            if c == "'" || c == "`" {
                var end = i + 1
                while end < s.count, s[end] == c { end += 1 }
                defer { i = end - 1 }
                guard end - i >= 2 else { continue }
                if c == "'", let o = open, o.mark == "'" || o.mark == "`" {
                    // "…,'''": the single one closes a quotation inside, the last two close this one.
                    pairedMarks.append(end - 2)
                    close(end - 2)
                } else if open == nil {
                    // "'''We…": the first two open this one, the third a quotation inside.
                    pairedMarks.append(i)
                    open = (i + 2, c)
                }
                continue
            }
            if openers.contains(c) {
                if open != nil { close(i) }
                open = (i + 1, c)
            } else if closers.contains(c) {
                if open != nil { close(i) }
            } else if c == "\"" {
                if let o = open, o.mark == "\"" { close(i) } else if open == nil { open = (i + 1, c) }
            } else if c == "‘", prev.map({ !isLetter($0) }) ?? true, next.map(isLetter) ?? false, open == nil {
                open = (i + 1, c)
            } else if c == "’", let o = open, o.mark == "‘", !(next.map(isLetter) ?? false) {
                close(i)
            }
        }
        if let o = open, o.mark != "‘" { close(s.count) }
        return (quotes.filter { r in r.contains { isLetter(s[$0]) } }, pairedMarks)
    }

    private func tokenize() -> [Token] {
        var result: [Token] = []
        var start = -1
        var punct = String.UnicodeScalarView()
        var quoteIndex = 0
        func quote(at i: Int) -> Int? {
            var q = quoteIndex
            while q < quotes.count, quotes[q].upperBound <= i { q += 1 }
            return q < quotes.count && quotes[q].contains(i) ? q : nil
        }
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            var word = String(view)
            var possessive = false
            if word.hasSuffix("’s") || word.hasSuffix("'s") { word.removeLast(2); possessive = true }
            if !word.isEmpty {
                let first = word.unicodeScalars.first!
                result.append(
                    Token(
                        text: word, lower: Words.lowerForComparison(word),
                        capitalised: first.isASCII ? ("A"..."Z").contains(first) : first.properties.isUppercase,
                        isNumber: Words.isDigit(first), start: start, end: end, quote: quote(at: start),
                        before: String(punct), after: "", possessive: possessive))
                if let q = result.last?.quote { quoteIndex = q }
            }
            punct = String.UnicodeScalarView()
            start = -1
        }
        var paired = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if paired < pairedMarks.count, pairedMarks[paired] == i {
                // Two apostrophes or backticks: one quotation mark, read as `"`.
                flush(i)
                punct.append("\"")
                if let last = result.indices.last { result[last].after.unicodeScalars.append("\"") }
                paired += 1
                i += 2
                continue
            }
            if Words.isWordScalar(c) {
                if start < 0 { start = i }
            } else if start >= 0, i + 1 < scalars.count, Words.joins(c, previous: scalars[i - 1], next: scalars[i + 1]) {
                // inside a word
            } else {
                flush(i)
                if c != " " {
                    punct.append(c)
                    if let last = result.indices.last { result[last].after.unicodeScalars.append(c) }
                }
            }
            i += 1
        }
        flush(scalars.count)
        return result
    }
}
