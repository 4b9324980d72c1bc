import ClaimwatchCore
import Foundation
import Testing

@testable import SentenceEmbedding

/// The encoder against the reference values of all-MiniLM-L6-v2 (fp32, mean pooling), on the model
/// `make model` unpacks into .build-models.
struct SentenceEncoderTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build-models/all-MiniLM-L6-v2")
    static let encoder = Result { try SentenceEncoder(directory: directory) }

    @Test func referenceCosines() throws {
        let encoder = try Self.encoder.get()
        let food = encoder.embed("A man is eating food.")
        let bread = encoder.embed("A man is eating a piece of bread.")
        let baby = encoder.embed("The girl is carrying a baby.")
        // sentence-transformers gives 0.755 for this pair; an unrelated sentence is near 0.
        #expect(abs(SentenceEncoder.cosine(food, bread) - 0.7553) < 0.001)
        #expect(abs(SentenceEncoder.cosine(food, baby)) < 0.15)
        #expect(food.count == SentenceEncoder.dimension)
        #expect(abs(SentenceEncoder.cosine(food, food) - 1) < 1e-5)
    }

    @Test func paraphraseScoresAboveSameTopic() throws {
        let encoder = try Self.encoder.get()
        let a = encoder.embed("Let's dispel with this fiction that Barack Obama doesn't know what he's doing.")
        let b = encoder.embed("And let's dispel once and for all with this fiction that Barack Obama doesn't know what he's doing.")
        let c = encoder.embed("Barack Obama spoke about the economy in Ohio on Tuesday.")
        #expect(SentenceEncoder.cosine(a, b) > 0.9)
        #expect(SentenceEncoder.cosine(a, c) < SentenceEncoder.cosine(a, b) - 0.3)
    }

    @Test func tokenizerSplitsAsBERTDoes() throws {
        let tokenizer = try Self.encoder.get().tokenizer
        // Reference ids of BertTokenizer (uncased) for this vocabulary.
        #expect(
            tokenizer.tokens("A man is eating a piece of bread.", limit: 256) == [101, 1037, 2158, 2003, 5983, 1037, 3538, 1997, 7852, 1012, 102])
        #expect(WordPieceTokenizer.basicWords("Café d'Élysée—“Hi”") == ["cafe", "d", "'", "elysee", "—", "“", "hi", "”"])
        #expect(tokenizer.tokens(String(repeating: "word ", count: 400), limit: 256).count == 256)
    }

    @Test func aMissingModelSaysWhatToDo() {
        #expect {
            try SentenceEncoder(directory: URL(fileURLWithPath: "/nonexistent-model"))
        } throws: { error in
            String(describing: error).contains("make model")
        }
    }
}

/// The matcher with the real model: the pairs of the real-news run that the word rules alone got
/// wrong or right, decided as a reader does.
struct EmbeddingDecisionTests {
    @Test func sharedWordsWithoutSharedMeaningAreNoRepeat() throws {
        var matcher = ClaimMatcher()
        matcher.sentences = EmbeddingSimilarity(encoder: try SentenceEncoderTests.encoder.get())
        let comparer = ClaimComparer(matcher: matcher)
        func decide(_ a: String, _ b: String) -> MatchDecision? {
            comparer.compare(new: .init(text: a, outlet: "Western Journal"), existing: .init(text: b, outlet: "Breitbart")).decision
        }
        // The same quotation in two outlets' wording: a repeat.
        let rubio = decide(
            "''And let's dispel once and for all with this fiction that Barack Obama doesn't know what he's doing,'' Mr. Rubio said.",
            "\"Let's dispel with this fiction that Barack Obama doesn't know what he's doing,\" said Rubio.")
        #expect(rubio?.kind == .repeat)
        // The words of one sentence in another that says something else (both were raised before).
        #expect(
            decide(
                "Trump went on, as if he didn't hear her.",
                "But Trump went further, embracing his reputation as perhaps the most liberal Republican candidate when it comes to health care.")
                == nil)
        #expect(decide("Trump says racist things.", "\u{201C}She just said a terrible thing,\u{201D} Trump said sarcastically.") == nil)
    }
}
