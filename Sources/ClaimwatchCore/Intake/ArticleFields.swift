/// The metadata fields intake understands, whatever the file called them.
public struct ArticleFields: Sendable, Equatable {
    public var outlet: String?
    public var title: String?
    public var url: String?
    public var published: String?
    public var author: String?
    public var language: String?
    /// A charset the file declares for itself (Content-Type or Charset key).
    public var charset: String?

    public init() {}

    /// Sets the field a header or front-matter key names; unknown keys are ignored. The first
    /// value given for a field wins.
    mutating func set(key: String, value: String) {
        let value = value.trimmingCharacters()
        guard !value.isEmpty else { return }
        switch key.trimmingCharacters().lowercased() {
        case "source", "outlet", "publisher", "site", "sitename", "site_name": outlet = outlet ?? value
        case "title", "headline": title = title ?? value
        case "url", "link", "canonical": url = url ?? value
        case "date", "published", "date_publish", "datepublished": published = published ?? value
        case "author", "authors", "byline": author = author ?? value
        case "language", "lang": language = language ?? value
        case "charset": charset = charset ?? value
        case "content-type": charset = charset ?? CharsetConverter.charset(inContentType: value)
        default: break
        }
    }

    /// Whether a key names a field (so that a `Key: value` line belongs to a header block).
    static func isKnown(_ key: String) -> Bool {
        var probe = ArticleFields()
        probe.set(key: key, value: "x")
        return probe != ArticleFields()
    }
}
