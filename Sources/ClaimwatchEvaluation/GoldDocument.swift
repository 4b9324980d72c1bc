import ClaimwatchCore
import Foundation

/// The gold annotation of one article's claims, as stored in `Fixtures/claims/*.gold.json`
/// (the format and its conventions are described in that folder's README.md).
public struct GoldDocument: Sendable, Equatable, Codable {
    /// The publication date (YYYY-MM-DD) relative dates are resolved against; nil when unknown.
    public var published: String?
    /// The outlet that unattributed claims are credited to.
    public var outlet: String
    public var claims: [GoldClaim]

    public init(published: String?, outlet: String, claims: [GoldClaim]) {
        self.published = published
        self.outlet = outlet
        self.claims = claims
    }

    /// Decodes a gold file's contents.
    public static func decode(_ data: Data) throws -> GoldDocument {
        try JSONDecoder().decode(GoldDocument.self, from: data)
    }
}

/// One gold claim: its sentence and the fields the extractor should find in it.
public struct GoldClaim: Sendable, Equatable, Codable {
    /// The sentence as the text has it, whitespace-normalised.
    public var sentence: String
    /// The canonical speaker: the fullest name the article uses, an organisation, or the outlet.
    public var speaker: String
    /// The attribution verb or phrase as written ("said", "according to"); nil when none.
    public var cue: String?
    /// The longest quoted span, without the quotation marks; nil when the sentence quotes nothing.
    public var quote: String?
    public var numbers: [GoldNumber]
    public var dates: [GoldDate]
    public var polarity: Polarity
    public var modality: Modality

    public init(
        sentence: String, speaker: String, cue: String? = nil, quote: String? = nil, numbers: [GoldNumber] = [],
        dates: [GoldDate] = [], polarity: Polarity = .affirmed, modality: Modality = .asserted
    ) {
        self.sentence = sentence
        self.speaker = speaker
        self.cue = cue
        self.quote = quote
        self.numbers = numbers
        self.dates = dates
        self.polarity = polarity
        self.modality = modality
    }
}

/// A gold number: its value, qualifier and the head noun it counts, as written.
public struct GoldNumber: Sendable, Equatable, Codable {
    public var value: Double
    public var qualifier: Quantity.Qualifier
    /// The head noun the number counts, as written ("troops", "second"); empty when none.
    public var countedHead: String

    enum CodingKeys: String, CodingKey {
        case value, qualifier
        case countedHead = "counted_head"
    }

    public init(value: Double, qualifier: Quantity.Qualifier = .exact, countedHead: String) {
        self.value = value
        self.qualifier = qualifier
        self.countedHead = countedHead
    }
}

/// A gold date mention: as written, and the day it names when the publication date pins it.
public struct GoldDate: Sendable, Equatable, Codable {
    public var written: String
    public var resolved: String?

    public init(written: String, resolved: String? = nil) {
        self.written = written
        self.resolved = resolved
    }

    enum CodingKeys: String, CodingKey { case written, resolved }

    /// Writes `"resolved": null` explicitly, so gold files show the decision.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(written, forKey: .written)
        try c.encode(resolved, forKey: .resolved)
    }
}
