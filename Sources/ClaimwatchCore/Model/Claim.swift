/// A number as a sentence states it, with the word it counts ("30 North Korean troops" → 30, "troops").
public struct Quantity: Sendable, Equatable, Codable, Hashable {
    public var value: Double
    /// The characters that wrote the number in the sentence ("10,000", "31-second").
    public var written: String
    /// The stemmed head noun the number counts, when one follows it ("troop", "second"); empty if none.
    public var unit: String

    public init(value: Double, written: String, unit: String) {
        self.value = value
        self.written = written
        self.unit = unit
    }
}

/// A checkable statement from an article: who said what, with the numbers in it.
public struct Claim: Sendable, Equatable {
    public var text: String
    /// Who the sentence attributes the statement to ("Zelensky", "Pat Ryder"), when it does.
    public var speaker: String?
    /// The attribution verb or phrase ("said", "according to").
    public var cue: String?
    public var quantities: [Quantity]
    /// True when the statement is negated or denied ("did not", "denied that").
    public var negated: Bool
    /// Position of the sentence in the article body, from 0.
    public var sentenceIndex: Int

    public init(
        text: String, speaker: String? = nil, cue: String? = nil, quantities: [Quantity] = [],
        negated: Bool = false, sentenceIndex: Int = 0
    ) {
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.quantities = quantities
        self.negated = negated
        self.sentenceIndex = sentenceIndex
    }
}
