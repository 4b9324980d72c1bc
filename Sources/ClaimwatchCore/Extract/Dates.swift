/// Dates a sentence mentions: explicit ("December 16", "Dec 17, 2024", "2024-12-17"), weekdays
/// ("on Tuesday") and relative phrases ("yesterday", "over the weekend", "earlier in November"),
/// resolved to YYYY-MM-DD against the publication date when they pin a day down.
enum Dates {
    /// How a relative phrase resolves against the publication day.
    enum Resolution: Sendable { case none, offset(Int), saturdayBefore }

    /// Relative phrases, longest first.
    static let relative: [([String], Resolution)] = [
        (["earlier", "this", "year"], .none), (["earlier", "this", "month"], .none), (["earlier", "this", "week"], .none),
        (["over", "the", "weekend"], .saturdayBefore), (["last", "weekend"], .saturdayBefore), (["last", "week"], .none),
        (["last", "month"], .none), (["last", "year"], .none), (["this", "week"], .none), (["yesterday"], .offset(-1)),
        (["today"], .offset(0)), (["tomorrow"], .offset(1)),
    ]

    static func resolve(_ r: Resolution, _ day: Int) -> Int? {
        switch r {
        case .none: return nil
        case .offset(let n): return day + n
        case .saturdayBefore: return Day.previous(weekday: 6, before: day)
        }
    }

    /// Year numbers standing alone, days next to a month name, ISO dates, and the numbers of a
    /// slash date ("11/8/2016", "9/11": see `slashDate`).
    static func isDateNumber(_ st: SentenceTokens, at i: Int) -> Bool {
        let t = st.tokens, w = t[i]
        if iso(w.text) != nil { return true }
        if w.text.count == 4, let year = Int(w.text), (1900...2099).contains(year) { return true }
        if i > 0, Lexicon.months[t[i - 1].lower] != nil, t[i - 1].capitalised { return true }
        if i + 1 < t.count, Lexicon.months[t[i + 1].lower] != nil, t[i + 1].capitalised { return true }
        if w.after == "/" || w.before.hasSuffix("/") {
            let first = w.before.hasSuffix("/") ? (i >= 2 && t[i - 2].after == "/" ? i - 2 : i - 1) : i
            if first >= 0, slashDate(st, at: first, published: nil) != nil { return true }
        }
        return false
    }

    /// "2024-12-17" → (2024, 12, 17).
    static func iso(_ text: String) -> (Int, Int, Int)? {
        guard text.utf8.count >= 10, text.utf8.first.map({ (48...57).contains($0) }) ?? false else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return (y, m, d)
    }

    /// The dates of a sentence, in order.
    static func find(in st: SentenceTokens, published: String?) -> [DateMention] {
        let t = st.tokens
        let pub = published.flatMap(iso).map { Day.number($0.0, $0.1, $0.2) }
        var found: [DateMention] = []
        var i = 0
        while i < t.count {
            let w = t[i]
            if let (y, m, d) = iso(w.text), w.isNumber {
                found.append(DateMention(written: w.text, kind: .explicit, resolved: Day.string(Day.number(y, m, d))))
            } else if let month = Lexicon.months[w.lower], w.capitalised, w.lower != "may" || i + 1 < t.count && t[i + 1].isNumber {
                var end = i
                var day: Int?
                var year: Int?
                if i + 1 < t.count, t[i + 1].isNumber, let d = Int(t[i + 1].text), (1...31).contains(d) { day = d; end = i + 1 }
                if day != nil, end + 1 < t.count, t[end + 1].text.count == 4, let y = Int(t[end + 1].text), (1900...2099).contains(y) {
                    year = y; end += 1
                } else if day == nil, i + 1 < t.count, t[i + 1].text.count == 4, let y = Int(t[i + 1].text), (1900...2099).contains(y) {
                    year = y; end = i + 1
                }
                if let day {
                    let y = year ?? namedDayYear(st, month: month, day: day, end: end) ?? pub.map { Day.civil($0).0 }
                    found.append(DateMention(written: st.span(i, end), kind: .explicit, resolved: y.map { Day.string(Day.number($0, month, day)) }))
                } else {
                    var lo = i
                    if i >= 2, t[i - 1].lower == "in", ["earlier", "later", "early", "late"].contains(t[i - 2].lower) { lo = i - 2 }
                    found.append(DateMention(written: st.span(lo, end), kind: .relative, resolved: nil))
                }
                i = end
            } else if w.isNumber, i + 1 < t.count, let d = Int(w.text), (1...31).contains(d), let month = Lexicon.months[t[i + 1].lower],
                t[i + 1].capitalised
            {
                let y = pub.map { Day.civil($0).0 }
                found.append(DateMention(written: st.span(i, i + 1), kind: .explicit, resolved: y.map { Day.string(Day.number($0, month, d)) }))
                i += 1
            } else if let (mention, end) = slashDate(st, at: i, published: pub) {
                found.append(mention)
                i = end
            } else if let weekday = Lexicon.weekdays[w.lower], w.capitalised {
                found.append(
                    DateMention(written: w.text, kind: .weekday, resolved: pub.map { Day.string(Day.previous(weekday: weekday, onOrBefore: $0)) }))
            } else if let (length, resolution) = relativePhrase(t, at: i), !isInsideName(st, at: i) {
                found.append(
                    DateMention(
                        written: st.span(i, i + length - 1), kind: .relative, resolved: pub.flatMap { resolve(resolution, $0) }.map(Day.string)))
                i += length - 1
            }
            i += 1
        }
        return found
    }

