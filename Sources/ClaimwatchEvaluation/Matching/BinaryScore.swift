/// Counts of a yes/no decision against labels, with the usual figures.
public struct BinaryScore: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0

    public init() {}

    public mutating func add(predicted: Bool, actual: Bool) {
        switch (predicted, actual) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, true): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    public var accuracy: Double? { total == 0 ? nil : Double(truePositives + trueNegatives) / Double(total) }
    public var precision: Double? {
        truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double? {
        truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
