/// Where an article's outlet name came from, in the order intake tries them.
public enum OutletSource: String, Sendable, Codable {
    case header, json, urlHost = "url-host", subfolder, unknown
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
    public var language: String?
    public var body: String

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
