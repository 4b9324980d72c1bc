import Foundation

/// A search text made into words: what a pasted post or page carries besides its words goes.
///
/// - Links go: `https://…`, `http://…`, `www.…` and `pic.twitter.com/…`, even glued to the word before
///   them ("#Minecrafthttps://t.co/…").
/// - Hashtags and @handles become their words: `#DefundTheCBC` → "Defund The CBC",
///   `@realDonaldTrump` → "real Donald Trump".
/// - An embedded tweet's signature, "— Name (@handle) January 6, 2020", keeps the name only: who
///   posted it is often who the claim is about; the handle and the date are not the claim.
public enum QueryText {
    public static func normalised(_ text: String) -> String {
        var text = withoutSignature(text)
        for link in ["https://", "http://", "pic.twitter.com/"] {
            text = text.replacingOccurrences(of: link, with: " " + link)
        }
        let kept = text.split(
            omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        )
        .filter { !isLink($0) }
        return kept.map(wordsOfTags).joined(separator: " ")
    }

    static func isLink(_ token: Substring) -> Bool {
        let lower = token.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("www.") || lower.hasPrefix("pic.twitter.com/")
    }

    /// "— Name (@handle) Month D, YYYY" at the end of the text becomes "Name".
    static func withoutSignature(_ text: String) -> String {
        guard let dash = text.lastIndex(of: "—") else { return text }
        let tail = text[text.index(after: dash)...].trimmingCharacters(in: .whitespacesAndNewlines)
        guard let open = tail.range(of: "(@", options: .backwards), let close = tail[open.upperBound...].firstIndex(of: ")") else { return text }
        let date = tail[tail.index(after: close)...].split(separator: " ")
        guard date.count == 3, Lexicon.months[date[0].lowercased()] != nil, date[1].hasSuffix(","),
            date[1].dropLast().allSatisfy(\.isNumber), date[2].count == 4, date[2].allSatisfy(\.isNumber)
        else { return text }
        let name = tail[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
        return String(text[..<dash]) + " " + name
    }

    /// `#Tag` and `@handle` written as words; other text unchanged.
    static func wordsOfTags(_ token: Substring) -> String {
        guard token.contains("#") || token.contains("@") else { return String(token) }
        var out = ""
        var index = token.startIndex
        while index < token.endIndex {
            let c = token[index]
            let next = token.index(after: index)
            let startsTag = (c == "#" || c == "@") && (index == token.startIndex || !isTagCharacter(token[token.index(before: index)]))
            if startsTag, next < token.endIndex, isTagCharacter(token[next]) {
                var end = next
                while end < token.endIndex, isTagCharacter(token[end]) { end = token.index(after: end) }
                out += " " + camelCaseWords(token[next..<end]) + " "
                index = end
            } else {
                out.append(c)
                index = next
            }
        }
        return out
    }

    static func isTagCharacter(_ c: Character) -> Bool {
        c == "_" || c.isLetter || c.isNumber
    }

    /// "DefundTheCBC" → "Defund The CBC", "CBCNews" → "CBC News", "FreeIran2020" → "Free Iran 2020",
    /// "tera_Lover_" → "tera Lover".
    static func camelCaseWords(_ tag: Substring) -> String {
        let characters = Array(tag)
        var out = ""
        for (i, c) in characters.enumerated() {
            if c == "_" {
                out.append(" ")
                continue
            }
            if i > 0 {
                let previous = characters[i - 1]
                let next = i + 1 < characters.count ? characters[i + 1] : nil
                let lowerToUpper = previous.isLowercase && c.isUppercase
                let acronymEnd = previous.isUppercase && c.isUppercase && (next?.isLowercase ?? false)
                let letterDigit = (previous.isLetter && c.isNumber) || (previous.isNumber && c.isLetter)
                if lowerToUpper || acronymEnd || letterDigit { out.append(" ") }
            }
            out.append(c)
        }
        return out
    }
}
