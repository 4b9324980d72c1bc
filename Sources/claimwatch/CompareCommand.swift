import ArgumentParser
import ClaimwatchCore
import ClaimwatchDaemon
import Foundation

/// `claimwatch compare "TEXT A" "TEXT B"`: the matcher's decision on two texts, as if outlet B had
/// published B first and outlet A then published A.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show whether one text repeats or contradicts another, with the score and the reasons.",
        discussion: """
            TEXT A is read as the new claim and TEXT B as the one already recorded, each as a sentence from \
            its own outlet. A text of several sentences is read as its longest claim. Prints REPEAT, \
            CONTRADICTION or NEITHER, the similarity score and the reasons; --json prints the decision \
            with both claims as extracted.

            Example:
              claimwatch compare --published 2024-12-17 \\
                "Zelensky said on Tuesday that the video lasts 90 seconds." \\
                "Zelensky shared a 31-second video on Tuesday."
            """)

    @Argument(help: "The new claim's text.") var textA: String
    @Argument(help: "The recorded claim's text.") var textB: String
    @Option(help: "Outlet of TEXT A.") var outletA = "outlet A"
    @Option(help: "Outlet of TEXT B.") var outletB = "outlet B"
    @Option(help: "Publication day (YYYY-MM-DD) of both texts, so that weekdays and \"yesterday\" resolve.") var published: String?
    @Option(
        help: ArgumentHelp(
            "The sentence-embedding model's folder, or off; default: the daemon's (matching.model's search path).", valueName: "dir"))
    var model = ""
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        var config = ClaimwatchConfig()
        config.model = model
        var matcher = ClaimMatcher()
        matcher.sentences = try CommonOptions.mappingFailures { try ClaimwatchBuilder.sentenceSimilarity(config, logger: nil) }
        let comparer = ClaimComparer(matcher: matcher)
        let new = ClaimComparer.Side(text: textA, outlet: outletA, published: published)
        let existing = ClaimComparer.Side(text: textB, outlet: outletB, published: published)
        let comparison = comparer.compare(new: new, existing: existing)
        if json {
            print(try ComparisonJSON(comparison).encoded())
            return
        }
        guard let decision = comparison.decision else {
            // The words alone would make it a repeat: say why the learned decision does not.
            let words = matcher.repeatEvidence(
                new: ClaimFeatures(comparison.new, outlet: outletA), existing: ClaimFeatures(comparison.existing, outlet: outletB))
            if let words, words.kind == .repeat, let confidence = words.confidence {
                print("NEITHER  the words match, but not the meaning: \(String(format: "%.3f", confidence)) for a repeat (score \(words.score))")
                for reason in words.reasons { print("  - \(reason)") }
            } else {
                print("NEITHER  the texts do not make the same claim")
            }
            return
        }
        var head = decision.kind == .repeat ? "REPEAT" : "CONTRADICTION"
        if let conflict = decision.conflict { head += " on \(conflict.field.name): \(conflict.new) vs \(conflict.existing)" }
        print("\(head)  (score \(decision.score))")
        for reason in decision.reasons { print("  - \(reason)") }
    }
}

/// The JSON form of a comparison: the decision and both claims.
struct ComparisonJSON: Encodable {
    var decision: String
    var score: Double?
    var reasons: [String]
    var conflict: Conflict?
    var new: ClaimJSON
    var existing: ClaimJSON
    /// The content words the matcher compared, with their weights.
    var newTerms: [String: Double]
    var existingTerms: [String: Double]
    enum CodingKeys: String, CodingKey {
        case decision, score, reasons, conflict, new, existing, newTerms = "new_terms", existingTerms = "existing_terms"
    }

    init(_ c: ClaimComparer.Comparison) {
        decision = c.decision?.kind.rawValue ?? "neither"
        score = c.decision?.score
        reasons = c.decision?.reasons ?? []
        conflict = c.decision?.conflict
        new = ClaimJSON(c.new)
        existing = ClaimJSON(c.existing)
        newTerms = Self.terms(c.new)
        existingTerms = Self.terms(c.existing)
    }

    static func terms(_ claim: Claim) -> [String: Double] {
        Dictionary(ClaimFeatures(claim).terms.map { ($0.word, $0.weight) }, uniquingKeysWith: { a, _ in a })
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
