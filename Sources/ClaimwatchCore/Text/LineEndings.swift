/// Line endings as files come with them: LF (Unix), CRLF (Windows, HTTP, many scrapers) and a lone
/// CR (classic Mac OS, some exporters). Each ends a line, and CRLF ends one line, not two.
///
/// Every line-based step of intake splits with these functions, so that the three read alike. Swift
/// cannot do it with `split(separator: "\n")`: "\r\n" is one `Character` (one grapheme cluster),
/// which is not "\n", so a CRLF text has no "\n" Character at all. The functions work on UTF-8
/// bytes, where CR and LF are single bytes; a line boundary is always a Character boundary too.
public enum LineEndings {
    /// One line of a text: its content without the ending, and where the next line starts (the
    /// text's end after the last line).
    public struct Line: Sendable, Equatable {
        public var text: Substring
        public var next: String.Index
    }

    /// The lines of `text`, split at each LF, CRLF or lone CR, the endings left out. As with
    /// `split(separator:omittingEmptySubsequences: false)`, a text that ends with a line ending has
    /// an empty last line, and an empty text has one empty line.
    public static func lines(of text: Substring) -> [Line] {
        var lines: [Line] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            let byte = utf8[i]
            guard byte == lf || byte == cr else {
                utf8.formIndex(after: &i)
                continue
            }
            var next = utf8.index(after: i)
            if byte == cr, next < utf8.endIndex, utf8[next] == lf { utf8.formIndex(after: &next) }
            lines.append(Line(text: text[start..<i], next: next))
            start = next
            i = next
        }
        lines.append(Line(text: text[start...], next: text.endIndex))
        return lines
    }

    public static func lines(of text: String) -> [Line] { lines(of: text[...]) }

    /// The lines of `text` without their endings (see `lines(of:)`).
    public static func split(_ text: String) -> [Substring] { lines(of: text[...]).map(\.text) }

    public static func split(_ text: Substring) -> [Substring] { lines(of: text).map(\.text) }

    /// `text` with each CRLF and each lone CR made LF. A text without CR is returned as it is.
    public static func normalized(_ text: String) -> String {
        guard text.utf8.contains(cr) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == lf, previousWasCR {
                previousWasCR = false
                continue  // the CR before it was written as LF already
            }
            previousWasCR = byte == cr
            bytes.append(byte == cr ? lf : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The end of the line of `bytes` that starts at `start`: where its ending starts and where the
    /// next line starts; nil when no line ending follows (the line runs to the end of the bytes).
    public static func lineEnd<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, from start: Bytes.Index
    )
        -> (end: Bytes.Index, next: Bytes.Index)?
    {
        guard let end = bytes[start...].firstIndex(where: { $0 == lf || $0 == cr }) else { return nil }
        var next = bytes.index(after: end)
        if bytes[end] == cr, next < bytes.endIndex, bytes[next] == lf { next = bytes.index(after: next) }
        return (end, next)
    }

    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
}
