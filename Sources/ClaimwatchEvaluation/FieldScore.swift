/// Counts for one evaluated field. For precision/recall fields `correct` is the true positives,
/// `predicted` and `gold` the totals on each side; for accuracy fields `total` is the number of
/// items judged.
public struct FieldScore: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case precisionRecall, accuracy }

    public var name: String
    public var kind: Kind
    public var correct = 0
    public var predicted = 0
    public var gold = 0
    public var total = 0

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// correct / predicted; nil when nothing was predicted.
    public var precision: Double? { predicted == 0 ? nil : Double(correct) / Double(predicted) }
    /// correct / gold; nil when the gold has none.
    public var recall: Double? { gold == 0 ? nil : Double(correct) / Double(gold) }
    /// correct / total; nil when nothing was judged.
    public var accuracy: Double? { total == 0 ? nil : Double(correct) / Double(total) }
    /// The harmonic mean of precision and recall; nil when either is undefined.
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Adds another score's counts to this one.
    public mutating func add(_ other: FieldScore) {
        correct += other.correct
        predicted += other.predicted
        gold += other.gold
        total += other.total
    }

    /// Records one accuracy judgement.
    mutating func judge(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }
}
