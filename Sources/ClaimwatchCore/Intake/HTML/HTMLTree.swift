import CLibXML2

typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>

/// What the reader knows about one element that survived pruning.
struct HTMLNodeStats {
    var node: XMLNodePointer
    var parent: Int32
    /// One past the index of the element's last descendant (indices are in document order).
    var end: Int32 = 0
    var tag: HTMLTag
    var verdict: HTMLBoilerplate
    var hasBlockChild = false
    var removed = false
    /// Characters (not bytes) of text, white space excluded; in links; in paragraphs; commas.
    var text: Int32 = 0
    var links: Int32 = 0
    var paragraphText: Int32 = 0
    var commas: Int32 = 0
    /// Text and commas outside block children: a run of prose directly in a `div` counts as a paragraph.
    var inlineText: Int32 = 0
    var inlineCommas: Int32 = 0
    var score: Float = 0
    var isCandidate = false

    var linkDensity: Float { text > 0 ? Float(links) / Float(text) : 0 }
}

/// The first pass over the libxml2 tree: reads the metadata, cuts the elements that are never the
/// article, and counts text, link text, paragraph text and commas per element, bottom-up.
/// Furniture by name (`weak`) is cut afterwards unless it holds a good share of the paragraphs.
struct HTMLTree {
    var nodes: [HTMLNodeStats] = []
    var metadata = HTMLMetadata()
    /// Elements marked `itemprop="articleBody"`, outermost first.
    var articleBodies: [Int32] = []
    private var furniture: [Int32] = []

    init(root: XMLNodePointer) {
        nodes.reserveCapacity(2048)
        let rootIndex = visit(root, parent: -1, inLink: false, inParagraph: false, depth: 0)
        if rootIndex >= 0 { pruneFurniture(total: nodes[Int(rootIndex)].paragraphText) }
    }

    /// The stats index stored in an element's `_private`, or -1.
    @inline(__always)
    static func index(of node: XMLNodePointer) -> Int {
        guard let raw = node.pointee._private else { return -1 }
        return Int(bitPattern: raw) - 1
    }

    /// Elements nested deeper than this are cut: the walks recurse, and a hostile page must not
    /// exhaust a thread's stack.
    static let maximumDepth = 256

    private mutating func visit(_ node: XMLNodePointer, parent: Int32, inLink: Bool, inParagraph: Bool, depth: Int) -> Int32 {
        if depth > Self.maximumDepth { Self.remove(node); return -1 }
        let tag = HTMLTag.of(node)
        switch tag {
        case .meta: metadata.meta(node); return -1
        case .link: metadata.link(node); return -1
        case .title: metadata.title(node); return -1
        case .head: visitHead(node); return -1
        case .drop: Self.remove(node); return -1
        case .html: if metadata.htmlLang == nil { metadata.htmlLang = HTMLAttribute.string(node, "lang").map(HTMLMetadata.clean) }
        default: break
        }
        var verdict = HTMLBoilerplate.classify(node)
        let protected = tag == .body || tag == .html || tag == .main
        if tag == .furniture { verdict = max(verdict, .weak) }
        let index = Int32(nodes.count)
        nodes.append(HTMLNodeStats(node: node, parent: parent, tag: tag, verdict: verdict))
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(index) + 1)
        if let itemprop = HTMLAttribute.value(node, "itemprop"), HTMLAttribute.contains(itemprop, "articlebody") {
            articleBodies.append(index)
        }
        let link = inLink || tag == .anchor
        let paragraph = inParagraph || tag == .p
        var stats = (text: Int32(0), links: Int32(0), paragraph: Int32(0), commas: Int32(0))
        var inline = (text: Int32(0), commas: Int32(0))
        var hasBlockChild = false
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let (characters, commas) = Self.count(current.pointee.content)
                stats.text += characters
                stats.commas += commas
                inline.text += characters
                inline.commas += commas
                if link { stats.links += characters }
                if paragraph { stats.paragraph += characters }
            case XML_ELEMENT_NODE:
                let childIndex = visit(current, parent: index, inLink: link, inParagraph: paragraph, depth: depth + 1)
                guard childIndex >= 0 else { continue }
                let c = nodes[Int(childIndex)]
                stats.text += c.text; stats.links += c.links; stats.paragraph += c.paragraphText; stats.commas += c.commas
                if c.tag.isBlock {
                    if c.tag != .br { hasBlockChild = true }
                } else {
                    inline.text += c.inlineText; inline.commas += c.inlineCommas
                }
            default:
                break
            }
        }
        nodes[Int(index)].text = stats.text
        nodes[Int(index)].links = stats.links
        nodes[Int(index)].paragraphText = stats.paragraph
        nodes[Int(index)].commas = stats.commas
        nodes[Int(index)].hasBlockChild = hasBlockChild
        nodes[Int(index)].inlineText = inline.text
        nodes[Int(index)].inlineCommas = inline.commas
        nodes[Int(index)].end = Int32(nodes.count)
        if verdict >= .weak, !protected { furniture.append(index) }
        return index
    }

    private mutating func visitHead(_ head: XMLNodePointer) {
        var child = head.pointee.children
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            switch HTMLTag.of(current) {
            case .meta: metadata.meta(current)
            case .link: metadata.link(current)
            case .title: metadata.title(current)
            default: break
            }
        }
    }

    /// Cuts furniture, innermost first, and takes its counts off its ancestors; unless it holds a good
    /// share of the page's paragraph text (30 % when only its tag or a weak word names it furniture,
    /// 50 % for strong words), is not mostly links: then it is a wrapper around the article (the
    /// whole page is often `class="Page-ad-margins"`, or a post classed `category-...-promotion`).
    private mutating func pruneFurniture(total: Int32) {
        for index in furniture {
            let stats = nodes[Int(index)]
            let share: Int32 = stats.verdict == .strong ? 5 : 3
            if stats.paragraphText * 10 >= total * share, stats.links * 2 < stats.text { continue }
            var ancestor = stats.parent
            while ancestor >= 0 {
                nodes[Int(ancestor)].text -= stats.text
                nodes[Int(ancestor)].links -= stats.links
                nodes[Int(ancestor)].paragraphText -= stats.paragraphText
                nodes[Int(ancestor)].commas -= stats.commas
                ancestor = nodes[Int(ancestor)].parent
            }
            for descendant in Int(index)..<Int(stats.end) { nodes[descendant].removed = true }
            Self.remove(stats.node)
        }
        articleBodies.removeAll { nodes[Int($0)].removed }
    }

    static func remove(_ node: XMLNodePointer) {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// Characters that are not white space, and commas, in a text node's UTF-8 content.
    @inline(__always)
    static func count(_ content: UnsafeMutablePointer<xmlChar>?) -> (Int32, Int32) {
        guard let content else { return (0, 0) }
        var characters: Int32 = 0
        var commas: Int32 = 0
        var i = 0
        while true {
            let c = content[i]
            if c == 0 { break }
            if c > 0x20 {
                if c & 0xC0 != 0x80 { characters += 1 }
                if c == 0x2C || (c == 0x8C && i >= 2 && content[i - 1] == 0xBC && content[i - 2] == 0xEF) { commas += 1 }
            } else if c != 0x20 && c != 0x0A && c != 0x09 && c != 0x0D && c != 0x0C {
                characters += 1
            }
            i += 1
        }
        return (characters, commas)
    }
}
