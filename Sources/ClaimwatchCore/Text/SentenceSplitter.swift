/// Splits article text into sentences with loops over Unicode scalars (no regular expressions).
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (closing quotes and brackets after it go with it)
/// before white space and a capital, a digit or an opening quote, unless the word before the dot is a
/// title ("Dr.", "Gen.": never an end), an abbreviation or initial ("U.S.", "Inc.", "E.": an end only
/// before a word that usually starts a sentence, "The", "He", "How") or a number abbreviation before
/// a number ("p. 55", "Sept. 11"); unless the stop is inside quotation marks or brackets closed later
/// on the same line (a quotation of several sentences stays with its attribution); and unless it is an
/// elision ("[...]", an ellipsis after a space). List items ("1.)", "2)", "a.", "•") start a sentence.
/// A blank line always ends one; a single line break does unless the next line starts in lower case or
/// the line stops where a sentence cannot (a comma, a dash, "the", "of", a title, ":" before a quote).
public enum SentenceSplitter {
    /// The sentences of `text`, trimmed, with each run of white space (line breaks too) made one space.
    public static func split(_ text: String) -> [String] {
        (try? split(text, deadline: .none)) ?? []
    }

    /// `split(_:)`, checking `deadline` as it goes: a text of megabytes may hold a million sentences.
    public static func split(_ text: String, deadline: Deadline) throws(DeadlineExceeded) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var scan = SentenceScan(scalars)
        var sentences: [String] = []
        for bounds in try scan.run(deadline: deadline) {
            if sentences.count & 1023 == 1023 { try deadline.check() }
            var view = String.UnicodeScalarView()
            for c in scalars[bounds] where !(isSpace(c) && view.last == " ") { view.append(isSpace(c) ? " " : c) }
            sentences.append(String(view))
        }
        return sentences
    }

    /// Where each sentence of `split(_:)` lies in `text`, white space at either end left out.
    public static func ranges(in text: String) -> [Range<String.Index>] {
        let indices = Array(text.unicodeScalars.indices)
        var scan = SentenceScan(Array(text.unicodeScalars))
        return ((try? scan.run(deadline: .none)) ?? []).map { bounds in
            indices[bounds.lowerBound]..<(bounds.upperBound < indices.count ? indices[bounds.upperBound] : text.endIndex)
        }
    }

    /// Titles before a name: never the end of a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "brig", "col", "lt", "sgt", "capt", "cmdr", "cdr", "adm", "maj", "cpl",
        "pvt", "gov", "sen", "rep", "pres", "supt", "insp", "det", "amb", "hon", "rev", "fr", "st", "mt", "messrs", "mme",
        "msgr",
    ]
    /// Abbreviations that can end a sentence, but usually do not ("Apple Inc. Chief Executive").
    static let abbreviations: Set<String> = [
        "inc", "ltd", "co", "corp", "llc", "plc", "jr", "sr", "vs", "approx", "est", "dept", "govt", "univ", "bros", "assn",
        "ave", "blvd", "rd", "sq",
    ]
    /// Abbreviations written before a number ("p. 55", "No. 10", "Sept. 11", "N°. 12").
    static let numberAbbreviations: Set<String> = [
        "no", "nos", "nr", "n°", "nº", "p", "pp", "vol", "vols", "fig", "figs", "art", "ch", "para", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Words that usually start a sentence: after an abbreviation, they mark the end of one.
    static let sentenceStarters: Set<String> = [
        "a", "an", "the", "he", "she", "it", "i", "we", "they", "you", "this", "that", "these", "those", "his", "her", "its",
        "their", "our", "there", "how", "however", "what", "when", "where", "who", "why", "did", "being", "for", "in", "on",
        "at", "after", "as", "if", "but", "and", "so", "yet", "although", "while", "meanwhile", "more", "millions", "some",
        "many", "most", "then", "since", "both", "each",
    ]
    /// Words a line cannot end a sentence with: a line break after one is inside the sentence.
    static let joiningWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "and", "or", "but", "that", "as",
        "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "his", "her", "their", "its",
        "our", "this", "these", "those", "who", "which",
    ]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]
    static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "(", "[", "«"]
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.isASCII ? (c == " " || (c >= "\t" && c <= "\r")) : c.properties.isWhitespace }
    static func isBullet(_ c: Unicode.Scalar) -> Bool { c == "•" || c == "⁃" || c == "◦" || c == "▪" || c == "‣" || c == "●" }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.isASCII ? (c >= "0" && c <= "9") : c.properties.numericType != nil }
    static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        c.isASCII
            ? ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9"))
            : (c.properties.isAlphabetic || c.properties.numericType != nil)
    }
    static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.isASCII ? (c >= "A" && c <= "Z") : c.properties.isUppercase }
    static func isLowercase(_ c: Unicode.Scalar) -> Bool { c.isASCII ? (c >= "a" && c <= "z") : c.properties.isLowercase }

    /// A capital, a letter of a script without case, a digit, an opening quote or a bullet.
    static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isUppercase(c) || isDigit(c) || c == "\"" || c == "'" }
        let p = c.properties
        return p.isUppercase || (p.isAlphabetic && !p.isLowercase) || p.numericType != nil
            || c == "“" || c == "‘" || c == "«" || isBullet(c)
    }
}

