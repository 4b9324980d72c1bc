import Foundation

/// Reads an article from a JSON object. Three shapes are understood:
/// - generic: outlet/source, url, title, published/date, author, language, text;
/// - trafilatura: title, author, hostname, date, text or raw_text, source, source-hostname, sitename;
/// - news-please: title, maintext, date_publish, source_domain, url, authors (a list).
enum JSONArticle {
    /// Keys for each field, most specific first.
    static let outletKeys = ["outlet", "sitename", "source_domain", "source-hostname", "hostname", "publisher"]
    static let urlKeys = ["url", "canonical_url", "source"]
    static let bodyKeys = ["text", "maintext", "raw_text", "body", "content"]

    static func read(_ text: String) throws(IntakeError) -> (fields: ArticleFields, body: String) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            let trimmed = text.trimmingCharacters()
            if trimmed.hasPrefix("{"), !trimmed.hasSuffix("}") {
                throw IntakeError(.truncated, "JSON ends before its closing brace: the file looks cut off; deliver the whole file")
            }
            throw IntakeError(.unparseable, "not valid JSON (\(describe(error))); a .json article is one object with a \"text\" field")
        }
        guard let dict = object as? [String: Any] else {
            throw IntakeError(.unparseable, "JSON is not an object; a .json article is one object with a \"text\" field")
        }
        return try read(dict)
    }

    static func read(_ dict: [String: Any]) throws(IntakeError) -> (fields: ArticleFields, body: String) {
        guard let body = firstString(dict, bodyKeys) else {
            throw IntakeError(.unparseable, "the JSON object has no article text: expected a \"text\" (or \"maintext\", \"raw_text\") string")
        }
        var fields = ArticleFields()
        // "source" is an outlet name in the generic shape but a URL in trafilatura's.
        if let source = dict["source"] as? String, OutletResolver.host(of: source) == nil {
            fields.outlet = nonEmpty(source)
        }
        fields.outlet = fields.outlet ?? firstString(dict, outletKeys)
        fields.url = firstString(dict, urlKeys).flatMap { OutletResolver.host(of: $0) != nil ? $0 : nil }
        fields.title = firstString(dict, ["title", "headline"])
        fields.published = firstString(dict, ["published", "date", "date_publish", "datePublished"])
        fields.author = firstString(dict, ["author", "byline"]) ?? (dict["authors"] as? [Any])?.compactMap { $0 as? String }.joinedNonEmpty()
        fields.language = firstString(dict, ["language", "lang"])
        return (fields, body)
    }

    static func firstString(_ dict: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let value = dict[key] as? String, let value = nonEmpty(value) { return value }
        }
        return nil
    }

    static func nonEmpty(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters()
        return trimmed.isEmpty ? nil : trimmed
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}

extension Array where Element == String {
    func joinedNonEmpty() -> String? {
        let parts = map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
