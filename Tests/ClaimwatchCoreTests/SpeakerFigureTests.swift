import ClaimwatchCore
import ClaimwatchEvaluation
import Foundation
import Testing
import WordNet

/// Issue 15's figures held by `make test`, a little below what `make eval-speakers` measured on
/// 2026-12-03 with the learned stance model (and the assertion-cue figure on 2026-12-04) (README, "Speakers on real news"), so that a change that loses ground fails. The
/// thresholds were set from those summary figures, not tuned on the held-out part.
struct SpeakerFigureTests {
    static let shared = PolnearEvaluationTests.polnear.deletingLastPathComponent()

    /// Both parts: direct quotes found and right, reported statements found and right.
    @Test(arguments: ["tuning", "held-out"])
    func namedSourcesAreFoundAndGivenTheirSpeaker(_ part: String) throws {
        let evaluation = PolnearEvaluation(directory: PolnearEvaluationTests.polnear)
        let articles = try evaluation.metadata()
        let heldOut = Set(PolnearSplit.heldOut(articles))
        let chosen = articles.filter { heldOut.contains($0.name) == (part == "held-out") }
        let report = try evaluation.evaluate(chosen, annotations: try evaluation.primaryAnnotations())
        let direct = report.direct, reported = report.indirect
        #expect(Double(direct.found) / Double(direct.items) >= 0.93, "direct found \(direct.found) of \(direct.items)")
        #expect(Double(direct.right) / Double(direct.found) >= 0.85, "direct right \(direct.right) of \(direct.found)")
        #expect(Double(reported.found) / Double(reported.items) >= 0.92, "reported found \(reported.found) of \(reported.items)")
        #expect(Double(reported.right) / Double(reported.found) >= 0.52, "reported right \(reported.right) of \(reported.found)")
        // Reported statements whose cue is an assertion (measured 0.695 tuning, 0.663 held-out).
        let cues = AssertionCue(wordnet: try WordNetDatabase(partsOfSpeech: [.verb]))
        var assertions = PolnearKindScore()
        for (_, result) in report.results where result.kind == .indirect && cues.isAssertion(result.attribution.cue ?? "") {
            assertions.count(result)
        }
        #expect(Double(assertions.right) / Double(assertions.found) >= 0.64, "assertions right \(assertions.right) of \(assertions.found)")
    }

    /// The cue classes on plain cues: speech verbs, "according to" and "per" are assertions;
    /// actions, intentions and feelings are not.
    @Test func assertionCuesAreCommunicationVerbs() throws {
        let cues = AssertionCue(wordnet: try WordNetDatabase(partsOfSpeech: [.verb]))
        for cue in ["said", "told reporters", "has denied", "According to", "per", "announced", "argued"] {
            let assertion = cues.isAssertion(cue)
            #expect(assertion, "\(cue)")
        }
        // "wrote" and "added" are no assertions by this rule: their first senses are in other
        // lexicographer files (write: verb.creation, add: verb.change), as is tweet's (a bird's call).
        for cue in ["visited the court on Friday to view", "want", "was happy", "pinned his hopes on", "wrote", "added"] {
            let assertion = cues.isAssertion(cue)
            #expect(!assertion, "\(cue)")
        }
    }

    @Test func theFiveProbesAreClaims() {
        let probes = [
            "Barack Obama was born in Kenya.", "Vaccines cause autism.", "The earth is flat.", "Drinking bleach cures the coronavirus.",
            "Joe Biden won the 2020 election by seven million votes.",
        ]
        for probe in probes { #expect(PolnearEvaluation.claims(ofSentence: probe, outlet: "probes")?.isEmpty == false, "\(probe)") }
        #expect(PolnearEvaluation.claims(ofSentence: probes.joined(separator: " "), outlet: "probes")?.count == 5)
    }

    @Test func nearlyEveryFactCheckedClaimIsAClaim() throws {
        let claims = try ClaimRetrievalData.verifiedClaims(in: Self.shared.appendingPathComponent("clef2020-task2"))
        let yielding = claims.filter { PolnearEvaluation.claims(ofSentence: $0.text)?.isEmpty == false }.count
        #expect(claims.count == 10_375)
        #expect(Double(yielding) / Double(claims.count) >= 0.99, "\(yielding) of \(claims.count)")
    }

    /// `make train-stance-verbs` on a made-up annotated text: the subject the annotation names as
    /// Source gets positive examples, the others negative, and the perceptron learns to tell them
    /// apart the same way on every run.
    @Test func stanceTrainerLearnsFromTheAnnotatedSources() {
        let text = "Title.\nSome Republicans doubt that the plan will pass. Sanders won the primary in Michigan.\n"
        func span(_ word: String) -> Range<Int> {
            let start = text.range(of: word).map { text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
            return start..<(start + word.unicodeScalars.count)
        }
        let attribution = PolnearAttribution(
            source: "Some Republicans", cue: "doubt", content: "that the plan will pass", contentStart: span("that the plan").lowerBound,
            sourceSpans: [span("Some Republicans")], cueSpans: [span("doubt")])
        var trainer = StanceVerbTrainer()
        for _ in 0..<3 { trainer.learn(text: text, attributions: [attribution]) }
        #expect(trainer.examples.contains { $0.positive && $0.features.contains("verb=doubt") })
        #expect(trainer.examples.contains { !$0.positive && $0.features.contains("verb=won") })
        let model = trainer.train(passes: 5, minimumSeen: 1)
        let positive = trainer.examples.first { $0.positive }!, negative = trainer.examples.first { !$0.positive }!
        #expect(model.score(positive.features) > 0)
        #expect(model.score(negative.features) <= 0)
        #expect(trainer.swiftSource(model) == trainer.swiftSource(trainer.train(passes: 5, minimumSeen: 1)))
    }
}
