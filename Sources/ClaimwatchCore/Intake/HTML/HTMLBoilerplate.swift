import CLibXML2

/// What an element's `class`, `id`, `role`, `hidden` and `style` say about it.
enum HTMLBoilerplate: UInt8, Sendable {
    case neutral
    /// Named like the article itself ("article-body", "story", "entry-content"): scored up.
    case positive
    /// Named like page furniture ("sidebar", "byline", "footer"): dropped unless it holds most of
    /// the page's paragraphs (some sites name their whole page "has-sidebar").
    case weak
    /// Never the article (comments, share and social widgets, ads, cookie and newsletter banners,
    /// related links, hidden elements): dropped with everything inside.
    case strong

    /// Classifies an element. Words are runs of ASCII letters and digits, lower-cased; a word matches
    /// a stem when it starts with it ("comments", "commentlist" match "comment").
    static func classify(_ node: UnsafeMutablePointer<xmlNode>) -> HTMLBoilerplate {
        guard node.pointee.properties != nil else { return .neutral }
        if HTMLAttribute.value(node, "hidden") != nil { return .strong }
        if let style = HTMLAttribute.value(node, "style"),
            HTMLAttribute.contains(style, "display:none") || HTMLAttribute.contains(style, "display: none")
                || HTMLAttribute.contains(style, "visibility:hidden")
        {
            return .strong
        }
        var result = HTMLBoilerplate.neutral
        if let role = HTMLAttribute.value(node, "role") { result = max(result, words(role)) }
        if result == .strong { return .strong }
        if let id = HTMLAttribute.value(node, "id") { result = max(result, words(id)) }
        if result == .strong { return .strong }
        if let cls = HTMLAttribute.value(node, "class") { result = max(result, words(cls)) }
        return result
    }

    /// The strongest verdict of the words in an attribute value.
    static func words(_ value: UnsafePointer<xmlChar>) -> HTMLBoilerplate {
        var result = HTMLBoilerplate.neutral
        var i = 0
        var key: UInt64 = 0
        var length = 0
        var stemVerdict = HTMLBoilerplate.neutral
        while true {
            let raw = value[i]
            let c = raw >= 65 && raw <= 90 ? raw | 0x20 : raw
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                if length < 8 {
                    key |= UInt64(c) << (8 * UInt64(length))
                    if length >= 2, stemVerdict == .neutral, let verdict = stems[key] { stemVerdict = verdict }
                }
                length += 1
            } else {
                if length > 0 {
                    var verdict = stemVerdict
                    let wordKey = length <= 8 ? key : key ^ (UInt64(0x80 | min(length, 0x7F)) << 56)
                    if let exact = exactWords[wordKey] { verdict = max(verdict, exact) }
                    result = max(result, verdict)
                    if result == .strong { return .strong }
                }
                key = 0; length = 0; stemVerdict = .neutral
                if raw == 0 { return result }
            }
            i += 1
        }
    }

    private static func table(_ entries: [(HTMLBoilerplate, [StaticString])]) -> PackedKeyTable<HTMLBoilerplate> {
        var table = PackedKeyTable<HTMLBoilerplate>()
        for (verdict, words) in entries { for word in words { table[HTMLTag.packedKey(word)] = verdict } }
        return table
    }

    /// Prefixes (at most 8 letters) of words that mark furniture.
    private static let stems = table([
        (
            .strong,
            [
                "comment", "disqus", "share", "sharing", "social", "advert", "sponsor", "cookie", "gdpr",
                "consent", "newslett", "related", "recommen", "breadcru", "popup", "outbrain",
                "taboola", "trending", "promo", "signup", "adslot", "adunit", "adcontai", "adwrap", "banner",
            ]
        ),
        // "subscriber-only" may be the article body itself.
        (
            .weak,
            [
                "subscrib", "sidebar", "footer", "masthead", "navbar", "navigati", "menu", "widget", "paginat", "toolbar",
                "byline", "caption", "credit", "copyrigh", "popular", "header", "teaser", "subnav",
                "topnav", "author", "timestamp", "skiplink", "noprint", "shoutbox", "skyscrap", "agegate",
                "supplem", "communit", "tagcloud", "tagline", "sronly", "modal", "overlay", "dialog",
            ]
        ),
    ])

    /// Whole words that mark furniture or the article.
    private static let exactWords = table([
        (.strong, ["ad", "ads", "adv", "dfp", "complementary", "search", "alert", "alertdialog"]),
        (
            .weak,
            [
                "nav", "tag", "tags", "meta", "more", "also", "bio", "rail", "aside", "print", "skip", "login",
                "hide", "sr", "visually", "extra", "remark", "rss", "date", "dateline", "time", "navigation",
                "contentinfo", "menubar", "info", "label", "links", "icon", "button", "btn",
            ]
        ),
        (.positive, ["article", "body", "content", "entry", "main", "post", "text", "blog", "story", "prose"]),
    ])
}

extension HTMLBoilerplate: Comparable {
    /// Strength order: neutral < positive < weak < strong.
    static func < (lhs: HTMLBoilerplate, rhs: HTMLBoilerplate) -> Bool { lhs.rawValue < rhs.rawValue }
}
