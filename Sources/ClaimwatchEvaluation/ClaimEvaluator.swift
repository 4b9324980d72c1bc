import ClaimwatchCore
import Foundation

/// One article to evaluate: its file's bytes and name, and its gold file's contents.
public struct EvaluationCase: Sendable {
    /// A label for the report, usually the article's file name.
    public var name: String
    public var articleBytes: [UInt8]
    public var articleFileName: String
    public var goldData: Data

    public init(name: String, articleBytes: [UInt8], articleFileName: String, goldData: Data) {
        self.name = name
        self.articleBytes = articleBytes
        self.articleFileName = articleFileName
        self.goldData = goldData
    }
}

/// Errors an evaluation case can fail with.
public enum EvaluationError: Error, CustomStringConvertible {
    case badGold(String, String)
    case intake(String, String)

    public var description: String {
        switch self {
        case let .badGold(name, reason): "\(name): gold file does not decode: \(reason)"
        case let .intake(name, reason): "\(name): the article does not read: \(reason)"
        }
    }
}

/// Runs a claim extractor on articles and scores it against their gold annotations. Pure: the
/// caller reads the files.
public struct ClaimEvaluator: Sendable {
    public var extractor: any ClaimExtracting

    public init(extractor: any ClaimExtracting = ClaimExtractor()) {
        self.extractor = extractor
    }

    /// Reads the article as intake does, gives it the gold's outlet when the file names none and
    /// the gold's publication date when the file has none, extracts claims and scores them.
    public func evaluate(_ testCase: EvaluationCase) throws -> EvaluationReport {
        let gold: GoldDocument
        do { gold = try GoldDocument.decode(testCase.goldData) } catch {
            throw EvaluationError.badGold(testCase.name, "\(error)")
        }
        let items: [IntakeItem]
        do { items = try ArticleReader().read(testCase.articleBytes, fileName: testCase.articleFileName, subfolder: nil) } catch {
            throw EvaluationError.intake(testCase.name, "\(error)")
        }
        guard let first = items.first else { throw EvaluationError.intake(testCase.name, "no article") }
        var article: Article
        switch first.result {
        case let .success(read): article = read
        case let .failure(error): throw EvaluationError.intake(testCase.name, "\(error)")
        }
        if article.outletSource == .unknown { article.outlet = gold.outlet }
        if article.published == nil { article.published = gold.published }
        return ClaimScorer.score(predicted: extractor.claims(in: article), gold: gold)
    }

    /// Evaluates every case and returns the per-case reports and their sum.
    public func evaluate(_ cases: [EvaluationCase]) throws -> (total: EvaluationReport, perCase: [(String, EvaluationReport)]) {
        var total = EvaluationReport()
        var perCase: [(String, EvaluationReport)] = []
        for testCase in cases {
            let report = try evaluate(testCase)
            total.add(report)
            perCase.append((testCase.name, report))
        }
        return (total, perCase)
    }
}
