import ClaimwatchCore
import ClaimwatchEvaluation
import Foundation
import Testing

/// The scorer on tiny hand-made predicted/gold pairs, so that a scoring bug cannot hide behind the
/// extractor's figures.
struct EvaluatorTests {
    let gold = GoldDocument(
        published: "2024-12-17", outlet: "WION",
        claims: [
            GoldClaim(
                sentence: "Zelensky claimed that around 30 North Korean troops were killed on Monday.", speaker: "Volodymyr Zelensky",
                cue: "claimed", numbers: [GoldNumber(value: 30, qualifier: .about, countedHead: "troops")],
                dates: [GoldDate(written: "Monday", resolved: "2024-12-16")]),
            GoldClaim(
                sentence: "“This madness must be stopped,” he said.", speaker: "Volodymyr Zelensky", cue: "said",
                quote: "This madness must be stopped"),
            GoldClaim(
                sentence: "Zelensky shared a 31-second video of the slope.", speaker: "WION", numbers: [GoldNumber(value: 31, countedHead: "second")]),
        ])

    @Test func perfectPredictionScoresOne() {
        let predicted = [
            Claim(
                text: "Zelensky claimed that around  30 North Korean troops were killed on Monday.", speaker: "Zelenskyy", cue: "claimed",
                quantities: [Quantity(value: 30, written: "30", unit: "troop", qualifier: .about)],
                dates: [DateMention(written: "on Monday", kind: .weekday, resolved: "2024-12-16")]),
            Claim(
                text: "“This madness must be stopped,” he said.", quote: "This madness must be stopped,", speaker: "Volodymyr Zelensky", cue: "Said"),
            Claim(text: "Zelensky shared a 31-second video of the slope.", quantities: [Quantity(value: 31, written: "31-second", unit: "second")]),
        ]
        let report = ClaimScorer.score(predicted: predicted, gold: gold)
        for field in report.fields {
            switch field.kind {
            case .precisionRecall:
                #expect(field.precision == 1 && field.recall == 1, "\(field.name)")
            case .accuracy:
                #expect(field.accuracy == 1, "\(field.name)")
            }
        }
        #expect(report.numbers.correct == 2 && report.dates.correct == 1 && report.quote.correct == 1)
    }

    @Test func errorsAreCountedPerField() {
        let predicted = [
            // Wrong qualifier, wrong resolved date, an extra number, negated.
            Claim(
                text: "Zelensky claimed that around 30 North Korean troops were killed on Monday.", speaker: "Putin", cue: "said",
                quantities: [Quantity(value: 30, written: "30", unit: "troop"), Quantity(value: 5, written: "5", unit: "")],
                dates: [DateMention(written: "Monday", kind: .weekday, resolved: "2024-12-09")], polarity: .negated, modality: .hedged),
            // Not in the gold.
            Claim(text: "The Pentagon backed these findings today.", speaker: "Pentagon"),
            // The third gold claim is missed; the second has no quote and no speaker (→ outlet, wrong).
            Claim(text: "“This madness must be stopped,” he said.", cue: "said"),
        ]
        let report = ClaimScorer.score(predicted: predicted, gold: gold)
        #expect(report.detection == counts(report.detection, correct: 2, predicted: 3, gold: 3))
        #expect(report.speaker.correct == 0 && report.speaker.total == 2)
        #expect(report.cue.correct == 1 && report.cue.total == 2)
        #expect(report.quote.correct == 0 && report.quote.predicted == 0 && report.quote.gold == 1)
        #expect(report.numbers.correct == 0 && report.numbers.predicted == 2 && report.numbers.gold == 1)
        #expect(report.qualifier.correct == 0 && report.qualifier.total == 1)
        #expect(report.dates.correct == 1 && report.resolved.correct == 0 && report.resolved.total == 1)
        #expect(report.polarity.correct == 1 && report.modality.correct == 1 && report.polarity.total == 2)
        #expect(report.missed == ["Zelensky shared a 31-second video of the slope."])
        #expect(report.spurious == ["The Pentagon backed these findings today."])
    }

    func counts(_ field: FieldScore, correct: Int, predicted: Int, gold: Int) -> FieldScore {
        var expected = FieldScore(name: field.name, kind: field.kind)
        expected.correct = correct
        expected.predicted = predicted
        expected.gold = gold
        return expected
    }

