/// A saved HTTP response (`HTTP/1.1 200 OK`, header lines, a blank line, then the body), as some
/// scrapers store pages. Gives the charset from Content-Type and where the body starts.
enum HTTPResponse {
    static func split(_ bytes: [UInt8]) -> (charset: String?, url: String?, body: ArraySlice<UInt8>)? {
        guard bytes.starts(with: Array("HTTP/".utf8)) else { return nil }
        var lineStart = 0
        var charset: String?
        var url: String?
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\n") else { i += 1; continue }
            var line = bytes[lineStart..<i]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty { return (charset, url, bytes[(i + 1)...]) }
            let text = String(decoding: line, as: UTF8.self)
            if let colon = text.firstIndex(of: ":") {
                let name = text[..<colon].lowercased()
                let value = text[text.index(after: colon)...].trimmingCharacters()
                if name == "content-type" { charset = CharsetConverter.charset(inContentType: value) }
                if name == "content-location" || name == "location" { url = value }
            }
            lineStart = i + 1
            i += 1
        }
        return nil
    }
}
