/// Numbers a sentence states, with their qualifier ("at least", "around") and what they count.
/// Years, days of the month, ISO dates and ordinals are left out.
public enum Quantities {
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    ]
    /// Vague plurals: more than their scale ("dozens" → more than 12, "hundreds" → more than 100).
    static let vague: [String: Double] = ["dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1_000_000]
    static let scales: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12]
    static let currencies: [Unicode.Scalar: String] = ["$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"]
    /// Qualifier phrases before a number, longest first.
    static let qualifiers: [([String], Quantity.Qualifier)] = [
        (["no", "fewer", "than"], .atLeast), (["a", "minimum", "of"], .atLeast), (["as", "many", "as"], .upTo),
        (["at", "least"], .atLeast), (["more", "than"], .moreThan), (["upwards", "of"], .moreThan), (["up", "to"], .upTo),
        (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan), (["an", "estimated"], .about),
        (["over"], .moreThan), (["around"], .about), (["about"], .about), (["some"], .about), (["roughly"], .about),
        (["approximately"], .about), (["nearly"], .about), (["almost"], .about), (["under"], .fewerThan), (["perhaps"], .about),
        (["below"], .fewerThan), (["above"], .moreThan),
    ]
    /// First letters of number words, to skip other words without a dictionary look-up.
    static let numberInitials: Set<UInt8> = Set((Array(numberWords.keys) + Array(vague.keys) + ["a", "tens", "dozen"]).compactMap(\.utf8.first))
    static let auxiliaries: Set<String> = ["were", "was", "are", "is", "been", "being", "be", "have", "has", "had"]
    /// Words that end a counted noun phrase once it has its noun: prepositions and time words
    /// that are not stopwords ("27 soldiers near Kursk", "3 percent next year").
    static let phraseEnders: Set<String> = [
        "near", "across", "along", "toward", "towards", "against", "between", "inside", "outside", "amid", "despite",
        "via", "per", "next", "last", "every", "ago", "across", "among", "beyond", "throughout",
    ]
    static let irregularParticiples: Set<String> = [
        "sent", "shot", "held", "built", "made", "taken", "seen", "hit", "burnt", "hurt", "left", "known", "found",
    ]

    /// The largest quantity kept: a quadrillion (10^15). Integers up to it are exact as Doubles;
    /// news numbers beyond it (national debts are trillions) are no quantities a claim can be
    /// checked on, and a non-finite one (a 310-digit number parses as `inf`) cannot be stored.
    static let largest = 1e15
    /// Digits before the decimal point past which a number is refused without being parsed (10^15
    /// has 16), so that a megabyte of digit groups never reaches the Double parser, whose time
    /// grows faster than the digits.
    static let longestIntegerPart = 16

    /// The numbers of a plain string (used by tests and tools).
    public static func find(in text: String) -> [Quantity] {
        (try? find(in: SentenceTokens(text), deadline: .none)) ?? []
    }

    /// `deadline` is checked every 1,024 tokens: a sentence can be megabytes long.
    static func find(in st: SentenceTokens, deadline: Deadline = .none) throws(DeadlineExceeded) -> [Quantity] {
        let t = st.tokens
        var found: [Quantity] = []
        var i = 0
        while i < t.count {
            if i & 1023 == 1023 { try deadline.check() }
            guard let start = number(st, at: i) else { i += 1; continue }
            var (value, qualifier, next) = start
            let first = i
            // "1.34 billion", "two hundred".
            while next < t.count, let scale = scales[t[next].lower], t[next - 1].after.isEmpty || t[next - 1].after == "-" {
                value *= scale; next += 1
            }
            // "999 trillion trillion", "1.5 billion" after a number at the bound: refused, its words skipped.
            guard value.isFinite, abs(value) <= Self.largest else { i = next; continue }
            var currency: String?
            var startScalar = t[first].start
            if first == i, startScalar > 0, let c = currencies[st.scalars[startScalar - 1]] { currency = c; startScalar -= 1 }
            if t[first].lower == "a" || t[first].lower == "tens" { startScalar = t[first].start }
            let written = st.string(startScalar..<t[next - 1].end)
            if let q = qualifierBefore(t, first) { qualifier = q }
            var (counted, unit) = countedPhrase(st, from: next, hyphenUnit: hyphenUnit(t[next - 1]))
            if let currency, counted.isEmpty { counted = currency == "dollars" ? "USD" : currency }
            found.append(Quantity(value: value, written: written, unit: unit, qualifier: qualifier, counted: counted))
            i = next
        }
        return found
    }

    /// A number starting at token `i`: its value, its own qualifier ("dozens" is "about") and the
    /// token after it. Dates, ordinals and "one of" idioms are not numbers.
    static func number(_ st: SentenceTokens, at i: Int) -> (Double, Quantity.Qualifier, Int)? {
        let t = st.tokens, w = t[i]
        guard w.isNumber || Self.numberInitials.contains(w.lower.utf8.first ?? 0) else { return nil }
        if w.isNumber {
            if Dates.isDateNumber(st, at: i) { return nil }
            // "24/7", "50/50", "2/3": a ratio or a fraction, not two counts.
            if i + 1 < t.count && w.after == "/" && t[i + 1].isNumber || i > 0 && w.before.hasSuffix("/") && t[i - 1].isNumber { return nil }
            var digits = Substring(w.text)
            if let hyphen = digits.firstIndex(of: "-") { digits = digits[..<hyphen] }
            // "48.5C", "12km": a unit written onto the number.
            if unitSuffix(w) != nil { digits = digits.prefix { $0.isNumber || $0 == "," || $0 == "." } }
            guard let v = decimal(digits) else { return nil }
            return (v, .exact, i + 1)
        }
        if w.lower == "a", i + 1 < t.count, t[i + 1].lower == "dozen" { return (12, .exact, i + 2) }
        if w.lower == "tens", i + 2 < t.count, t[i + 1].lower == "of", t[i + 2].lower == "thousands" { return (10_000, .moreThan, i + 3) }
        if let v = vague[w.lower] { return (v, .moreThan, i + 1) }
        if w.lower == "one", isPronoun(st, at: i) { return nil }
        if w.lower == "dozen" { return (12, .exact, i + 1) }
        let parts = w.lower.split(separator: "-").map(String.init)
        guard !parts.isEmpty, let head = numberWords[parts[0]], scales[parts[0]] == nil || i == 0 || t[i - 1].lower == "a" else { return nil }
        var value = head
        if parts.count == 2, let unit = numberWords[parts[1]], unit < 10 { value += unit }
        return (value, .exact, i + 1)
    }

    /// "one" as a pronoun, not the number 1: "one of the candidates", "no one", "the one who",
    /// "a better one", "one who …", "one could argue", "one's", "one another", "one by one". It
    /// counts when a noun or a number follows it ("one candidate", "one in five", "one million").
    static func isPronoun(_ st: SentenceTokens, at i: Int) -> Bool {
        let t = st.tokens, w = t[i]
        if w.possessive { return true }
        let next = i + 1 < t.count && w.after.isEmpty ? t[i + 1].lower : nil
        // "one million", "one hundred": a number.
        if let next, scales[next] != nil || numberWords[next] != nil { return false }
        if i > 0, t[i - 1].after.isEmpty {
            // "which", "that" and "this" also join clauses ("in which one attendee …"): a pronoun
            // only before a function word, punctuation or the end ("which one is", "that one.").
            if oneDeterminers.contains(t[i - 1].lower) {
                guard ["which", "that", "this"].contains(t[i - 1].lower), let next else { return true }
                if oneFollowers.contains(next) || Stopwords.english.contains(next) { return true }
            }
            // "a better one", "the only one", "the right one": an adjective between.
            if i > 1, t[i - 2].after.isEmpty, oneDeterminers.contains(t[i - 2].lower) || t[i - 2].lower == "a" || t[i - 2].lower == "an",
                !t[i - 1].isNumber, !t[i - 1].capitalised, numberWords[t[i - 1].lower] == nil,
                next.map { oneFollowers.contains($0) || Stopwords.english.contains($0) } ?? true
            {
                return true
            }
            // The second "one" of "one by one".
            if t[i - 1].lower == "by", i > 1, t[i - 2].lower == "one" { return true }
        }
        // "one" before a comma or a full stop counts nothing.
        guard let next else { return true }
        return oneFollowers.contains(next) || next == "by" && i + 2 < t.count && t[i + 2].lower == "one"
    }

    /// Words before a pronoun "one" ("no one", "each one", "which one").
    static let oneDeterminers: Set<String> = [
        "no", "any", "every", "single", "each", "the", "this", "that", "which", "another", "such", "other",
    ]
    /// Words after a pronoun "one": "one of", "one who", "one could argue", "one another".
    static let oneFollowers: Set<String> = [
        "of", "another", "who", "whom", "whose", "that", "which", "can", "could", "would", "should", "must", "might", "may",
        "will", "shall", "cannot", "is", "was", "has", "had", "does", "did", "else",
    ]

    /// The value of digits with `,` groups (dropped) and one optional `.` ("10,000", "1.34"), or nil for
    /// anything else (an exponent "1e400" or hex "0x1p3": forms the Double parser takes but news
    /// does not write), for more than `longestIntegerPart` digits before the point, and for a value
    /// past `largest`. Decided over the UTF-8 bytes before any parsing: linear in the token.
    static func decimal(_ text: Substring) -> Double? {
        var integerDigits = 0, decimals = 0, seenPoint = false
        var plain: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint {
                    decimals += 1
                    if decimals > 32 { continue }  // past what a Double holds
                } else if integerDigits > 0 || b != UInt8(ascii: "0") {  // leading zeros add no magnitude
                    integerDigits += 1
                    if integerDigits > longestIntegerPart { return nil }
                }
                plain.append(b)
            case UInt8(ascii: ","):
                continue  // digit groups
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
                plain.append(b)
            default:
                return nil
            }
        }
        guard plain.contains(where: { $0 != UInt8(ascii: ".") }), let v = Double(String(decoding: plain, as: UTF8.self)),
            v.isFinite, v <= largest
        else { return nil }
        return v
    }

    static func qualifierBefore(_ t: [Token], _ i: Int) -> Quantity.Qualifier? {
        for (phrase, q) in qualifiers where i >= phrase.count {
            if zip(t[(i - phrase.count)..<i], phrase).allSatisfy({ $0.lower == $1 }) { return q }
        }
        return nil
    }

    /// Units written onto a number ("48.5C", "12km"), as the words they abbreviate.
    static let suffixUnits: [String: String] = [
        "c": "degrees", "f": "degrees", "km": "kilometres", "kg": "kilograms", "mm": "millimetres", "cm": "centimetres",
        "m": "metres", "mph": "mph", "kmh": "kmh", "gw": "gigawatts", "mw": "megawatts",
    ]

    static func unitSuffix(_ w: Token) -> String? {
        guard w.isNumber, !w.text.contains("-") else { return nil }
        let letters = w.text.drop { $0.isNumber || $0 == "," || $0 == "." }
        guard !letters.isEmpty, letters.allSatisfy(\.isLetter) else { return nil }
        return suffixUnits[letters.lowercased()]
    }

    /// "31-second" → "second"; "48.5C" → "degrees".
    static func hyphenUnit(_ w: Token) -> String? {
        if let unit = unitSuffix(w) { return unit }
        guard let hyphen = w.text.firstIndex(of: "-") else { return nil }
        // "two-minute": a number word before the hyphen.
        if !w.isNumber {
            let head = w.lower[..<hyphen], rest = w.lower[w.lower.index(after: hyphen)...]
            guard numberWords[String(head)] != nil, numberWords[String(rest)] == nil, rest.allSatisfy(\.isLetter) else { return nil }
            return String(w.text[w.text.index(after: hyphen)...])
        }
        let rest = w.text[w.text.index(after: hyphen)...]
        return rest.isEmpty || rest.first!.isNumber ? nil : String(rest)
    }

    /// The modifiers and noun after a number ("North Korean troops"), plus a following participle
    /// phrase without auxiliaries ("killed or wounded"), and the stem of the head noun.
    static func countedPhrase(_ st: SentenceTokens, from start: Int, hyphenUnit: String?) -> (String, String) {
        let t = st.tokens
        var words: [String] = hyphenUnit.map { [$0] } ?? []
        var head = hyphenUnit?.lowercased() ?? ""
        var j = start
        if j < t.count, t[j].lower == "of", hyphenUnit == nil {
            j += 1
            if j < t.count, t[j].lower == "the" { j += 1 }  // "40 of the shelter places"
        }
        var stop = start > 0 && !t[start - 1].after.isEmpty && t[start - 1].after != "-"
        while !stop, j < t.count, words.count < 6 {
            let w = t[j]
            if w.isNumber || numberWords[w.lower] != nil { break }
            if (w.lower == "and" || w.lower == "or"), j + 1 < t.count, t[j + 1].capitalised, !words.isEmpty { words.append(w.text); j += 1; continue }
            if Stopwords.english.contains(w.lower) || w.lower.hasSuffix("ing") && !w.capitalised { break }
            if !w.capitalised, !words.isEmpty, isParticiple(w.lower), head != "" { break }
            if head != "", phraseEnders.contains(w.lower) { break }
            words.append(w.text)
            if !w.capitalised, hyphenUnit == nil { head = w.lower }
            stop = !w.after.isEmpty && w.after != "-"
            j += 1
            // A plural noun ends the phrase: what follows is a verb or a complement
            // ("4,000 residents use the ferries"), not a compound ("shelter places").
            if !w.capitalised, hyphenUnit == nil, Self.isPlural(w.lower) { break }
        }
        if head.isEmpty { head = words.last?.lowercased() ?? "" }
        if !stop, !head.isEmpty {
            var k = j
            while k < t.count, auxiliaries.contains(t[k].lower) { k += 1 }
            if k < t.count, isParticiple(t[k].lower), !t[k].capitalised {
                words.append(t[k].text)
                if k + 2 < t.count, t[k].after.isEmpty, ["or", "and"].contains(t[k + 1].lower), isParticiple(t[k + 2].lower) {
                    words.append(contentsOf: [t[k + 1].text, t[k + 2].text])
                }
            }
        }
        return (words.joined(separator: " "), head.isEmpty ? "" : Stemmer.english.stem(head))
    }

    static func isPlural(_ lower: String) -> Bool {
        lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is")
    }

    static func isParticiple(_ lower: String) -> Bool {
        lower.count >= 4 && lower.hasSuffix("ed")
            && !["need", "speed", "seed", "feed", "breed", "shed", "deed", "weed", "reed", "greed", "hundred"].contains(lower)
            || irregularParticiples.contains(lower)
    }
}