/// One pass over a text's scalars, cutting it into sentence bounds.
struct SentenceScan {
    typealias Splitter = SentenceSplitter
    let s: [Unicode.Scalar]
    /// For each scalar inside quotation marks or brackets: where the outermost pair closes (-1: none).
    let protectedUntil: [Int]
    /// List item markers ("1.)", "b."): where each starts and where it ends, in text order.
    let markers: [(start: Int, end: Int)]
    /// Where the markers start, for a look-up at each line break.
    let markerStarts: Set<Int>
    var nextMarker = 0
    var bounds: [Range<Int>] = []
    var start = 0

    init(_ scalars: [Unicode.Scalar]) {
        (s, protectedUntil, markers) = (scalars, Self.protectedSpans(scalars), Self.listMarkers(scalars))
        markerStarts = Set(markers.map(\.start))
    }

    mutating func run(deadline: Deadline = .none) throws(DeadlineExceeded) -> [Range<Int>] {
        var i = 0, steps = 0
        while i < s.count {
            steps += 1
            if steps & 4095 == 0 { try deadline.check() }
            let c = s[i]
            while nextMarker < markers.count, markers[nextMarker].start < i { nextMarker += 1 }
            if isLineEnd(i) {
                i = lineBreak(i)
            } else if nextMarker < markers.count, markers[nextMarker].start == i {
                cut(i, needsContent: true)
                i = markers[nextMarker].end
            } else if Splitter.isBullet(c), i == 0 || Splitter.isSpace(s[i - 1]) {
                cut(i, needsContent: true)
                i += 1
            } else if c == "[" || c == "(", let end = elisionEnd(i) {
                i = end
            } else if c == "." || c == "!" || c == "?" || c == "…" {
                i = terminal(i)
            } else {
                i += 1
            }
        }
        cut(s.count, needsContent: false)
        return bounds
    }

    /// Ends the current sentence at `end`; with `needsContent`, only if it has a letter or digit.
    mutating func cut(_ end: Int, needsContent: Bool) {
        var lo = start, hi = end
        while lo < hi, Splitter.isSpace(s[lo]) { lo += 1 }
        while hi > lo, Splitter.isSpace(s[hi - 1]) { hi -= 1 }
        if needsContent, !s[lo..<hi].contains(where: Splitter.isLetterOrDigit) { return }
        if lo < hi { bounds.append(lo..<hi) }
        start = end
    }

    /// After "[...]" or "(…)": an elision, never a sentence end.
    func elisionEnd(_ i: Int) -> Int? {
        var j = i + 1, dots = 0
        while j < s.count, s[j] == "." || s[j] == "…" { dots += s[j] == "." ? 1 : 3; j += 1 }
        guard dots >= 3, j < s.count, s[j] == (s[i] == "[" ? "]" : ")") else { return nil }
        return j + 1
    }

