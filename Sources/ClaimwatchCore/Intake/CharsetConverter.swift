import Foundation

/// Converts bytes in a named character set to a String with glibc's iconv. Pure computation: the
/// conversion tables ship with glibc.
enum CharsetConverter {
    /// Charset names that are UTF-8 under another label.
    static let utf8Names: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii", "unicode-1-1-utf-8"]

    /// The text, or nil when the charset is unknown to iconv or the bytes are not valid in it.
    static func convert(_ bytes: ArraySlice<UInt8>, from charset: String) -> String? {
        // HTML5: a page labelled ISO-8859-1 or ASCII is decoded as Windows-1252.
        let name = ["iso-8859-1", "latin1", "l1", "iso8859-1"].contains(charset.lowercased()) ? "WINDOWS-1252" : charset
        let handle = iconv_open("UTF-8", name)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                guard iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }

    /// The charset named in a Content-Type value or a `<meta charset>`: `text/html; charset=utf-8`.
    static func charset(inContentType value: String) -> String? {
        let lower = value.lowercased()
        guard let range = lower.range(of: "charset=") else { return nil }
        let rest = lower[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return name.isEmpty ? nil : String(name)
    }
}
