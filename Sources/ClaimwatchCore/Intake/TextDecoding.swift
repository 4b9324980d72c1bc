import Foundation

/// Turns file bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
/// Binary content, truncated multi-byte sequences and other encodings are rejected with the reason.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws(IntakeError) -> String {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes)
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if let nul = bytes[start...].firstIndex(of: 0) {
            throw IntakeError(.binary, "binary content (NUL byte at offset \(nul)); drop text, Markdown or JSON articles")
        }
        switch validateUTF8(bytes, from: start) {
        case .valid:
            return String(decoding: bytes[start...], as: UTF8.self)
        case .truncated(let offset):
            throw IntakeError(.truncated, "file ends inside a UTF-8 character at byte \(offset): it looks cut off; deliver the whole file")
        case .invalid(let offset):
            throw IntakeError(.undecodable, "not valid UTF-8 at byte \(offset); convert the file to UTF-8 (for example with iconv) and drop it again")
        }
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
            if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 }
            else if b & 0xF0 == 0xE0 { length = 3 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 }
            else { return .invalid(i) }
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
            throw IntakeError(.binary, "binary content (NUL character); drop text, Markdown or JSON articles")
        }
        return text
    }
}
