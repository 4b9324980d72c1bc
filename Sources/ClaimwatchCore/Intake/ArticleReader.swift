/// One article from a file, or why it could not be read. `.jsonl` files give one per line.
public struct IntakeItem: Sendable {
    /// The 1-based line of a `.jsonl` file; nil for files holding one article.
    public var line: Int?
    /// The line's text, for `.jsonl` files: what identifies the article, and what is kept when
    /// the line cannot be read.
    public var source: String?
    public var result: Result<Article, IntakeError>
}

/// Turns the bytes of a dropped file into articles. Pure: the caller reads the file.
public struct ArticleReader: Sendable {
    public var outlets: OutletResolver

    public init(outlets: OutletResolver = OutletResolver()) {
        self.outlets = outlets
    }

    static let formats: [String: ArticleFormat] = [
        "txt": .text, "md": .text, "markdown": .text, "text": .text,
        "json": .json, "jsonl": .jsonLines, "ndjson": .jsonLines, "html": .html, "htm": .html,
    ]

    /// - Parameters:
    ///   - fileName: the file's name; its extension picks the format.
    ///   - subfolder: the outlet subfolder the file was dropped in, if any.
    /// - Throws: when the file as a whole cannot be read (empty, binary, undecodable, unsupported).
    ///   A bad line of a `.jsonl` file is an item with an error; the other lines go through.
    public func read(_ bytes: [UInt8], fileName: String, subfolder: String?) throws(IntakeError) -> [IntakeItem] {
        let ext = Self.fileExtension(fileName)
        guard let format = Self.formats[ext] else {
            let type = ext.isEmpty ? "a file without an extension" : "unsupported file type '.\(ext)'"
            throw IntakeError(.unsupportedFormat, "\(type); drop .txt, .md, .json, .jsonl or .html articles")
        }
        if bytes.isEmpty { throw IntakeError(.empty, "the file is empty (0 bytes)") }
        switch format {
        case .text:
            return [IntakeItem(line: nil, result: .success(try readText(bytes, subfolder: subfolder)))]
        case .json:
            let decoded = try TextDecoding.decode(bytes)
            let (fields, body) = try JSONArticle.read(decoded.text)
            let article = try article(fields: fields, body: body, subfolder: subfolder, format: .json, encoding: decoded.encoding)
            return [IntakeItem(line: nil, result: .success(article))]
        case .jsonLines:
            return try readJSONLines(bytes, subfolder: subfolder)
        case .html:
            return [IntakeItem(line: nil, result: .success(try readHTML(bytes, subfolder: subfolder)))]
        }
    }

    func readText(_ bytes: [UInt8], subfolder: String?) throws(IntakeError) -> Article {
        // A charset declared in the header block is honoured: read once as UTF-8/1252 to find it.
        var decoded = try TextDecoding.decode(bytes)
        var header = HeaderBlock.parse(decoded.text)
        if let charset = header.fields.charset, charset.lowercased() != decoded.encoding {
            decoded = try TextDecoding.decode(bytes, declaredCharset: charset)
            header = HeaderBlock.parse(decoded.text)
        }
        return try article(
            fields: header.fields, body: String(header.body), subfolder: subfolder, format: .text,
            encoding: decoded.encoding, bodyFirstLine: header.lineCount + 1)
    }

    func readJSONLines(_ bytes: [UInt8], subfolder: String?) throws(IntakeError) -> [IntakeItem] {
        let decoded = try TextDecoding.decode(bytes)
        var items: [IntakeItem] = []
        for (index, line) in LineEndings.split(decoded.text).enumerated() {
            guard !line.trimmingCharacters().isEmpty else { continue }
            let number = index + 1
            do throws(IntakeError) {
                let (fields, body) = try JSONArticle.read(String(line))
                var article = try article(fields: fields, body: body, subfolder: subfolder, format: .jsonLines, encoding: decoded.encoding)
                article.line = number
                items.append(IntakeItem(line: number, source: String(line), result: .success(article)))
            } catch {
                items.append(
                    IntakeItem(line: number, source: String(line), result: .failure(IntakeError(error.code, "line \(number): \(error.message)"))))
            }
        }
        if items.isEmpty { throw IntakeError(.empty, "the file holds no JSON lines") }
        return items
    }

