import ClaimwatchCore
import Crypto
import Foundation

/// "The decision is repeat" scored as a paraphrase detector on MSRP, beside two context baselines
/// computed on the same pairs: always-paraphrase, and word-overlap cosine at its best threshold.
public struct ParaphraseReport: Sendable {
    public var matcher = BinaryScore()
    /// How many pairs the matcher called contradictions (counted as "not a paraphrase").
    public var contradictions = 0
    public var alwaysParaphrase = BinaryScore()
    public var overlapThreshold = 0.0
    public var overlap = BinaryScore()
    /// Which pairs: "train", "tuning part" or "held-out part" (`ParaphraseSplit`).
    public var part = "train"
    /// Where the cosine threshold was chosen: on these pairs, or on the tuning part.
    public var thresholdChosenOn = "these same pairs (an upper bound for that baseline)"
    /// Seconds spent in `ClaimComparer.compare` over all pairs (extraction and decision).
    public var seconds = 0.0

    public var pairsPerSecond: Double { seconds > 0 ? Double(matcher.total) / seconds : 0 }

    public func table() -> String {
        var lines = ["MSRP \(part): \(matcher.total) pairs (\(alwaysParaphrase.truePositives) paraphrases)", ""]
        lines.append(padded("method", 34) + padded("accuracy", 10) + padded("precision", 11) + padded("recall", 9) + "F1")
        func row(_ name: String, _ s: BinaryScore) {
            lines.append(
                padded(name, 34) + padded(fixed3(s.accuracy), 10) + padded(fixed3(s.precision), 11) + padded(fixed3(s.recall), 9) + fixed3(s.f1))
        }
        row("claimwatch (decision is repeat)", matcher)
        row("always paraphrase", alwaysParaphrase)
        row(String(format: "word-overlap cosine ≥ %.3f", overlapThreshold), overlap)
        lines.append("")
        lines.append(
            "claimwatch called \(contradictions) pairs contradictions; "
                + String(format: "%.0f pairs/s (%.2f s, extraction and decision, one thread)", pairsPerSecond, seconds))
        lines.append("the cosine threshold is the best on \(thresholdChosenOn)")
        return lines.joined(separator: "\n")
    }
}

public struct ParaphraseEvaluation: Sendable {
    public var comparer: ClaimComparer

    public init(comparer: ClaimComparer = ClaimComparer()) {
        self.comparer = comparer
    }

    /// Compares each pair's two sentences as two outlets' claims ("msrp-a" new, "msrp-b" existing).
    /// The cosine baseline takes `overlapThreshold` when given (chosen on another part), else the
    /// best threshold on these pairs.
    public func evaluate(_ pairs: [ParaphrasePair], overlapThreshold: Double? = nil) -> ParaphraseReport {
        var report = ParaphraseReport()
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var scored: [(similarity: Double, isParaphrase: Bool)] = []
        for pair in pairs {
            let start = clock.now
            let decision = comparer.compare(new: .init(text: pair.s1, outlet: "msrp-a"), existing: .init(text: pair.s2, outlet: "msrp-b")).decision
            elapsed += clock.now - start
            report.matcher.add(predicted: decision?.kind == .repeat, actual: pair.isParaphrase)
            if decision?.kind == .contradiction { report.contradictions += 1 }
            report.alwaysParaphrase.add(predicted: true, actual: pair.isParaphrase)
            scored.append((WordOverlap.cosine(pair.s1, pair.s2), pair.isParaphrase))
        }
        if let overlapThreshold {
            report.overlapThreshold = overlapThreshold
            for (similarity, isParaphrase) in scored { report.overlap.add(predicted: similarity >= overlapThreshold, actual: isParaphrase) }
        } else {
            (report.overlapThreshold, report.overlap) = WordOverlap.bestThreshold(scored)
        }
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }
}

/// MSRP train split once for every later use (issue 16): a pair is held out when the first byte of
/// the SHA-256 of "ID1-ID2" (its two sentence ids) is below 0x33, about a fifth of the pairs. No
/// rule, threshold or weight may be tuned on the held-out part.
public enum ParaphraseSplit {
    public static func isHeldOut(_ pair: ParaphrasePair) -> Bool {
        Array(SHA256.hash(data: Data("\(pair.id1)-\(pair.id2)".utf8)))[0] < 0x33
    }
}
