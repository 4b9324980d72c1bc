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

    @Test func cosineOfContentStems() {
        #expect(WordOverlap.cosine("The soldiers were killed.", "Soldiers killed") == 1)
        #expect(WordOverlap.cosine("Rain fell.", "Markets rose.") == 0)
    }
}
