import CLibXML2

/// Writes the text of the chosen elements as paragraphs separated by blank lines. Each block
/// element (paragraph, heading, list item, quote, cell, div with text) ends a paragraph; white space
/// runs become one space; headlines (`h1`) and paragraphs that are mostly links are left out.
struct HTMLTextWriter {
    private(set) var output: [UInt8] = []
    private var block: [UInt8] = []
    private var blockCharacters = 0
    private var blockLinkCharacters = 0
    private var pendingSpace = false

    init() { output.reserveCapacity(16_384); block.reserveCapacity(1024) }

    /// Writes the text inside `node`.
    mutating func write(_ node: XMLNodePointer) {
        walk(node, inLink: false)
        flush()
    }

    private mutating func walk(_ node: XMLNodePointer, inLink: Bool) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                append(current.pointee.content, inLink: inLink)
            case XML_ELEMENT_NODE:
                let tag = HTMLTag.of(current)
                switch tag {
                case .h1, .meta, .link, .title, .head, .drop: continue
                case .br: flush(); continue
                default: break
                }
                if tag.isBlock {
                    flush()
                    walk(current, inLink: inLink)
                    flush()
                } else {
                    walk(current, inLink: inLink || tag == .anchor)
                }
            default:
                break
            }
        }
    }

    private mutating func append(_ content: UnsafeMutablePointer<xmlChar>?, inLink: Bool) {
        guard let content else { return }
        var i = 0
        while true {
            let c = content[i]
            if c == 0 { break }
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = true
            } else if c == 0xC2 && content[i + 1] == 0xA0 {  // no-break space
                pendingSpace = true
                i += 1
            } else {
                if pendingSpace {
                    if !block.isEmpty { block.append(0x20) }
                    pendingSpace = false
                }
                block.append(c)
                if c & 0xC0 != 0x80 {
                    blockCharacters += 1
                    if inLink { blockLinkCharacters += 1 }
                }
            }
            i += 1
        }
    }

    /// Ends the current paragraph: kept unless it is empty or mostly links.
    private mutating func flush() {
        pendingSpace = false
        defer { block.removeAll(keepingCapacity: true); blockCharacters = 0; blockLinkCharacters = 0 }
        guard blockCharacters > 0 else { return }
        if blockLinkCharacters * 2 > blockCharacters { return }
        if !output.isEmpty { output.append(0x0A); output.append(0x0A) }
        output.append(contentsOf: block)
    }
}
