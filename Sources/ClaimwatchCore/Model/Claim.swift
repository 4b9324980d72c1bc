/// A number as a sentence states it: its value, how exact it is, and what it counts
/// ("at least 30 North Korean soldiers killed" → 30, at least, "North Korean soldiers killed").
public struct Quantity: Sendable, Equatable, Codable, Hashable {
    public var value: Double
    /// The characters that wrote the number in the sentence ("10,000", "31-second", "a dozen").
    public var written: String
    /// The stemmed head noun the number counts, when one follows it ("troop", "second"); empty if none.
    public var unit: String
    /// exact, at least, more than, about, up to, fewer than.
    public var qualifier: Qualifier
    /// What is counted, as written: the noun phrase and its modifiers ("North Korean troops killed
    /// or wounded", "second video"); empty if none.
    public var counted: String

    public enum Qualifier: String, Sendable, Codable, Hashable {
        case exact, atLeast = "at least", moreThan = "more than", about, upTo = "up to", fewerThan = "fewer than"
    }

    public init(value: Double, written: String, unit: String, qualifier: Qualifier = .exact, counted: String = "") {
        self.value = value
        self.written = written
        self.unit = unit
        self.qualifier = qualifier
        self.counted = counted
    }

    enum CodingKeys: String, CodingKey { case value, written, unit, qualifier, counted }

    /// Claims stored before qualifiers existed decode as exact, with nothing counted.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decode(Double.self, forKey: .value)
        written = try c.decode(String.self, forKey: .written)
        unit = try c.decode(String.self, forKey: .unit)
        qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exact
        counted = try c.decodeIfPresent(String.self, forKey: .counted) ?? ""
    }
}

/// A date or time a claim mentions, resolved against the article's publication date when it can be.
public struct DateMention: Sendable, Equatable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// "December 16", "Dec 17, 2024", "2024-12-17".
        case explicit
        /// "on Tuesday".
        case weekday
        /// "yesterday", "earlier in November", "over the weekend", "last week".
        case relative
    }

    /// As written in the sentence.
    public var written: String
    public var kind: Kind
    /// The day it names, as YYYY-MM-DD, when the text and the publication date pin it down.
    public var resolved: String?

    public init(written: String, kind: Kind, resolved: String? = nil) {
        self.written = written
        self.kind = kind
        self.resolved = resolved
    }
}

/// A person, organisation, place or group a claim names, with the canonical name that all its
/// spellings share (Zelensky, Zelenskyy, Volodymyr Zelensky, the Ukrainian president → one name).
public struct Entity: Sendable, Equatable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable { case person, organisation, place, group }

    public var text: String
    public var canonical: String
    public var kind: Kind

    public init(text: String, canonical: String, kind: Kind) {
        self.text = text
        self.canonical = canonical
        self.kind = kind
    }
}

/// Whether a claim affirms, negates or denies its proposition.
public enum Polarity: String, Sendable, Codable, Hashable {
    case affirmed, negated, denied
}

/// Whether a claim is asserted or hedged (allegedly, reportedly, purportedly, presumed).
public enum Modality: String, Sendable, Codable, Hashable {
    case asserted, hedged
}

/// A checkable statement from an article: who said what, with the numbers, dates, names and
/// polarity in it.
public struct Claim: Sendable, Equatable {
    /// The sentence.
    public var text: String
    /// The exact words of a direct quotation in the sentence, if there is one.
    public var quote: String?
    /// Where the quotation sits in `text`, in characters from the start: [start, end).
    public var quoteRange: Range<Int>?
    /// The proposition itself: the quotation, what "X said that …" reports, or the sentence.
    public var content: String
    /// Who made the claim: the fullest name the article uses for them ("Volodymyr Zelensky" for
    /// "Zelensky", "he", "the Ukrainian president"), an organisation ("Pentagon"), or the outlet's
    /// name when the sentence is not attributed. Nil only for claims built without an article.
    public var speaker: String?
    /// The speaker's role as the article gives it ("Ukrainian President", "Pentagon spokesperson").
    public var speakerRole: String?
    /// The attribution verb or phrase ("said", "according to").
    public var cue: Cue?
    public var quantities: [Quantity]
    public var dates: [DateMention]
    public var entities: [Entity]
    public var polarity: Polarity
    public var modality: Modality
    /// How worth checking the claim is, 0...1: low for questions, exclamations and opinion.
    public var checkworthiness: Double
    /// Position of the sentence in the article body, from 0.
    public var sentenceIndex: Int

    /// True when the claim is negated or denied.
    public var negated: Bool { polarity != .affirmed }

    public init(
        text: String, quote: String? = nil, quoteRange: Range<Int>? = nil, content: String? = nil,
        speaker: String? = nil, speakerRole: String? = nil, cue: Cue? = nil, quantities: [Quantity] = [],
        dates: [DateMention] = [], entities: [Entity] = [], polarity: Polarity = .affirmed, modality: Modality = .asserted,
        checkworthiness: Double = 0.5, sentenceIndex: Int = 0
    ) {
        self.text = text
        self.quote = quote
        self.quoteRange = quoteRange
        self.content = content ?? quote ?? text
        self.speaker = speaker
        self.speakerRole = speakerRole
        self.cue = cue
        self.quantities = quantities
        self.dates = dates
        self.entities = entities
        self.polarity = polarity
        self.modality = modality
        self.checkworthiness = checkworthiness
        self.sentenceIndex = sentenceIndex
    }

    /// The sentence with the quotation marked ⟦like this⟧.
    public var markedText: String {
        guard let quoteRange, quoteRange.upperBound <= text.count else { return text }
        let start = text.index(text.startIndex, offsetBy: quoteRange.lowerBound)
        let end = text.index(text.startIndex, offsetBy: quoteRange.upperBound)
        return String(text[..<start]) + "⟦" + String(text[start..<end]) + "⟧" + String(text[end...])
    }
}
