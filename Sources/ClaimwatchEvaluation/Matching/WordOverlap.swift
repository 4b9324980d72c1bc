import ClaimwatchCore

/// The context baseline for paraphrase decisions: the cosine of the two sentences' sets of
/// stemmed content words (stopwords and numbers left out), a pair being called a paraphrase when
/// it reaches a threshold.
public enum WordOverlap {
    public static func cosine(_ a: String, _ b: String) -> Double {
        let x = Set(Words.contentTerms(a).map(\.stem)), y = Set(Words.contentTerms(b).map(\.stem))
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / (Double(x.count) * Double(y.count)).squareRoot()
    }

    /// The threshold that gives the best accuracy on the labelled similarities, and its score.
    /// Every distinct similarity is tried as a threshold (a pair is a paraphrase when its similarity
    /// is at least the threshold); ties go to the lower threshold.
    public static func bestThreshold(_ scored: [(similarity: Double, isParaphrase: Bool)]) -> (threshold: Double, score: BinaryScore) {
        let sorted = scored.sorted { $0.similarity > $1.similarity }
        let positives = scored.filter(\.isParaphrase).count
        var best = (threshold: Double.infinity, correct: scored.count - positives, tp: 0, fp: 0)
        var tp = 0, fp = 0, i = 0
        while i < sorted.count {
            let value = sorted[i].similarity
            while i < sorted.count, sorted[i].similarity == value {
                if sorted[i].isParaphrase { tp += 1 } else { fp += 1 }
                i += 1
            }
            let correct = tp + (scored.count - positives - fp)
            if correct >= best.correct { best = (value, correct, tp, fp) }
        }
        var score = BinaryScore()
        score.truePositives = best.tp
        score.falsePositives = best.fp
        score.falseNegatives = positives - best.tp
        score.trueNegatives = scored.count - positives - best.fp
        return (best.threshold, score)
    }
}
