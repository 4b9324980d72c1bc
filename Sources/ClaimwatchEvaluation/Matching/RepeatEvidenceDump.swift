import ClaimwatchCore
import ClaimwatchStore
import Foundation

/// The rows `make train-matcher` learns from: each pair the rules call a repeat, with its
/// `RepeatEvidence` and its label, as TSV (`key`, `label`, `part`, then `RepeatEvidence.names`).
public enum RepeatEvidenceDump {
    public static var header: String { (["key", "label", "part"] + RepeatEvidence.names).joined(separator: "\t") }

    static func row(key: String, label: String, part: String, _ evidence: RepeatEvidence) -> String {
        ([key, label, part] + evidence.features.map { String(format: "%.6f", $0) }).joined(separator: "\t")
    }

    /// The labelled pairs the rules call repeats (part "hand-labelled", or "generated" for
    /// `NewsGenerator`'s planted pairs); the label is the pair's.
    public static func labelled(_ pairs: [LabelledPair], part: String, comparer: ClaimComparer, matcher: ClaimMatcher) -> [String] {
        pairs.compactMap { pair in
            let a = comparer.claim(.init(text: pair.new.text, outlet: pair.new.outlet, published: pair.new.published))
            let b = comparer.claim(.init(text: pair.existing.text, outlet: pair.existing.outlet, published: pair.existing.published))
            guard
                let decision = matcher.repeatEvidence(
                    new: ClaimFeatures(a, outlet: pair.new.outlet), existing: ClaimFeatures(b, outlet: pair.existing.outlet)),
                decision.kind == .repeat, let evidence = decision.evidence
            else { return nil }
            return row(key: pair.id, label: pair.label.rawValue, part: part, evidence)
        }
    }

    /// The repeat alerts of a `claimwatch ingest` run (its data folder: `alerts.jsonl` and the
    /// database), each pair decided again from the stored claims. Keyed as the real-news labels
    /// are (`RealNewsLabels.key`); label and part are the labels' ("unlabelled", "-" without).
    public static func alerts(dataFolder: String, labels: [String: (label: String, part: String)], matcher: ClaimMatcher) throws -> [String] {
        let database = try ClaimDatabase(readingAt: dataFolder + "/claimwatch.sqlite")
        let text = try String(contentsOfFile: dataFolder + "/alerts.jsonl", encoding: .utf8)
        var pairs: [(key: String, new: Int64, existing: Int64)] = []
        for line in text.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], object["kind"] as? String == "repeat",
                let claim = object["claim"] as? [String: Any], let matched = object["matched"] as? [String: Any],
                let new = claim["id"] as? Int, let existing = matched["claim_id"] as? Int,
                let later = claim["text"] as? String, let earlier = matched["text"] as? String
            else { continue }
            pairs.append((key(earlier: earlier, later: later), Int64(new), Int64(existing)))
        }
        let stored = try database.storedClaims(pairs.flatMap { [$0.new, $0.existing] })
        return pairs.compactMap { pair in
            guard let new = stored[pair.new], let existing = stored[pair.existing],
                let decision = matcher.repeatEvidence(new: new.features, existing: existing.features), let evidence = decision.evidence
            else { return nil }
            let label = labels[pair.key]
            return row(key: pair.key, label: label?.label ?? "unlabelled", part: label?.part ?? "-", evidence)
        }
    }

    /// The real-news labels' key of a pair: the first 16 hex digits of SHA-256(earlier, 0x1F, later).
    public static func key(earlier: String, later: String) -> String {
        String(PolnearSplit.digest(earlier + "\u{1F}" + later).prefix(16))
    }

    /// `labels.tsv` of the real-news fixtures: key, label, part, ….
    public static func readLabels(_ path: String) throws -> [String: (label: String, part: String)] {
        var labels: [String: (label: String, part: String)] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count >= 3 { labels[String(fields[0])] = (String(fields[1]), String(fields[2])) }
        }
        return labels
    }
}
