import CLibXML2
import Glibc

/// The page's metadata from its plain tags, OpenGraph and JSON-LD, merged by precedence:
/// JSON-LD, then OpenGraph, then the plain tags.
struct HTMLMetadata {
    // Plain tags.
    var titleTag: String?
    var canonical: String?
    var metaAuthor: String?
    var metaDate: String?
    var htmlLang: String?
    var contentLanguage: String?
    // OpenGraph.
    var ogTitle: String?
    var ogURL: String?
    var ogSiteName: String?
    var ogPublished: String?
    var ogLocale: String?
    // JSON-LD.
    var ld = JSONLDArticle()

    /// Records what a `<meta>` says, first value wins.
    mutating func meta(_ node: UnsafeMutablePointer<xmlNode>) {
        guard let field = Self.field(of: node), let raw = HTMLAttribute.string(node, "content") else { return }
        let content = Self.clean(raw)
        guard !content.isEmpty else { return }
        switch field {
        case .ogTitle: set(&ogTitle, content)
        case .ogURL: set(&ogURL, content)
        case .ogSiteName: set(&ogSiteName, content)
        case .ogLocale: set(&ogLocale, content.replacingUnderscores())
        case .ogPublished: set(&ogPublished, content)
        case .author: set(&metaAuthor, content)
        case .date: set(&metaDate, content)
        case .contentLanguage: set(&contentLanguage, content)
        }
    }

    private enum Field { case ogTitle, ogURL, ogSiteName, ogLocale, ogPublished, author, date, contentLanguage }

    /// Which field a `<meta>` gives, from its `property`, `name`, `itemprop` or `http-equiv`.
    private static func field(of node: UnsafeMutablePointer<xmlNode>) -> Field? {
        if let name = HTMLAttribute.value(node, "property") ?? HTMLAttribute.value(node, "name") {
            switch String(cString: name).lowercased() {
            case "og:title": return .ogTitle
            case "og:url": return .ogURL
            case "og:site_name": return .ogSiteName
            case "og:locale": return .ogLocale
            case "article:published_time": return .ogPublished
            case "author", "dc.creator", "byl", "sailthru.author", "parsely-author": return .author
            case "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date",
                "dcterms.created", "article.published", "sailthru.date", "parsely-pub-date":
                return .date
            default: break
            }
        }
        if let itemprop = HTMLAttribute.value(node, "itemprop"), HTMLAttribute.equalsIgnoringCase(itemprop, "datepublished") {
            return .date
        }
        if let equiv = HTMLAttribute.value(node, "http-equiv"), HTMLAttribute.equalsIgnoringCase(equiv, "content-language") {
            return .contentLanguage
        }
        return nil
    }

    /// Records `<link rel=canonical href=...>`.
    mutating func link(_ node: UnsafeMutablePointer<xmlNode>) {
        guard let rel = HTMLAttribute.value(node, "rel"), HTMLAttribute.equalsIgnoringCase(rel, "canonical"),
            let href = HTMLAttribute.string(node, "href").map(Self.clean), !href.isEmpty
        else { return }
        set(&canonical, href)
    }

    /// Records the first `<title>`.
    mutating func title(_ node: UnsafeMutablePointer<xmlNode>) {
        guard titleTag == nil else { return }
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let text = child {
            if text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
            }
            child = text.pointee.next
        }
        let title = Self.clean(String(decoding: bytes, as: UTF8.self))
        if !title.isEmpty { titleTag = title }
    }

    /// The metadata fields of an `HTMLPage`, by precedence.
    func apply(to page: inout HTMLPage) {
        page.title = ld.headline ?? ogTitle ?? titleTag
        page.url = canonical ?? ogURL ?? ld.url
        page.published = ld.datePublished ?? ogPublished ?? metaDate
        page.author = ld.author ?? metaAuthor
        page.siteName = ld.publisher ?? ogSiteName
        page.language = ld.language ?? htmlLang ?? contentLanguage ?? ogLocale
    }

    private func set(_ field: inout String?, _ value: String) { if field == nil { field = value } }

    /// Collapses runs of white space to one space and trims.
    static func clean(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.unicodeScalars.append(" "); space = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

private extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
