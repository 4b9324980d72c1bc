import Foundation

/// The per-field scores of a claim extraction evaluation, summed over documents.
public struct EvaluationReport: Sendable, Equatable {
    /// Claim detection: aligned sentences against predicted and gold claim counts.
    public var detection = FieldScore(name: "claim detection", kind: .precisionRecall)
    /// Speaker accuracy over detected gold claims.
    public var speaker = FieldScore(name: "speaker", kind: .accuracy)
    /// Cue accuracy over detected gold claims (both absent counts as correct).
    public var cue = FieldScore(name: "cue", kind: .accuracy)
    /// Quote precision/recall over detected gold claims, exact match after trimming.
    public var quote = FieldScore(name: "quote", kind: .precisionRecall)
    /// Number-with-unit precision/recall: value, counted head (stemmed) and qualifier.
    public var numbers = FieldScore(name: "number with unit", kind: .precisionRecall)
    /// Qualifier accuracy over numbers that agree on value and head.
    public var qualifier = FieldScore(name: "qualifier", kind: .accuracy)
    /// Date mention precision/recall on the written form.
    public var dates = FieldScore(name: "date (written)", kind: .precisionRecall)
    /// Resolved-date accuracy over matched date mentions.
    public var resolved = FieldScore(name: "date resolved", kind: .accuracy)
    public var polarity = FieldScore(name: "polarity", kind: .accuracy)
    public var modality = FieldScore(name: "modality", kind: .accuracy)
    /// Gold claim sentences the extractor did not produce.
    public var missed: [String] = []
    /// Predicted claim sentences the gold does not have.
    public var spurious: [String] = []
    /// "gold ≠ predicted: sentence" for each wrong speaker.
    public var speakerErrors: [String] = []
    /// Claims whose numbers disagree with the gold: the wrong predictions and the missed gold numbers.
    public var numberErrors: [String] = []

    public init() {}

    /// Every field, in table order.
    public var fields: [FieldScore] {
        [detection, speaker, cue, quote, numbers, qualifier, dates, resolved, polarity, modality]
    }

    /// Adds another document's report to this one.
    public mutating func add(_ other: EvaluationReport) {
        detection.add(other.detection)
        speaker.add(other.speaker)
        cue.add(other.cue)
        quote.add(other.quote)
        numbers.add(other.numbers)
        qualifier.add(other.qualifier)
        dates.add(other.dates)
        resolved.add(other.resolved)
        polarity.add(other.polarity)
        modality.add(other.modality)
        missed += other.missed
        spurious += other.spurious
        speakerErrors += other.speakerErrors
        numberErrors += other.numberErrors
    }

    /// A plain-text table: one row per field with its figures and the counts behind them.
    public func table() -> String {
        func percent(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "  -  " }
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        var lines = [pad("field", 18) + pad("precision", 11) + pad("recall", 9) + pad("F1", 8) + pad("accuracy", 10) + "counts"]
        for field in fields {
            switch field.kind {
            case .precisionRecall:
                lines.append(
                    pad(field.name, 18) + pad(percent(field.precision), 11) + pad(percent(field.recall), 9)
                        + pad(percent(field.f1), 8) + pad("", 10)
                        + "\(field.correct) correct / \(field.predicted) predicted / \(field.gold) gold")
            case .accuracy:
                lines.append(
                    pad(field.name, 18) + pad("", 11) + pad("", 9) + pad("", 8) + pad(percent(field.accuracy), 10)
                        + "\(field.correct) / \(field.total)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