    /// Decides at a run of stops beginning at `i`; returns where to go on scanning.
    mutating func terminal(_ i: Int) -> Int {
        var j = i, dots = 0, exclaims = false, spaced = false
        scanning: while j < s.count {
            switch s[j] {
            case ".": dots += 1
            case "…": dots += 3
            case "!", "?": exclaims = true
            case " "
            where dots > 0 && !exclaims && j + 1 < s.count && s[j + 1] == "."
                && (j + 2 == s.count || !Splitter.isLetterOrDigit(s[j + 2])):
                spaced = true
            default: break scanning
            }
            j += 1
        }
        var k = j
        while k < s.count, Splitter.closers.contains(s[k]) { k += 1 }
        guard k < s.count, Splitter.isSpace(s[k]), protectedUntil.isEmpty || protectedUntil[i] < k else { return k }
        var m = k
        while m < s.count, !isLineEnd(m), Splitter.isSpace(s[m]) { m += 1 }
        guard m < s.count, !isLineEnd(m) else { return m }  // the line break decides
        guard Splitter.startsSentence(s[m]) else { return k }
        let attached = i > 0 && !Splitter.isSpace(s[i - 1])
        if exclaims {
            cut(k, needsContent: true)
        } else if dots >= 2 {
            // "compounds. . . . The": the first dot ends the sentence, the ellipsis opens the next.
            if spaced && attached && dots == 4 {
                cut(i + 1, needsContent: true)
            }
            // "that.... She" and "that... She" end one; "is . . . I" and "really ... well" do not.
            else if attached || dots >= 4 {
                cut(k, needsContent: true)
            }
        } else if !continuesAfterAbbreviation(dot: i, next: m) {
            cut(k, needsContent: true)
        }
        return k
    }

    /// Whether the word before the dot is a title, abbreviation or initial the sentence goes on after.
    func continuesAfterAbbreviation(dot: Int, next: Int) -> Bool {
        var lo = dot
        while lo > 0, !Splitter.isSpace(s[lo - 1]), !Splitter.openers.contains(s[lo - 1]) { lo -= 1 }
        guard lo < dot else { return false }
        let word = String(String.UnicodeScalarView(s[lo..<dot])).lowercased()
        if Splitter.titles.contains(word) { return true }
        if Splitter.numberAbbreviations.contains(word) { return Splitter.isDigit(s[next]) }
        let beforeStarter = !startsWithStarter(next)
        if Splitter.abbreviations.contains(word) || isDottedAbbreviation(lo..<dot) { return beforeStarter }
        if dot - lo == 1, Splitter.isUppercase(s[lo]) {  // an initial, or the pronoun "I"
            return (s[lo] != "I" || previousWordIsCapitalised(lo)) && beforeStarter
        }
        return false
    }