    @Test func speakersCompareByFoldedLastName() {
        #expect(ClaimScorer.speakersMatch("Zelenskyy", "Volodymyr Zelensky"))
        #expect(ClaimScorer.speakersMatch("Antti Hakkanen", "Antti Häkkänen"))
        #expect(ClaimScorer.speakersMatch("PENTAGON", "Pentagon"))
        #expect(!ClaimScorer.speakersMatch("Matthew Miller", "Pat Ryder"))
        #expect(!ClaimScorer.speakersMatch("Volodymyr Zelensky Russian", "Volodymyr Zelensky"))
    }

    @Test func cuesMatchOnTheirLastWord() {
        #expect(ClaimScorer.cuesMatch(nil, nil))
        #expect(ClaimScorer.cuesMatch("went on to say", "say"))
        #expect(ClaimScorer.cuesMatch("According to", "according to"))
        #expect(!ClaimScorer.cuesMatch("said", nil))
        #expect(!ClaimScorer.cuesMatch(nil, "said"))
    }

    @Test func numbersNeedValueHeadAndQualifierAndPairOneToOne() {
        let gold = GoldDocument(
            published: nil, outlet: "X",
            claims: [
                GoldClaim(
                    sentence: "Up to 120 beds and about 300 beds will open soon.", speaker: "X",
                    numbers: [
                        GoldNumber(value: 120, qualifier: .upTo, countedHead: "beds"), GoldNumber(value: 300, qualifier: .about, countedHead: "beds"),
                    ])
            ])
        let twice = Quantity(value: 120, written: "120", unit: "bed", qualifier: .upTo)
        let report = ClaimScorer.score(
            predicted: [Claim(text: "Up to 120 beds and about 300 beds will open soon.", quantities: [twice, twice])], gold: gold)
        #expect(report.numbers.correct == 1 && report.numbers.predicted == 2 && report.numbers.gold == 2)
        #expect(report.numbers.precision == 0.5 && report.numbers.recall == 0.5)
    }

    @Test func tableHasARowPerFieldWithCounts() {
        var report = EvaluationReport()
        report.detection.correct = 3
        report.detection.predicted = 4
        report.detection.gold = 6
        let table = report.table()
        #expect(table.split(separator: "\n").count == 11)
        #expect(table.contains("0.750") && table.contains("0.500") && table.contains("3 correct / 4 predicted / 6 gold"))
    }

    /// Returns every sentence as an unattributed claim dated by the article's publication date.
    struct EchoExtractor: ClaimExtracting {
        func claims(in article: Article, deadline: Deadline) -> [Claim] {
            SentenceSplitter.split(article.body).map {
                Claim(
                    text: $0, speaker: article.outlet == "Gazette" ? nil : article.outlet,
                    dates: [DateMention(written: "Tuesday", kind: .weekday, resolved: article.published)])
            }
        }
    }

    @Test func evaluatorGivesTheArticleTheGoldOutletAndPublishedDate() throws {
        let gold =
            #"{"published": "2024-12-17", "outlet": "Gazette", "claims": [{"sentence": "The ministry published the final figures on Tuesday.", "speaker": "Gazette", "cue": null, "quote": null, "numbers": [], "dates": [{"written": "Tuesday", "resolved": "2024-12-17"}], "polarity": "affirmed", "modality": "asserted"}]}"#
        let testCase = EvaluationCase(
            name: "t", articleBytes: Array("The ministry published the final figures on Tuesday.\n".utf8), articleFileName: "t.txt",
            goldData: Data(gold.utf8))
        let report = try ClaimEvaluator(extractor: EchoExtractor()).evaluate(testCase)
        #expect(report.detection.correct == 1 && report.detection.predicted == 1)
        #expect(report.speaker.correct == 1, "a claim without a speaker is the gold's outlet")
        #expect(report.resolved.correct == 1, "the article gets the gold's publication date")
    }

    @Test func badGoldIsReported() {
        let testCase = EvaluationCase(name: "t", articleBytes: Array("Text.\n".utf8), articleFileName: "t.txt", goldData: Data("{".utf8))
        #expect(throws: EvaluationError.self) { try ClaimEvaluator().evaluate(testCase) }
    }
}
