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

    /// The field each header or front-matter key fills, keys lower-case. Key paths are immutable
    /// values, so sharing this constant across threads is safe.
    nonisolated(unsafe) static let keys: [String: WritableKeyPath<ArticleFields, String?>] = [
        "source": \.outlet, "outlet": \.outlet, "publisher": \.outlet, "site": \.outlet, "sitename": \.outlet, "site_name": \.outlet,
        "title": \.title, "headline": \.title,
        "url": \.url, "link": \.url, "canonical": \.url,
        "date": \.published, "published": \.published, "date_publish": \.published, "datepublished": \.published,
        "author": \.author, "authors": \.author, "byline": \.author,
        "language": \.language, "lang": \.language,
        "charset": \.charset, "content-type": \.charset,
    ]

    /// Sets the field a header or front-matter key names; unknown keys are ignored. The first
    /// value given for a field wins. A Content-Type value gives its charset.
    mutating func set(key: String, value: String) {
        let name = key.trimmingCharacters().lowercased()
        guard let field = Self.keys[name], self[keyPath: field] == nil else { return }
        let value = name == "content-type" ? CharsetConverter.charset(inContentType: value) : value.trimmingCharacters()
        if let value, !value.isEmpty { self[keyPath: field] = value }
    }

    /// Whether a key names a field (so that a `Key: value` line belongs to a header block).
    static func isKnown(_ key: String) -> Bool {
        keys[key.trimmingCharacters().lowercased()] != nil
    }
}
