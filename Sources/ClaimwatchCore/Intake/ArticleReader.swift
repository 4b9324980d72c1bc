/// Turns the bytes of a dropped file into an `Article`. Pure: the caller reads the file.
public struct ArticleReader: Sendable {
    /// File extensions intake understands, lower-case, without the dot.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    public static let jsonExtensions: Set<String> = ["json"]

    public init() {}

    /// - Parameters:
    ///   - fileName: the file's name; its extension picks the format.
    ///   - subfolder: the outlet subfolder the file was dropped in, if any.
    public func read(_ bytes: [UInt8], fileName: String, subfolder: String?) throws(IntakeError) -> Article {
        let ext = Self.fileExtension(fileName)
        guard Self.textExtensions.contains(ext) || Self.jsonExtensions.contains(ext) else {
            let type = ext.isEmpty ? "a file without an extension" : "unsupported file type '.\(ext)'"
            throw IntakeError(.unsupportedFormat, "\(type); drop .txt, .md or .json articles")
        }
        if bytes.isEmpty { throw IntakeError(.empty, "the file is empty (0 bytes)") }
        let text = try TextDecoding.decode(bytes)
        let fields: [String: String]
        let body: String
        let source: OutletSource
        if Self.jsonExtensions.contains(ext) {
            (fields, body) = try JSONArticle.fields(from: text)
            source = .json
        } else {
            let header = HeaderBlock.parse(text)
            (fields, body) = (header.fields, String(header.body))
            source = .header
        }
        let cleanBody = body.trimmingCharacters()
        if cleanBody.isEmpty {
            throw IntakeError(.empty, fields.isEmpty ? "the file holds only whitespace" : "the file has a header block but no article text after it")
        }
        let outlet = OutletResolver.resolve(metadata: fields["outlet"], metadataSource: source, url: fields["url"], subfolder: subfolder)
        return Article(
            outlet: outlet.name, outletSource: outlet.source, title: fields["title"], url: fields["url"],
            published: fields["published"], author: fields["author"], language: fields["language"], body: cleanBody)
    }

    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