    static let relativeStarts: Set<String> = Set(relative.map { $0.0[0] })

    /// A capitalised relative word inside a sentence, not opening a quotation or a clause after a
    /// colon, dash or bracket, is part of a name ("Russia Today", "USA Today", "NBC's Today show"),
    /// not a date: in running text "today" is written in lower case.
    static func isInsideName(_ st: SentenceTokens, at i: Int) -> Bool {
        let t = st.tokens
        guard i > 0, t[i].capitalised else { return false }
        if t[i].quote != nil, t[i - 1].quote != t[i].quote { return false }
        return !t[i].before.contains { ":;—–-(\"“‘«".contains($0) }
    }

    /// Days that name one past event more often than they date the article's news, with its year:
    /// "the Sept. 11 attacks", "9/11 victims", "Dec. 7 anniversary" (Pearl Harbor).
    static let namedDays: [Int: Int] = [9 * 100 + 11: 2001, 12 * 100 + 7: 1941]

    /// The year of a named day (`namedDays`) written without one and used as a noun modifier
    /// ("Sept. 11 conspiracy theories", "the 9/11 attacks"): the event it names, not a day of the
    /// publication year. `end` is the day's token.
    static func namedDayYear(_ st: SentenceTokens, month: Int, day: Int, end: Int) -> Int? {
        guard let year = namedDays[month * 100 + day] else { return nil }
        let t = st.tokens
        guard end + 1 < t.count, t[end].after.isEmpty, !t[end + 1].capitalised, !t[end + 1].isNumber,
            !Stopwords.english.contains(t[end + 1].lower), !Content.prepositions.contains(t[end + 1].lower)
        else { return nil }
        return year
    }

    /// "11/8/2016" and "11/8/16" (month first, as US news writes them), and a named day written
    /// with a slash ("9/11 attacks"). Other pairs of numbers with a slash ("24/7", "50/50") are no
    /// dates. Returns the mention and the index of its last token.
    static func slashDate(_ st: SentenceTokens, at i: Int, published pub: Int?) -> (DateMention, Int)? {
        let t = st.tokens
        guard t[i].isNumber, i + 1 < t.count, t[i].after == "/", t[i + 1].isNumber, let m = Int(t[i].text), let d = Int(t[i + 1].text),
            (1...12).contains(m), (1...31).contains(d), i == 0 || !t[i].before.hasSuffix("/")
        else { return nil }
        if i + 2 < t.count, t[i + 1].after == "/", let y = Int(t[i + 2].text), t[i + 2].isNumber, t[i + 2].text.count == 4 || t[i + 2].text.count == 2
        {
            let year = y < 100 ? 2000 + y : y
            return (DateMention(written: st.span(i, i + 2), kind: .explicit, resolved: Day.string(Day.number(year, m, d))), i + 2)
        }
        guard t[i + 1].after != "/", let year = namedDays[m * 100 + d] else { return nil }
        return (DateMention(written: st.span(i, i + 1), kind: .explicit, resolved: Day.string(Day.number(year, m, d))), i + 1)
    }

    static func relativePhrase(_ t: [Token], at i: Int) -> (Int, Resolution)? {
        guard relativeStarts.contains(t[i].lower) else { return nil }
        for (phrase, resolve) in relative where i + phrase.count <= t.count {
            if zip(t[i..<(i + phrase.count)], phrase).allSatisfy({ $0.lower == $1 }) { return (phrase.count, resolve) }
        }
        return nil
    }
}

/// Days as numbers counted from 1970-01-01 (a Thursday), without Foundation calendars.
public enum Day {
    /// Howard Hinnant's days_from_civil.
    public static func number(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's civil_from_days: (year, month, day).
    public static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Monday = 1 … Sunday = 7.
    public static func weekday(_ day: Int) -> Int { ((day % 7 + 7) % 7 + 3) % 7 + 1 }

    static func previous(weekday: Int, onOrBefore day: Int) -> Int { day - (self.weekday(day) - weekday + 7) % 7 }

    static func previous(weekday: Int, before day: Int) -> Int { previous(weekday: weekday, onOrBefore: day - 1) }

    static func string(_ day: Int) -> String {
        let (y, m, d) = civil(day)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