    /// Letters in groups of one or two between dots: "U.S", "e.g", "a.m", "Ph.D".
    func isDottedAbbreviation(_ range: Range<Int>) -> Bool {
        let groups = s[range].split(separator: ".", omittingEmptySubsequences: false)
        return groups.count > 1 && groups.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.properties.isAlphabetic) }
    }

    func startsWithStarter(_ i: Int) -> Bool {
        var j = i
        while j < s.count, Splitter.openers.contains(s[j]) { j += 1 }
        guard j < s.count, Splitter.isUppercase(s[j]) else { return false }
        var end = j
        while end < s.count, s[end].properties.isAlphabetic { end += 1 }
        return Splitter.sentenceStarters.contains(String(String.UnicodeScalarView(s[j..<end])).lowercased())
    }

    func previousWordIsCapitalised(_ wordStart: Int) -> Bool {
        var p = wordStart
        while p > 0, Splitter.isSpace(s[p - 1]) { p -= 1 }
        return wordBefore(p).first.map { Splitter.isUppercase($0) } ?? false
    }

    /// Whether a line ends at `i`: a "\n", or a "\r" not followed by one (CRLF counts once, at its "\n").
    func isLineEnd(_ i: Int) -> Bool {
        s[i] == "\n" || (s[i] == "\r" && (i + 1 == s.count || s[i + 1] != "\n"))
    }

    /// Handles the line break at `i`; returns the first scalar of the next line.
    mutating func lineBreak(_ i: Int) -> Int {
        var m = i + 1, breaks = 1
        while m < s.count, Splitter.isSpace(s[m]) { breaks += isLineEnd(m) ? 1 : 0; m += 1 }
        if breaks > 1 || m == s.count || !lineGoesOn(end: i, next: m) { cut(i, needsContent: false) }
        return m
    }

    /// Whether the sentence goes on across a single line break.
    func lineGoesOn(end: Int, next: Int) -> Bool {
        let first = s[next]
        if Splitter.isBullet(first) || markerStarts.contains(next) { return false }
        if Splitter.isLowercase(first) { return true }
        var p = end
        while p > start, Splitter.isSpace(s[p - 1]) { p -= 1 }
        guard p > start else { return false }
        switch s[p - 1] {
        case ",", ";", "–", "—": return true
        case ":": return first == "“" || first == "\""
        case ".": return Splitter.titles.contains(String(wordBefore(p - 1)).lowercased())
        default: return Splitter.joiningWords.contains(String(wordBefore(p)).lowercased())
        }
    }

    /// The letters right before `end`.
    func wordBefore(_ end: Int) -> String.UnicodeScalarView {
        var lo = end
        while lo > 0, s[lo - 1].properties.isAlphabetic { lo -= 1 }
        return String.UnicodeScalarView(s[lo..<end])
    }

    /// Quotations and brackets opened and closed on the same line: for each scalar inside one,
    /// where the outermost closes. Empty when the text has none.
    static func protectedSpans(_ s: [Unicode.Scalar]) -> [Int] {
        // Linear on any input: a closer is looked for only when one of its kind is open (counts per
        // closer), and closed pairs are only recorded; the outermost ones are written at the end.
        var open: [(at: Int, closer: Unicode.Scalar)] = [], openCount: [Unicode.Scalar: Int] = [:]
        var closed: [(at: Int, end: Int)] = []
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’", "(": ")", "[": "]", "«": "»"]
        func wordAfter(_ i: Int) -> Bool { i + 1 < s.count && Splitter.isLetterOrDigit(s[i + 1]) }
        func spaceBefore(_ i: Int) -> Bool { i == 0 || Splitter.isSpace(s[i - 1]) || Splitter.openers.contains(s[i - 1]) }
        func push(_ i: Int, _ closer: Unicode.Scalar) {
            open.append((i, closer))
            openCount[closer, default: 0] += 1
        }
        func close(_ closer: Unicode.Scalar, at i: Int) {
            guard openCount[closer, default: 0] > 0, let k = open.lastIndex(where: { $0.closer == closer }) else { return }
            closed.append((open[k].at, i))
            for o in open[k...] { openCount[o.closer]! -= 1 }
            open.removeSubrange(k...)
        }
        for (i, c) in s.enumerated() {
            switch c {
            case "\n", "\r":
                open.removeAll()
                openCount.removeAll()
            case "“", "‘", "(", "[", "«": push(i, pairs[c]!)
            case "”", ")", "]", "»": close(c, at: i)
            case "’" where !wordAfter(i): close(c, at: i)
            case "\"" where openCount["\"", default: 0] > 0: close(c, at: i)
            case "\"": push(i, "\"")
            case "'" where !spaceBefore(i) && !wordAfter(i): close(c, at: i)
            case "'" where spaceBefore(i) && wordAfter(i): push(i, "'")
            default: break
            }
        }
        guard !closed.isEmpty else { return [] }
        // Pairs nest or lie apart (closing one drops those opened inside it), and one inside another
        // closes first: each scalar's value is the close of the outermost pair holding it.
        var until = Array(repeating: -1, count: s.count)
        closed.sort { $0.at < $1.at }
        var outerEnd = -1
        for pair in closed where pair.at >= outerEnd {
            for p in (pair.at + 1)..<pair.end { until[p] = pair.end }
            outerEnd = pair.end
        }
        return until
    }

    /// Numbered and lettered list markers ("1.)", "2)", "3.", "a.") that have a neighbour in sequence.
    static func listMarkers(_ s: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        var found: [(start: Int, end: Int, key: Int)] = []
        var i = -1
        while i + 1 < s.count {
            i += 1
            guard i == 0 || Splitter.isSpace(s[i - 1]) || Splitter.isBullet(s[i - 1]) else { continue }
            var j = i, key = 0
            while j < s.count, j - i < 3, s[j].isASCII, Splitter.isDigit(s[j]) { key = key * 10 + Int(s[j].value) - 48; j += 1 }
            if j - i > 2 { continue }
            if j == i {
                guard s[i].isASCII, Splitter.isLowercase(s[i]) else { continue }
                key = 1000 + Int(s[i].value)
                j += 1
            }
            guard j < s.count, s[j] == "." || s[j] == ")" else { continue }
            key += s[j] == ")" ? 20_000 : 30_000  // "1)" and "1.", then "1.)"
            j += 1
            if s[j - 1] == ".", j < s.count, s[j] == ")" { key += 10_000; j += 1 }
            if j < s.count, s[j] == " " || s[j] == "\t" { found.append((i, j, key)) }
        }
        let keys = Set(found.map(\.key))
        return found.filter { keys.contains($0.key + 1) || keys.contains($0.key - 1) }.map { ($0.start, $0.end) }
    }
}
