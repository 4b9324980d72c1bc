import Testing

@testable import ClaimwatchCore

/// The learned repeat decision (`RepeatModel`) behind the word rules: with a sentence similarity, a
/// repeat the rules find is raised only when the model gives it its threshold. The meaning here is
/// a fixed value, so that the test reads the gate, not the embedding model (SentenceEmbeddingTests
/// run the real one).
struct LearnedRepeatDecisionTests {
    struct FixedMeaning: SentenceSimilarity {
        var value: Double
        func similarity(_ a: String, _ b: String) -> Double { value }
    }

    let new = "Sanders said the legislation would make a terrible situation even worse for Puerto Rico."
    let existing = "Sanders said the bill would make a terrible situation even worse in Puerto Rico."

    /// A model that reads the meaning only, so that the gate, not the trained weights, is tested.
    static let meaningOnly = RepeatModel(weights: [10] + Array(repeating: 0, count: RepeatEvidence.names.count - 1), bias: -5, threshold: 0.5)

    func decide(meaning: Double?) -> MatchDecision? {
        var matcher = ClaimMatcher()
        matcher.repeatModel = Self.meaningOnly
        matcher.sentences = meaning.map { FixedMeaning(value: $0) }
        return ClaimComparer(matcher: matcher).compare(new: .init(text: new, outlet: "Politico"), existing: .init(text: existing, outlet: "CNN"))
            .decision
    }

    @Test func theMeaningDecidesAWordRepeat() throws {
        let rules = try #require(decide(meaning: nil))
        #expect(rules.kind == .repeat && rules.confidence == nil)
        let alike = try #require(decide(meaning: 0.95))
        #expect(alike.kind == .repeat)
        let confidence = try #require(alike.confidence)
        #expect(confidence >= Self.meaningOnly.threshold)
        #expect(alike.reasons.last?.hasPrefix("meaning 0.95 alike") == true)
        // Shared words, unlike meaning: a topic, not the same proposition.
        #expect(decide(meaning: 0.05) == nil)
    }

    @Test func theEvidenceIsKeptForTrainingEvenWhenNotRaised() throws {
        var matcher = ClaimMatcher()
        matcher.repeatModel = Self.meaningOnly
        matcher.sentences = FixedMeaning(value: 0.05)
        let comparer = ClaimComparer(matcher: matcher)
        let a = comparer.claim(.init(text: new, outlet: "Politico")), b = comparer.claim(.init(text: existing, outlet: "CNN"))
        let decision = try #require(
            matcher.repeatEvidence(new: ClaimFeatures(a, outlet: "Politico"), existing: ClaimFeatures(b, outlet: "CNN")))
        let evidence = try #require(decision.evidence)
        #expect(evidence.meaning == 0.05 && evidence.sameSpeaker && evidence.words > 0.6)
        #expect(!evidence.bothQuote && evidence.quoteMeaning == 0, "neither claim quotes")
        #expect(evidence.features.count == RepeatEvidence.names.count)
        #expect(try #require(decision.confidence) < Self.meaningOnly.threshold)
    }

    /// Two quotations are compared by their own words' meaning as well as their sentences'.
    @Test func quotationsHaveTheirOwnMeaning() throws {
        struct QuoteMeaning: SentenceSimilarity {
            func similarity(_ a: String, _ b: String) -> Double { a.hasSuffix("said.") ? 0.9 : 0.3 }
        }
        var matcher = ClaimMatcher()
        matcher.sentences = QuoteMeaning()
        let comparer = ClaimComparer(matcher: matcher)
        let a = comparer.claim(.init(text: "“Our country needs a strong cheerleader today,” Donald Trump said.", outlet: "Politico"))
        let b = comparer.claim(.init(text: "“Our country needs a cheerleader for its people,” Donald Trump said.", outlet: "CNN"))
        let decision = try #require(matcher.repeatEvidence(new: ClaimFeatures(a, outlet: "Politico"), existing: ClaimFeatures(b, outlet: "CNN")))
        let evidence = try #require(decision.evidence)
        #expect(evidence.bothQuote && evidence.meaning == 0.9 && evidence.quoteMeaning == 0.3)
    }

    /// What "X said that …" reports is compared without the attribution around it; a sentence that
    /// is its own proposition is not embedded twice.
    @Test func propositionsHaveTheirOwnMeaning() throws {
        struct ReportedMeaning: SentenceSimilarity {
            func similarity(_ a: String, _ b: String) -> Double { a.hasPrefix("Sanders said") ? 0.9 : 0.4 }
        }
        var matcher = ClaimMatcher()
        matcher.sentences = ReportedMeaning()
        let comparer = ClaimComparer(matcher: matcher)
        func evidence(_ x: String, _ y: String) throws -> RepeatEvidence {
            let a = comparer.claim(.init(text: x, outlet: "Politico")), b = comparer.claim(.init(text: y, outlet: "CNN"))
            let decision = try #require(matcher.repeatEvidence(new: ClaimFeatures(a, outlet: "Politico"), existing: ClaimFeatures(b, outlet: "CNN")))
            return try #require(decision.evidence)
        }
        let reported = try evidence(new, existing)
        #expect(reported.meaning == 0.9 && reported.propositionMeaning == 0.4, "the reported clauses, not the sentences")
        let plain = try evidence(
            "The legislation would make a terrible situation even worse for Puerto Rico.",
            "The bill would make a terrible situation even worse in Puerto Rico.")
        #expect(plain.meaning == 0.4 && plain.propositionMeaning == 0.4, "a plain sentence is its proposition")
    }

    @Test func probabilityRisesWithMeaning() {
        let model = RepeatModel.learned
        func evidence(_ meaning: Double) -> RepeatEvidence {
            RepeatEvidence(
                meaning: meaning, words: 0.6, ordinaryWords: 0.6, shorterTerms: 6, sameSpeaker: false, partialQuote: false, bothQuote: false,
                quoteMeaning: 0, propositionMeaning: meaning,
                sharedNames: 1, sameNumbers: false)
        }
        #expect(model.probability(evidence(0.9)) > model.probability(evidence(0.5)))
        #expect((0...1).contains(model.probability(evidence(0.5))))
    }
}
