/// A file name (or a path relative to the drop folder, `outlet/name`) as the exact bytes the file
/// system holds. Names need not be valid UTF-8: every file system call takes the bytes, never a
/// `String` made from them.
///
/// `display` is what is recorded and shown. For a valid UTF-8 name it is the name itself. For any
/// other name it is the name with every byte that is not part of a printable character, and every
/// `\`, written `\xHH` (`caf\xe9.txt`). That form is reversible (`init(display:)`), so two invalid
/// names never share a display. It can equal a valid name spelled with a literal `\xHH`; such a
/// pair can only meet in the records, never on disk (files are handled by their bytes, and the
/// ledger also matches inode and mtime), and the log tells them apart: a valid name's `\` is
/// logged as `\\`.
public struct FileName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]
    /// The name as recorded and shown: the name itself when it is UTF-8, escaped otherwise.
    public let display: String
    /// Whether the bytes are valid UTF-8 (then `display` is exactly the name).
    public let isUTF8: Bool

    public init<Bytes: Collection<UInt8>>(bytes: Bytes) {
        self.bytes = Array(bytes)
        if let name = String(validating: self.bytes, as: UTF8.self) {
            display = name
            isUTF8 = true
        } else {
            display = Self.escape(self.bytes)
            isUTF8 = false
        }
    }

    public init(_ name: String) { self.init(bytes: Array(name.utf8)) }

    /// The name a `display` stands for: the escaped form of an invalid name decoded back to its
    /// bytes, or the string's own bytes when it is not such a form.
    public init(display: String) {
        if let bytes = Self.unescape(display), String(validating: bytes, as: UTF8.self) == nil {
            self.init(bytes: bytes)
        } else {
            self.init(display)
        }
    }

    public var description: String { display }
}

extension FileName: ExpressibleByStringLiteral {
    public init(stringLiteral name: String) { self.init(name) }
}

extension FileName {
    public static func < (lhs: FileName, rhs: FileName) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    /// The last path component.
    public var last: FileName {
        guard let slash = bytes.lastIndex(of: Self.slash) else { return self }
        return FileName(bytes: bytes[(slash + 1)...])
    }

    /// The first component when the name has two (`outlet` of `outlet/name`), else nil.
    public var folder: FileName? {
        guard let slash = bytes.firstIndex(of: Self.slash) else { return nil }
        return FileName(bytes: bytes[..<slash])
    }

    /// `self/name`.
    public func appending(_ name: FileName) -> FileName {
        bytes.isEmpty ? name : FileName(bytes: bytes + [Self.slash] + name.bytes)
    }

    /// Calls `body` with the bytes as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try Self.withCString(bytes, body)
    }

    public static func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    static let slash = UInt8(ascii: "/")
    static let backslash = UInt8(ascii: "\\")

    /// Printable characters stay; everything else (invalid bytes, controls, `\\`) becomes `\\xHH`.
    static func escape(_ bytes: [UInt8]) -> String {
        var out = ""
        var index = 0
        func hex(_ byte: UInt8) { out += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16) }
        while index < bytes.count {
            let length = Self.characterLength(bytes, at: index)
            guard length > 0 else { hex(bytes[index]); index += 1; continue }
            let character = bytes[index..<(index + length)]
            if let scalar = String(decoding: character, as: UTF8.self).unicodeScalars.first, isPrintable(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                character.forEach(hex)
            }
            index += length
        }
        return out
    }

    /// The length of the UTF-8 character starting at `index`, or 0 when none starts there.
    static func characterLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : lead & 0xF8 == 0xF0 ? 4 : 0
        guard length > 0, index + length <= bytes.count,
            String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
        else { return 0 }
        return length
    }

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return
            !(value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || scalar == "\\")
    }

    /// The bytes of an escaped display, or nil when it holds no `\xHH` or a `\` not followed by one.
    static func unescape(_ display: String) -> [UInt8]? {
        let utf8 = Array(display.utf8)
        var out: [UInt8] = []
        var index = 0
        var escapes = 0
        while index < utf8.count {
            if utf8[index] == backslash {
                guard index + 3 < utf8.count, utf8[index + 1] == UInt8(ascii: "x"),
                    let byte = UInt8(String(decoding: utf8[(index + 2)...(index + 3)], as: UTF8.self), radix: 16)
                else { return nil }
                out.append(byte)
                index += 4
                escapes += 1
            } else {
                out.append(utf8[index])
                index += 1
            }
        }
        return escapes > 0 ? out : nil
    }
}
