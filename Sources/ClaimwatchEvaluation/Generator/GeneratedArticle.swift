/// A generated news article: one outlet's account of one story.
public struct GeneratedArticle: Sendable, Equatable {
    /// Its place in generation order, from 0.
    public var index: Int
    public var story: Int
    /// "flood", "rate decision", "election", …
    public var storyKind: String
    public var outlet: String
    /// YYYY-MM-DD.
    public var published: String
    public var title: String
    public var url: String
    /// Paragraphs of one or two sentences.
    public var paragraphs: [String]

    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// "00042-harbor-times.txt": sorted by name, the files come in generation order.
    public var fileName: String {
        let number = String(index)
        return String(repeating: "0", count: max(0, 5 - number.count)) + number + "-" + slug(outlet) + ".txt"
    }

    /// The article as a `.txt` file intake reads: a `Key: value` header, a blank line, the body.
    public var fileText: String {
        "Title: \(title)\nSource: \(outlet)\nURL: \(url)\nPublished: \(published)\n\n\(body)\n"
    }
}

/// A labelled pair planted between two generated articles: `pair.new` is a sentence of article
/// `newArticle`, `pair.existing` one of the earlier article `existingArticle`.
public struct PlantedPair: Sendable, Equatable {
    public var pair: LabelledPair
    public var newArticle: Int
    public var existingArticle: Int
}

/// Generated articles and the pairs planted between them.
public struct NewsCorpus: Sendable {
    public var articles: [GeneratedArticle]
    public var planted: [PlantedPair]
    public var pairs: [LabelledPair] { planted.map(\.pair) }
}

/// "Harbor Times" → "harbor-times".
func slug(_ text: String) -> String {
    var out = ""
    for c in text.lowercased() {
        if c.isLetter || c.isNumber, c.isASCII { out.append(c) } else if out.last != "-", !out.isEmpty { out.append("-") }
    }
    while out.last == "-" { out.removeLast() }
    return out
}

/// Outlet names: the first `count` of every prefix with every suffix, in a fixed order.
func outletNames(_ count: Int) -> [String] {
    let prefixes = [
        "Atlas", "Harbor", "Metro", "Capital", "Northern", "Evening", "Global", "Summit", "Pioneer", "Meridian",
        "Coastal", "Union", "Liberty", "Beacon", "Frontier", "Central", "Western", "Daily", "Civic", "Continental",
    ]
    let suffixes = ["News", "Times", "Herald", "Post", "Wire", "Observer", "Ledger", "Courier", "Journal", "Report"]
    var names: [String] = []
    var round = 0
    while names.count < count {
        for (i, prefix) in prefixes.enumerated() where names.count < count {
            names.append(prefix + " " + suffixes[(i + round) % suffixes.count])
        }
        round += 1
    }
    return names
}
