/// A saved HTTP response (`HTTP/1.1 200 OK`, header lines, a blank line, then the body), as some
/// scrapers store pages. Gives the charset from Content-Type and where the body starts. Header lines
/// may end with CRLF (as HTTP sends them), LF or a lone CR (`LineEndings`).
enum HTTPResponse {
    static func split(_ bytes: [UInt8]) -> (charset: String?, url: String?, body: ArraySlice<UInt8>)? {
        guard bytes.starts(with: Array("HTTP/".utf8)) else { return nil }
        var charset: String?
        var url: String?
        var lineStart = 0
        while let (end, next) = LineEndings.lineEnd(in: bytes, from: lineStart) {
            let line = bytes[lineStart..<end]
            if line.isEmpty { return (charset, url, bytes[next...]) }
            let text = String(decoding: line, as: UTF8.self)
            if let colon = text.firstIndex(of: ":") {
                let name = text[..<colon].lowercased()
                let value = text[text.index(after: colon)...].trimmingCharacters()
                if name == "content-type" { charset = CharsetConverter.charset(inContentType: value) }
                if name == "content-location" || name == "location" { url = value }
            }
            lineStart = next
        }
        return nil
    }
}
