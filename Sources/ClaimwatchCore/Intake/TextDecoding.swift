import Foundation

/// Text decoded from a file's bytes, and the encoding it was read as.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    /// "utf-8", "utf-16le", "windows-1252", or a declared charset's name.
    public var encoding: String
}

/// Turns file bytes into NFC-normalised text.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised; a declared charset (from an
/// HTTP-like header or the HTML) is honoured; bytes that are not UTF-8 fall back to Windows-1252
/// (a superset of Latin-1 for text) when they look like text in it. Binary content, files cut in the
/// middle of a character and bytes no encoding explains are rejected with the reason.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) throws(IntakeError) -> DecodedText {
        let decoded = try decodeRaw(bytes, declaredCharset: declaredCharset)
        return DecodedText(text: LineEndings.normalized(decoded.text.precomposedStringWithCanonicalMapping), encoding: decoded.encoding)
    }

    static func decodeRaw(_ bytes: [UInt8], declaredCharset: String?) throws(IntakeError) -> DecodedText {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return DecodedText(text: try decodeUTF16(bytes), encoding: bytes[0] == 0xFF ? "utf-16le" : "utf-16be")
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        try rejectBinary(bytes[start...])
        if let declared = declaredCharset?.lowercased(), !CharsetConverter.utf8Names.contains(declared) {
            guard let text = CharsetConverter.convert(bytes[start...], from: declared) else {
                throw IntakeError(
                    .undecodable,
                    "the bytes are not valid \(declared), the charset the file declares; fix the declaration or convert the file to UTF-8")
            }
            return DecodedText(text: text, encoding: declared)
        }
        switch validateUTF8(bytes, from: start) {
        case .valid:
            return DecodedText(text: String(decoding: bytes[start...], as: UTF8.self), encoding: "utf-8")
        case .truncated(let offset):
            throw IntakeError(.truncated, "file ends inside a UTF-8 character at byte \(offset): it looks cut off; deliver the whole file")
        case .invalid(let offset):
            if let text = windows1252(bytes[start...]) { return DecodedText(text: text, encoding: "windows-1252") }
            throw IntakeError(
                .undecodable,
                "not valid UTF-8 at byte \(offset), and not Windows-1252 text either; convert the file to UTF-8 (for example with iconv) or declare its charset"
            )
        }
    }

    /// NUL bytes, or more than 1 % of control bytes in the first 8 KB, mean the file is not text.
    static func rejectBinary(_ bytes: ArraySlice<UInt8>) throws(IntakeError) {
        let nul: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return bytes.startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
        if let nul {
            throw IntakeError(.binary, "binary content (NUL byte at offset \(nul)); drop text, Markdown, HTML or JSON articles")
        }
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        if controls > 0, controls * 100 > head.count {
            throw IntakeError(
                .binary, "binary content (\(controls) control bytes in the first \(head.count)); drop text, Markdown, HTML or JSON articles")
        }
    }

    /// Windows-1252, when the bytes look like text in it: none of its five undefined bytes, and
    /// mostly ASCII (a multi-byte encoding such as Shift-JIS read as 1252 is mostly high bytes).
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String? {
        var high = 0
        for byte in bytes {
            if byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D { return nil }
            if byte >= 0x80 { high += 1 }
        }
        guard high * 5 <= bytes.count else { return nil }
        return CharsetConverter.convert(bytes, from: "WINDOWS-1252")
    }

    enum UTF8Validity: Equatable { case valid, truncated(Int), invalid(Int) }

    /// A byte loop over UTF-8 sequences; reports where the first bad sequence starts.
    static func validateUTF8(_ bytes: [UInt8], from start: Int) -> UTF8Validity {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 {
                length = 2
            } else if b & 0xF0 == 0xE0 {
                length = 3
            } else if b & 0xF8 == 0xF0, b <= 0xF4 {
                length = 4
            } else {
                return .invalid(i)
            }
            if i + length > n {
                for j in (i + 1)..<n where bytes[j] & 0xC0 != 0x80 { return .invalid(i) }
                return .truncated(i)
            }
            for j in (i + 1)..<(i + length) where bytes[j] & 0xC0 != 0x80 { return .invalid(i) }
            if length == 3 {
                let b1 = bytes[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return .invalid(i) }
            } else if length == 4 {
                let b1 = bytes[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return .invalid(i) }
            }
            i += length
        }
        return .valid
    }

    static func decodeUTF16(_ bytes: [UInt8]) throws(IntakeError) -> String {
        let bigEndian = bytes[0] == 0xFE
        let body = bytes.dropFirst(2)
        if body.count % 2 != 0 {
            throw IntakeError(.truncated, "UTF-16 file has an odd number of bytes: it looks cut off; deliver the whole file")
        }
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let hi = UInt16(body[i]), lo = UInt16(body[i + 1])
            units.append(bigEndian ? (hi << 8 | lo) : (lo << 8 | hi))
            i += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw IntakeError(.undecodable, "invalid UTF-16 surrogate sequence; convert the file to UTF-8 and drop it again")
            }
        }
        if text.unicodeScalars.contains("\u{0}") {
            throw IntakeError(.binary, "binary content (NUL character); drop text, Markdown, HTML or JSON articles")
        }
        return text
    }
}
