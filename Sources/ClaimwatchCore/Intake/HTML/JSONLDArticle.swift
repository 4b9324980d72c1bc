import Foundation

/// The fields of the first schema.org article object in a page's JSON-LD scripts. Objects are found
/// at the top level, in arrays, in `@graph` and nested in other objects (`mainEntity`).
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    /// Names joined with ", " when there are several authors.
    var author: String?
    var publisher: String?
    var url: String?
    var language: String?

    /// The schema.org types read as articles (`@type` may also be "schema:NewsArticle" or a URL).
    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    ]

    /// Reads the scripts' contents in order; the first article object found wins. Malformed JSON is skipped.
    mutating func read(_ scripts: [[UInt8]]) {
        for script in scripts {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script), options: [.fragmentsAllowed]) else { continue }
            if let article = Self.findArticle(json, depth: 0) {
                fill(from: article)
                return
            }
        }
    }

    private static func findArticle(_ value: Any, depth: Int) -> [String: Any]? {
        guard depth < 6 else { return nil }
        if let array = value as? [Any] {
            for element in array { if let found = findArticle(element, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object["@type"]) { return object }
        if let graph = object["@graph"], let found = findArticle(graph, depth: depth + 1) { return found }
        for key in object.keys.sorted() where key != "@graph" {
            guard let nested = object[key], nested is [Any] || nested is [String: Any] else { continue }
            if let found = findArticle(nested, depth: depth + 1) { return found }
        }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let types = type as? [Any] { return types.contains { isArticle($0) } }
        guard let name = type as? String else { return false }
        let local = name.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? name
        return articleTypes.contains(local)
    }

    private mutating func fill(from object: [String: Any]) {
        headline = Self.text(object["headline"]) ?? Self.text(object["name"])
        datePublished = Self.text(object["datePublished"]) ?? Self.text(object["dateCreated"])
        author = Self.names(object["author"]) ?? Self.names(object["creator"])
        publisher = Self.names(object["publisher"])
        url = Self.text(object["url"])
        language = Self.text(object["inLanguage"])
    }

    /// A non-empty string, white space collapsed; the first of an array.
    private static func text(_ value: Any?) -> String? {
        if let array = value as? [Any] { return array.lazy.compactMap { text($0) }.first }
        guard let string = value as? String else { return nil }
        let cleaned = HTMLMetadata.clean(string)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A person or organisation: a string, an object with a name, or an array of those.
    private static func names(_ value: Any?) -> String? {
        if let array = value as? [Any] {
            var seen: [String] = []
            for element in array { if let name = names(element), !seen.contains(name) { seen.append(name) } }
            return seen.isEmpty ? nil : seen.joined(separator: ", ")
        }
        if let object = value as? [String: Any] { return text(object["name"]) }
        return text(value)
    }
}
