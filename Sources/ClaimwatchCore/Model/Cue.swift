/// The words that attribute a claim to its speaker: a reporting verb in lower case as written
/// ("said", "told", "denied"), or the phrase "according to". Stored and shown as that text.
public struct Cue: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The cue in lower case as written.
    public let phrase: String

    public init(_ phrase: String) { self.phrase = phrase }
    public init(stringLiteral phrase: String) { self.phrase = phrase }

    /// "According to X, …": the source is named after the cue, and the sentence is attributed even
    /// when that source is not a person.
    public static let accordingTo: Cue = "according to"

    public var isAccordingTo: Bool { self == .accordingTo }
    /// "denied", "rejects", "dismissed": the speaker denies what follows.
    public var isDenial: Bool { Lexicon.denials.contains(phrase) }
    /// "told", "tells": the name after the cue may be the addressee, not the speaker.
    public var namesAddressee: Bool { phrase == "told" || phrase == "tells" }
    /// "saying", "adding": a participle that attributes the sentence to the nearest subject before it.
    var isParticiple: Bool { Lexicon.participleCues.contains(phrase) }

    public var description: String { phrase }

    public init(from decoder: any Decoder) throws { phrase = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(phrase)
    }
}
