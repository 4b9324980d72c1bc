/// The metadata block at the top of a text article: YAML front matter (`---` … `---`) or leading
/// `Key: value` lines ended by a blank line.
///
/// Lines may end with LF, CRLF or CR (`LineEndings`). Keys are case-insensitive: Title, Source or Outlet, URL, Date or Published, Author, Language,
/// Content-Type or Charset. A first line that is not a known `Key: value` means there is no block.
public struct HeaderBlock: Sendable, Equatable {
    public var fields: ArticleFields
    /// The text after the block.
    public var body: Substring
    /// How many lines the block took, so that body line numbers can be reported as file lines.
    public var lineCount: Int

    public static func parse(_ text: String) -> HeaderBlock {
        let lines = LineEndings.lines(of: text)
        if let first = lines.first, first.text.trimmingCharacters() == "---" {
            return frontMatter(text, lines: lines) ?? HeaderBlock(fields: ArticleFields(), body: text[...], lineCount: 0)
        }
        var fields = ArticleFields()
        var index = 0
        var offset = text.startIndex
        for line in lines {
            let trimmed = line.text.trimmingCharacters()
            if trimmed.isEmpty {
                guard index > 0 else { break }
                // A blank last line ("Title: x\n") ends at the text's end: nothing follows it.
                return HeaderBlock(fields: fields, body: text[line.next...], lineCount: index + 1)
            }
            guard let colon = trimmed.firstIndex(of: ":"), ArticleFields.isKnown(String(trimmed[..<colon])) else { break }
            fields.set(key: String(trimmed[..<colon]), value: String(trimmed[trimmed.index(after: colon)...]))
            index += 1
            offset = line.next
        }
        if index > 0, index == lines.count || (index == lines.count - 1 && lines.last!.text.isEmpty) {
            // The whole file was header lines: no body.
            return HeaderBlock(fields: fields, body: text[offset...], lineCount: index)
        }
        return HeaderBlock(fields: ArticleFields(), body: text[...], lineCount: 0)
    }

    /// YAML front matter: `key: value` lines (values may be quoted; a key followed by `- item`
    /// lines is a list, joined with commas) between two `---` lines.
    static func frontMatter(_ text: String, lines: [LineEndings.Line]) -> HeaderBlock? {
        var fields = ArticleFields()
        var listKey: String?
        var listItems: [String] = []
        func flushList() {
            if let key = listKey, !listItems.isEmpty { fields.set(key: key, value: listItems.joined(separator: ", ")) }
            listKey = nil
            listItems = []
        }
        for (index, line) in lines.enumerated().dropFirst() {
            let trimmed = line.text.trimmingCharacters()
            if trimmed == "---" || trimmed == "..." {
                flushList()
                return HeaderBlock(fields: fields, body: text[line.next...], lineCount: index + 1)
            }
            if trimmed.hasPrefix("- "), listKey != nil {
                listItems.append(unquote(trimmed.dropFirst(2)))
                continue
            }
            flushList()
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon])
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters()
            if value.isEmpty { listKey = key } else { fields.set(key: key, value: unquote(value[...])) }
        }
        return nil  // no closing line: not front matter
    }

    static func unquote(_ value: Substring) -> String {
        let v = value.trimmingCharacters()
        if v.count >= 2, let f = v.first, let l = v.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            return String(v.dropFirst().dropLast())
        }
        return v
    }
}

extension StringProtocol {
    /// Spaces, tabs and line breaks removed at both ends.
    func trimmingCharacters() -> String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
