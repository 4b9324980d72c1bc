import ClaimwatchCore
import Foundation

/// The scores of a matching evaluation: precision, recall and F1 of each decision kind, recall per
/// contradiction field and per type, and the confusion matrix, with the outcomes behind them.
public struct MatchReport: Sendable {
    public var outcomes: [PairOutcome]

    public init(outcomes: [PairOutcome]) {
        self.outcomes = outcomes
    }

    /// Pairs labelled `gold` that the matcher called `predicted`.
    public func count(gold: PairLabel, predicted: PairLabel) -> Int {
        outcomes.filter { $0.pair.label == gold && $0.predicted == predicted }.count
    }

    /// Precision and recall of deciding `kind` (repeat or contradiction; `.none` works too).
    public func score(_ kind: PairLabel) -> FieldScore {
        var score = FieldScore(name: kind.rawValue, kind: .precisionRecall)
        score.gold = outcomes.filter { $0.pair.label == kind }.count
        score.predicted = outcomes.filter { $0.predicted == kind }.count
        score.correct = count(gold: kind, predicted: kind)
        return score
    }

    /// Over labelled contradictions with this field: how many the matcher called contradictions
    /// (`correct` / `total`), and of those how many it gave the same field (`fieldNamed`).
    public func contradictionRecall(field: Conflict.Field.Kind) -> (found: Int, fieldNamed: Int, total: Int) {
        let gold = outcomes.filter { $0.pair.label == .contradiction && $0.pair.field == field }
        let found = gold.filter { $0.predicted == .contradiction }
        return (found.count, found.filter { $0.predictedField == field }.count, gold.count)
    }

    /// Every type present, in first-seen order within each label (repeats, contradictions, neither).
    public var types: [(label: PairLabel, type: String)] {
        var seen: [(PairLabel, String)] = []
        for label in PairLabel.allCases {
            for outcome in outcomes where outcome.pair.label == label && !seen.contains(where: { $0 == (label, outcome.pair.type) }) {
                seen.append((label, outcome.pair.type))
            }
        }
        return seen.map { (label: $0.0, type: $0.1) }
    }

    /// Pairs whose decision kind is wrong.
    public var errors: [PairOutcome] { outcomes.filter { !$0.isCorrect } }

    /// Contradictions found with a different field than the label's.
    public var fieldErrors: [PairOutcome] {
        outcomes.filter { $0.pair.label == .contradiction && $0.predicted == .contradiction && $0.predictedField != $0.pair.field }
    }
}
