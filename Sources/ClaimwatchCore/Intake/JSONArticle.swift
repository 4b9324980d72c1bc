import Foundation

/// Reads a `.json` article: one object with outlet/source, url, title, published/date, author, text.
enum JSONArticle {
    static func fields(from text: String) throws(IntakeError) -> (fields: [String: String], body: String) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            let trimmed = text.trimmingCharacters()
            if trimmed.hasPrefix("{"), !trimmed.hasSuffix("}") {
                throw IntakeError(.truncated, "JSON ends before its closing brace: the file looks cut off; deliver the whole file")
            }
            throw IntakeError(.unparseable, "not valid JSON (\(JSONArticle.describe(error))); a .json article is one object with a \"text\" field")
        }
        guard let dict = object as? [String: Any] else {
            throw IntakeError(.unparseable, "JSON is not an object; a .json article is one object with a \"text\" field")
        }
        var fields: [String: String] = [:]
        let aliases: [(String, String)] = [
            ("outlet", "outlet"), ("source", "outlet"), ("url", "url"), ("title", "title"),
            ("published", "published"), ("date", "published"), ("author", "author"), ("language", "language"),
        ]
        for (key, field) in aliases where fields[field] == nil {
            if let value = dict[key] as? String, !value.trimmingCharacters().isEmpty {
                fields[field] = value.trimmingCharacters()
            }
        }
        guard let body = dict["text"] as? String else {
            throw IntakeError(.unparseable, "JSON object has no \"text\" string field holding the article body")
        }
        return (fields, body)
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}
