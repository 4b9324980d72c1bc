import ClaimwatchCore
import ClaimwatchEngine
import Foundation

/// One part of the split, scored.
public struct PolnearPartReport: Sendable {
    public var articles = 0
    /// Articles intake refused (counted, not scored).
    public var refused: [String] = []
    public var claims = 0
    /// Named-source direct quotes and reported statements (`PolnearScorer`).
    public var direct = PolnearKindScore()
    public var indirect = PolnearKindScore()
    /// Seconds spent in claim extraction, summed over the articles.
    public var extractionSeconds = 0.0
    /// Every result, with its article's name.
    public var results: [(article: String, result: PolnearItemResult)] = []

    public init() {}

    public var cue: (right: Int, found: Int) { (direct.cueRight + indirect.cueRight, direct.found + indirect.found) }
    public var outletSpeakers: Int { direct.outletSpeakers + indirect.outletSpeakers }
}

/// polnear-train read as the daemon reads an article file, extracted with the daemon's extractor,
/// and scored by `PolnearScorer`.
///
/// Each article is given to `ArticleReader` as a `.txt` file with a header built from
/// `metadata.tsv` (Title, Source: the publisher's name, Published) and the text after its first line
/// (the headline, which the corpus repeats with a full stop added). Attributions in the headline are
/// not scored: headlines are not claims. The annotation is the primary one, the alphabetically first
/// `.ann` file of the article.
public struct PolnearEvaluation: Sendable {
    public var directory: URL
    public var extractor: ClaimExtractor

    /// The outlet each publisher's articles get.
    public static let outletNames: [String: String] = [
        "breitbart": "Breitbart", "huff-post": "HuffPost", "nyt": "The New York Times", "politico": "Politico",
        "usa-today": "USA Today", "wash-post": "The Washington Post", "west-journal": "Western Journal",
    ]

    public init(directory: URL, extractor: ClaimExtractor = ClaimExtractor()) {
        self.directory = directory
        self.extractor = extractor
    }

    public func metadata() throws -> [PolnearArticleInfo] {
        let url = directory.appendingPathComponent("metadata.tsv")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PolnearDataError(description: "\(url.path): cannot read (see ../shared/eval-data/README.md)")
        }
        return try PolnearSplit.metadata([UInt8](data))
    }

    /// The primary annotation file of each article name: the alphabetically first `NAME_ANN.ann`.
    public func primaryAnnotations() throws -> [String: String] {
        let folder = directory.appendingPathComponent("attributions")
        var primary: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".ann") {
            let stem = file.dropLast(4)
            guard let underscore = stem.lastIndex(of: "_") else { continue }
            let name = String(stem[..<underscore])
            if primary[name] == nil { primary[name] = file }
        }
        return primary
    }

    /// Reads, extracts and scores the articles (`annotations`: `primaryAnnotations()`).
    public func evaluate(_ articles: [PolnearArticleInfo], annotations: [String: String]) throws -> PolnearPartReport {
        var report = PolnearPartReport()
        for info in articles {
            let (text, attributions) = try read(info, annotations: annotations)
            report.articles += 1
            let outlet = Self.outletNames[info.publisher] ?? info.publisher
            let (headline, body) = Self.splitHeadline(text)
            guard let article = Self.read(Self.file(info: info, outlet: outlet, body: body), name: info.name + ".txt") else {
                report.refused.append(info.name)
                continue
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let claims = Self.claims(of: article, extractor: extractor)
            report.extractionSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report.claims += claims.count
            for result in PolnearScorer.score(claims: claims, attributions: attributions, outlet: article.outlet, headlineEnd: headline) {
                switch result.kind {
                case .direct: report.direct.count(result)
                case .indirect: report.indirect.count(result)
                }
                report.results.append((info.name, result))
            }
        }
        return report
    }

    /// An article's text and its primary annotation's attributions (`annotations`: `primaryAnnotations()`).
    public func read(_ info: PolnearArticleInfo, annotations: [String: String]) throws -> (text: String, attributions: [PolnearAttribution]) {
        let textURL = directory.appendingPathComponent("text/\(info.name).txt")
        guard let data = FileManager.default.contents(atPath: textURL.path) else {
            throw PolnearDataError(description: "\(textURL.path): cannot read")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let annFile = annotations[info.name],
            let annData = FileManager.default.contents(atPath: directory.appendingPathComponent("attributions/\(annFile)").path)
        else {
            throw PolnearDataError(description: "\(info.name): no annotation file")
        }
        do { return (text, try PolnearAnnotationReader.attributions(ann: String(decoding: annData, as: UTF8.self), text: text)) } catch {
            throw PolnearDataError(description: "\(annFile): \(error)")
        }
    }

    /// Where the body starts (in code points: after the first line's newline), and the body.
    static func splitHeadline(_ text: String) -> (Int, Substring) {
        guard let newline = text.firstIndex(of: "\n") else { return (0, text[...]) }
        let bodyStart = text.index(after: newline)
        return (text.unicodeScalars[..<bodyStart].count, text[bodyStart...])
    }

    static func file(info: PolnearArticleInfo, outlet: String, body: Substring) -> [UInt8] {
        var header = ""
        let title = info.title.replacingOccurrences(of: "\n", with: " ")
        if !title.isEmpty { header += "Title: \(title)\n" }
        header += "Source: \(outlet)\n"
        if !info.published.isEmpty { header += "Published: \(info.published)\n" }
        return Array((header + "\n" + body).utf8)
    }

    /// The article intake makes of a file's bytes, as the daemon reads a dropped file; nil when
    /// intake refuses it.
    public static func read(_ bytes: [UInt8], name: String) -> Article? {
        guard let first = try? ArticleReader().read(bytes, fileName: name, subfolder: nil).first,
            case let .success(article) = first.result
        else { return nil }
        return article
    }

    /// The claims the daemon records for an article: none for an article in another language than
    /// English (`ArticleRecorder.claimsNote`), otherwise the extractor's.
    public static func claims(of article: Article, extractor: ClaimExtractor = ClaimExtractor()) -> [Claim] {
        ArticleRecorder.claimsNote(for: article) == nil ? extractor.claims(in: article) : []
    }

    /// The claims of one sentence dropped as an article of its own (`Source: OUTLET`, a blank line,
    /// the sentence); nil when intake refuses the file.
    public static func claims(ofSentence sentence: String, outlet: String = "fact-checks", extractor: ClaimExtractor = ClaimExtractor()) -> [Claim]? {
        read(Array("Source: \(outlet)\n\n\(sentence)\n".utf8), name: "claim.txt").map { claims(of: $0, extractor: extractor) }
    }
}
