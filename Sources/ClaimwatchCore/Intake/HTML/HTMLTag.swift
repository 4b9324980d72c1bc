import CLibXML2

/// The HTML elements the reader treats specially; every other element is `.inline`.
enum HTMLTag: UInt8, Sendable {
    case inline
    // Metadata.
    case html, head, body, title, meta, link
    // Never content: dropped with everything inside.
    case drop
    // Page furniture by its element: dropped unless it holds most of the page's paragraphs.
    case furniture
    // Blocks of text.
    case p, div, h1, heading, li, list, blockquote, pre, table, cell, tr, br, article, main, anchor, dlItem

    /// Whether the element breaks the flow of text (its text never runs into its neighbours').
    var isBlock: Bool {
        switch self {
        case .inline, .anchor, .title, .meta, .link, .drop: return false
        default: return true
        }
    }

    /// The tag of an element node, from its (lower-case) name.
    @inline(__always)
    static func of(_ node: UnsafeMutablePointer<xmlNode>) -> HTMLTag {
        guard let name = node.pointee.name else { return .inline }
        return byName[packedKey(name)] ?? .inline
    }

    /// The first eight bytes of a name, with its length mixed in when it is longer.
    @inline(__always)
    static func packedKey(_ name: UnsafePointer<xmlChar>) -> UInt64 {
        var key: UInt64 = 0
        var i = 0
        while i < 8 {
            let c = name[i]
            if c == 0 { return key }
            key |= UInt64(c >= 65 && c <= 90 ? c | 0x20 : c) << (8 * UInt64(i))
            i += 1
        }
        var length = 8
        while name[length] != 0 { length += 1 }
        return key ^ (UInt64(0x80 | min(length, 0x7F)) << 56)
    }

    static func packedKey(_ string: StaticString) -> UInt64 {
        string.withUTF8Buffer { buffer in
            var bytes = Array(buffer)
            bytes.append(0)
            return bytes.withUnsafeBufferPointer { packedKey($0.baseAddress!) }
        }
    }

    private static let byName: PackedKeyTable<HTMLTag> = {
        var table = PackedKeyTable<HTMLTag>()
        func add(_ tag: HTMLTag, _ names: StaticString...) { for name in names { table[packedKey(name)] = tag } }
        add(.html, "html"); add(.head, "head"); add(.body, "body"); add(.title, "title")
        add(.meta, "meta"); add(.link, "link")
        add(
            .drop, "script", "style", "noscript", "iframe", "button", "select", "option", "textarea",
            "input", "svg", "canvas", "object", "embed", "template", "figure", "figcaption", "picture", "video",
            "audio", "source", "img", "map", "label", "dialog", "menu", "fieldset", "legend", "frame",
            "frameset", "applet", "math", "base", "caption")
        add(.furniture, "nav", "header", "footer", "aside", "form")  // ASP.NET pages are one big form
        add(.p, "p"); add(.div, "div", "section", "center", "details", "summary")
        add(.h1, "h1"); add(.heading, "h2", "h3", "h4", "h5", "h6")
        add(.li, "li"); add(.list, "ul", "ol", "dl"); add(.dlItem, "dt", "dd")
        add(.blockquote, "blockquote"); add(.pre, "pre"); add(.table, "table", "tbody", "thead", "tfoot")
        add(.cell, "td", "th"); add(.tr, "tr"); add(.br, "br", "hr")
        add(.article, "article"); add(.main, "main"); add(.anchor, "a")
        add(.div, "address", "hgroup")
        return table
    }()
}

/// Attribute access without copying: the value of an attribute as libxml2 holds it.
enum HTMLAttribute {
    /// The value of attribute `name` (lower-case ASCII) of `node`, or nil.
    @inline(__always)
    static func value(_ node: UnsafeMutablePointer<xmlNode>, _ name: StaticString) -> UnsafePointer<xmlChar>? {
        var attribute = node.pointee.properties
        while let a = attribute {
            if let attributeName = a.pointee.name, equalsIgnoringCase(attributeName, name) {
                guard let text = a.pointee.children, let content = text.pointee.content else { return emptyValue }
                return UnsafePointer(content)
            }
            attribute = a.pointee.next
        }
        return nil
    }

    /// The value as a Swift string (invalid UTF-8 repaired).
    static func string(_ node: UnsafeMutablePointer<xmlNode>, _ name: StaticString) -> String? {
        value(node, name).map { String(cString: $0) }
    }

    nonisolated(unsafe) private static let emptyValue: UnsafePointer<xmlChar> = {
        let pointer = UnsafeMutablePointer<xmlChar>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    /// Whether the C string equals `literal` (lower-case ASCII), ignoring ASCII case.
    @inline(__always)
    static func equalsIgnoringCase(_ cString: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let bytes = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        for i in 0..<count {
            let c = cString[i]
            if c == 0 || (c >= 65 && c <= 90 ? c | 0x20 : c) != bytes[i] { return false }
        }
        return cString[count] == 0
    }

    /// Whether the C string contains `literal` (lower-case ASCII), ignoring ASCII case.
    static func contains(_ cString: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let bytes = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        var start = 0
        while cString[start] != 0 {
            var i = 0
            while i < count {
                let c = cString[start + i]
                if c == 0 || (c >= 65 && c <= 90 ? c | 0x20 : c) != bytes[i] { break }
                i += 1
            }
            if i == count { return true }
            start += 1
        }
        return false
    }
}

/// A small open-addressing hash table keyed by `HTMLTag.packedKey` values (never 0): a multiply and
/// a shift per lookup, about ten times faster than `Dictionary`'s seeded hashing here.
struct PackedKeyTable<Value: Sendable>: Sendable {
    private var keys = [UInt64](repeating: 0, count: 512)
    private var values: [Value?] = Array(repeating: nil, count: 512)

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55) }

    subscript(key: UInt64) -> Value? {
        get {
            var i = Self.slot(key)
            while true {
                let k = keys[i]
                if k == key { return values[i] }
                if k == 0 { return nil }
                i = (i + 1) & 511
            }
        }
        set {
            var i = Self.slot(key)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & 511 }
            keys[i] = key
            values[i] = newValue
        }
    }
}