    func readHTML(_ bytes: [UInt8], subfolder: String?) throws(IntakeError) -> Article {
        let response = HTTPResponse.split(bytes)
        let page = try HTMLReader.read(Array(response?.body ?? bytes[...]), declaredCharset: response?.charset)
        var fields = ArticleFields()
        fields.title = page.title
        fields.url = page.url ?? response?.url
        fields.published = page.published
        fields.author = page.author
        fields.language = page.language
        return try article(
            fields: fields, body: page.body, subfolder: subfolder, format: .html, encoding: "utf-8",
            htmlOutlet: page.siteName, bodyFirstLine: nil)
    }

    /// The article from its fields and body: entities decoded, page furniture removed (and kept
    /// aside with its reasons), outlet resolved, language known.
    /// - Parameter bodyFirstLine: the file line the body starts on, so that removed lines are
    ///   reported by their line in the file; nil for bodies that are not lines of the file (HTML).
    func article(
        fields: ArticleFields, body: String, subfolder: String?, format: ArticleFormat, encoding: String,
        htmlOutlet: String? = nil, bodyFirstLine: Int? = 1
    ) throws(IntakeError) -> Article {
        var removed: [RemovedLine] = []
        // libxml2 has decoded an HTML page's references already; decoding again would turn a
        // literal "&amp;" in the text into "&".
        var text = format == .html ? body : EntityDecoder.decode(body)
        if let bodyFirstLine {
            let cleaned = Boilerplate.clean(text)
            // A text of nothing but short labels ("Zafi.D", "Heartbleed", "Funeral Announcement": a
            // fact-check's claim, a name dropped to be tracked) has no article around it that they
            // could be the furniture of: it is the text. Captions, bylines, advertisement markers
            // and the like alone are still refused.
            let onlyLabels = cleaned.kept.trimmingCharacters().isEmpty && cleaned.removed.allSatisfy { $0.reason == FurnitureReason.label.rawValue }
            if !onlyLabels {
                text = cleaned.kept
                removed = cleaned.removed.map { RemovedLine(line: $0.line + bodyFirstLine - 1, text: $0.text, reason: $0.reason) }
            }
        }
        text = text.trimmingCharacters()
        if text.isEmpty {
            if !removed.isEmpty { throw IntakeError(.empty, Self.allRemoved(removed)) }
            switch format {
            case .text where fields == ArticleFields(): throw IntakeError(.empty, "the file holds only whitespace")
            case .text: throw IntakeError(.empty, "the file has a header block but no article text after it")
            case .html: throw IntakeError(.empty, "the page has no article text")
            case .json, .jsonLines: throw IntakeError(.empty, "the article's text is empty")
            }
        }
        let outlet = outlets.resolve(metadata: fields.outlet, html: htmlOutlet, url: fields.url, subfolder: subfolder)
        var article = Article(
            outlet: outlet.name, outletSource: outlet.source, title: fields.title.map(EntityDecoder.decode), url: fields.url,
            published: fields.published, author: fields.author.map(EntityDecoder.decode),
            language: fields.language ?? LanguageDetector.detect(text), body: text)
        article.format = format
        article.encoding = encoding
        article.removed = removed
        return article
    }

    /// Why a body that had text is empty: which lines the furniture rules took out, and for what.
    static func allRemoved(_ removed: [RemovedLine]) -> String {
        let shown = removed.prefix(3).map { line in
            let excerpt = line.text.count > 60 ? line.text.prefix(57) + "..." : line.text[...]
            return "line \(line.line) as \(line.reason) (\"\(excerpt)\")"
        }
        let more = removed.count > 3 ? ", and \(removed.count - 3) more" : ""
        return "every line of the article text was removed as page furniture: \(shown.joined(separator: ", "))\(more); "
            + "if that is article text, the furniture rules misread this outlet's layout: report the file"
    }

    static func fileExtension(_ name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }
}
