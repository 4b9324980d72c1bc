/// What the HTML reader makes of a page: its metadata and the main text, without page furniture.
public struct HTMLPage: Sendable, Equatable {
    public var title: String?
    /// `<link rel=canonical>`, else `og:url`.
    public var url: String?
    public var published: String?
    public var author: String?
    /// The publisher: JSON-LD `publisher.name`, else `og:site_name`.
    public var siteName: String?
    public var language: String?
    /// The article body: paragraphs separated by blank lines.
    public var body: String

    public init(
        title: String? = nil, url: String? = nil, published: String? = nil, author: String? = nil,
        siteName: String? = nil, language: String? = nil, body: String
    ) {
        self.title = title; self.url = url; self.published = published; self.author = author
        self.siteName = siteName; self.language = language; self.body = body
    }
}
