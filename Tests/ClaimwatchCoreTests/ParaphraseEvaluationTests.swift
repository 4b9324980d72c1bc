import ClaimwatchEvaluation
import Testing

/// MSRP parsing and the baselines' arithmetic; the corpus itself is scored by `make eval-match`.
struct ParaphraseEvaluationTests {
    @Test func parsesTheTabSeparatedFileWithOrWithoutHeaderAndBOM() {
        let text =
            "\u{FEFF}Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tA cat sat.\tThe cat sat.\n0\t3\t4\tIt rained.\tIt snowed.\nbroken line\n"
        let pairs = ParaphraseCorpus.parse(text)
        #expect(pairs.count == 2)
        #expect(pairs[0] == ParaphrasePair(isParaphrase: true, id1: "1", id2: "2", s1: "A cat sat.", s2: "The cat sat."))
        #expect(ParaphraseCorpus.parse("\u{FEFF}1\t1\t2\ta\tb\n").count == 1)
    }

    @Test func bestThresholdMaximisesAccuracy() {
        let scored: [(similarity: Double, isParaphrase: Bool)] = [(0.9, true), (0.8, true), (0.7, false), (0.6, true), (0.2, false)]
        let (threshold, score) = WordOverlap.bestThreshold(scored)
        #expect(threshold == 0.6)
        #expect(score.truePositives == 3 && score.falsePositives == 1 && score.trueNegatives == 1)
        #expect(score.accuracy == 0.8)
    }

    /// The fixed split: by the hash of the two ids, about a fifth held out, the same on every run.
    @Test func aboutAFifthOfThePairsIsHeldOutByTheirIds() {
        let pairs = (0..<2000).map { ParaphrasePair(isParaphrase: true, id1: "\($0)", id2: "\($0 + 5000)", s1: "a", s2: "b") }
        let held = pairs.filter(ParaphraseSplit.isHeldOut)
        #expect(held.count > 340 && held.count < 460, "\(held.count) of 2000")
        #expect(held == pairs.filter(ParaphraseSplit.isHeldOut))
        #expect(
            ParaphraseSplit.isHeldOut(pairs[0])
                == ParaphraseSplit.isHeldOut(ParaphrasePair(isParaphrase: false, id1: "0", id2: "5000", s1: "x", s2: "y")))
    }

    /// A threshold chosen elsewhere is applied as it is.
    @Test func aGivenCosineThresholdIsApplied() {
        let pairs = [
            ParaphrasePair(isParaphrase: true, id1: "1", id2: "2", s1: "The soldiers were killed.", s2: "Soldiers killed"),
            ParaphrasePair(isParaphrase: false, id1: "3", id2: "4", s1: "Rain fell.", s2: "Markets rose."),
        ]
        let report = ParaphraseEvaluation().evaluate(pairs, overlapThreshold: 0.5)
        #expect(report.overlapThreshold == 0.5)
        #expect(report.overlap.truePositives == 1 && report.overlap.trueNegatives == 1)
    }

    @Test func cosineOfContentStems() {
        #expect(WordOverlap.cosine("The soldiers were killed.", "Soldiers killed") == 1)
        #expect(WordOverlap.cosine("Rain fell.", "Markets rose.") == 0)
    }
}
