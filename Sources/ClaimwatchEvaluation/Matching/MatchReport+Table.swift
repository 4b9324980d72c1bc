import ClaimwatchCore
import Foundation

extension MatchReport {
    /// The report as plain text: counts, the precision/recall/F1 table, the confusion matrix, recall
    /// per contradiction field and per type.
    public func table(title: String) -> String {
        var lines: [String] = []
        let counts = PairLabel.allCases.map { label in "\(outcomes.filter { $0.pair.label == label }.count) \(label.rawValue)" }
        lines.append("\(title): \(outcomes.count) pairs (\(counts.joined(separator: ", ")))")
        lines.append("")
        lines.append(padded("decision", 15) + padded("precision", 11) + padded("recall", 9) + padded("F1", 8) + "counts")
        for kind in [PairLabel.repeat, .contradiction] {
            let s = score(kind)
            lines.append(
                padded(kind.rawValue, 15) + padded(fixed3(s.precision), 11) + padded(fixed3(s.recall), 9) + padded(fixed3(s.f1), 8)
                    + "\(s.correct) correct / \(s.predicted) predicted / \(s.gold) labelled")
        }
        let correct = outcomes.filter(\.isCorrect).count
        lines.append(
            padded("accuracy", 15) + fixed3(outcomes.isEmpty ? nil : Double(correct) / Double(outcomes.count)) + "  (\(correct) / \(outcomes.count))")
        let claimless = outcomes.map(\.claimless.count).reduce(0, +)
        lines.append("sides the extractor kept no claim from (compared as bare text): \(claimless) of \(outcomes.count * 2)")

        lines.append("")
        lines.append("confusion (rows labelled, columns decided):")
        lines.append(padded("", 17) + PairLabel.allCases.map { padded($0.rawValue, 15) }.joined())
        for gold in PairLabel.allCases {
            lines.append("  " + padded(gold.rawValue, 15) + PairLabel.allCases.map { padded("\(count(gold: gold, predicted: $0))", 15) }.joined())
        }

        lines.append("")
        lines.append("contradiction recall per field (field named: the matcher's conflict names the same field):")
        for field in Conflict.Field.Kind.allCases {
            let r = contradictionRecall(field: field)
            guard r.total > 0 else { continue }
            lines.append(
                "  " + padded(field.rawValue, 10) + padded(fixed3(Double(r.found) / Double(r.total)), 8)
                    + padded("\(r.found) / \(r.total)", 10) + "field named \(r.fieldNamed)")
        }

        lines.append("")
        lines.append("per type (recall of its label; what the matcher decided):")
        for (label, type) in types {
            let group = outcomes.filter { $0.pair.label == label && $0.pair.type == type }
            let right = group.filter(\.isCorrect).count
            let decided = PairLabel.allCases.compactMap { p -> String? in
                let n = group.filter { $0.predicted == p }.count
                return n == 0 ? nil : "\(p.rawValue) \(n)"
            }
            lines.append(
                "  " + padded(label.rawValue, 15) + padded(type, 26) + padded(fixed3(Double(right) / Double(group.count)), 8)
                    + padded("\(right) / \(group.count)", 10) + decided.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// Every wrong pair with both texts and the decision's reasons, then the contradictions found
    /// on another field than the label's.
    public func errorListing() -> String {
        var lines: [String] = []
        lines.append("wrong decisions (\(errors.count)):")
        for outcome in errors { lines.append(contentsOf: describe(outcome)) }
        let fieldErrors = self.fieldErrors
        if !fieldErrors.isEmpty {
            lines.append("")
            lines.append("contradictions found on another field (\(fieldErrors.count)):")
            for outcome in fieldErrors { lines.append(contentsOf: describe(outcome)) }
        }
        return lines.joined(separator: "\n")
    }

    func describe(_ outcome: PairOutcome) -> [String] {
        let pair = outcome.pair
        let gold = pair.label.rawValue + (pair.field.map { " (\($0.rawValue))" } ?? "")
        var decided = outcome.predicted.rawValue
        if let d = outcome.decision {
            decided += String(format: " score %.3f", d.score)
            if let c = d.conflict { decided += " conflict \(c.field.name): \(c.new) vs \(c.existing)" }
        }
        var lines = ["", "\(pair.id) [\(pair.type)] labelled \(gold), decided \(decided)"]
        lines.append("  new      (\(pair.new.outlet), \(pair.new.published ?? "-")): \(pair.new.text)")
        lines.append("  existing (\(pair.existing.outlet), \(pair.existing.published ?? "-")): \(pair.existing.text)")
        for reason in outcome.decision?.reasons ?? [] { lines.append("  reason: \(reason)") }
        if !outcome.claimless.isEmpty { lines.append("  no claim extracted from: \(outcome.claimless.joined(separator: ", "))") }
        if let note = pair.note { lines.append("  note: \(note)") }
        return lines
    }
}

func fixed3(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "  -  " }
func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
}
