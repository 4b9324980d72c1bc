/// The optional header block of a text article: leading `Key: value` lines ended by a blank line.
///
/// Keys are case-insensitive: Title, Source or Outlet, URL, Date or Published, Author, Language.
/// A first line that is not a known `Key: value` means there is no header block.
public struct HeaderBlock: Sendable, Equatable {
    public var fields: [String: String]
    public var body: Substring

    static let keys: [String: String] = [
        "title": "title", "source": "outlet", "outlet": "outlet", "url": "url",
        "date": "published", "published": "published", "author": "author", "language": "language",
    ]

    public static func parse(_ text: String) -> HeaderBlock {
        var fields: [String: String] = [:]
        var rest = text[...]
        while !rest.isEmpty {
            let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<lineEnd].trimmingSuffix(while: { $0 == "\r" || $0 == " " || $0 == "\t" })
            let next = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : rest.endIndex
            if line.isEmpty {
                // A blank line ends the block only when the block has started.
                return fields.isEmpty ? HeaderBlock(fields: [:], body: text[...]) : HeaderBlock(fields: fields, body: rest[next...])
            }
            guard let colon = line.firstIndex(of: ":"),
                  let key = keys[line[..<colon].trimmingCharacters().lowercased()]
            else { return HeaderBlock(fields: [:], body: text[...]) }
            let value = line[line.index(after: colon)...].trimmingCharacters()
            if !value.isEmpty, fields[key] == nil { fields[key] = value }
            rest = rest[next...]
        }
        // The whole file was header lines: no body.
        return HeaderBlock(fields: fields, body: rest)
    }
}

extension StringProtocol {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }

    /// Spaces, tabs and line breaks removed at both ends.
    func trimmingCharacters() -> String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
