/// Where an article's outlet name came from, in the order intake tries them.
public enum OutletSource: String, Sendable, Codable {
    /// The file's own metadata: JSON fields, YAML front matter or the header block.
    case metadata
    /// The HTML page's metadata (JSON-LD publisher, og:site_name).
    case html
    case urlHost = "url-host"
    case subfolder
    case unknown
}

/// The shape of file an article came from.
public enum ArticleFormat: String, Sendable, Codable {
    case text, json, jsonLines = "jsonl", html
}

/// One article as intake made it: metadata and the body text that claims are extracted from.
public struct Article: Sendable, Equatable {
    public var outlet: String
    public var outletSource: OutletSource
    public var title: String?
    public var url: String?
    /// The publication time as the source gave it (ISO 8601 where the source used it).
    public var published: String?
    public var author: String?
    /// The language code the file gave or intake detected ("en", "de", ...; "und" when unknown).
    public var language: String?
    public var body: String
    /// Lines removed from the body as page furniture, with the reason for each.
    public var removed: [RemovedLine] = []
    public var format: ArticleFormat = .text
    /// The character encoding the file was read as.
    public var encoding: String = "utf-8"
    /// For `.jsonl` files: the 1-based line the article came from.
    public var line: Int?

    public init(
        outlet: String, outletSource: OutletSource, title: String? = nil, url: String? = nil,
        published: String? = nil, author: String? = nil, language: String? = nil, body: String
    ) {
        self.outlet = outlet
        self.outletSource = outletSource
        self.title = title
        self.url = url
        self.published = published
        self.author = author
        self.language = language
        self.body = body
    }
}
