/// What a new claim is to an existing one from another outlet.
public enum MatchKind: String, Sendable, Codable {
    case `repeat`
    case contradiction
}

/// The field on which two claims disagree, with both values as written.
///
/// Encoded as `{"existing": "…", "field": "video length", "new": "…"}` (keys sorted, as in
/// `alerts.jsonl`): `field` is the field's `name`, the same text as in `alerts.log`
/// ("on video length: 90 seconds vs 31 seconds").
public struct Conflict: Sendable, Equatable, Codable {
    /// What two claims about the same thing disagree on.
    ///
    /// Adding a case: the switches below (`kind`, `init?(kind:)`) make the compiler ask for its
    /// `Kind`, whose raw value is its name in the JSON, the logs and the labelled pairs. Then
    /// raise it in the matcher (`ClaimMatcher.contradiction`, `FieldConflicts`), plant it in the
    /// generator (`NewsGenerator.relation`) and label pairs with it in
    /// `Tests/ClaimwatchCoreTests/Fixtures/matching`; the evaluation reports every kind.
    public enum Field: Sendable, Hashable, CustomStringConvertible {
        /// A number counting the same thing, named after what it counts: "number of troops",
        /// "video length".
        case number(String)
        /// The day of the event (resolved dates or weekdays).
        case date
        /// One side denies what the other states.
        case denial
        /// One claim is negated, or uses the opposite word, and the other is not.
        case polarity
        /// The same quotation given to two different people.
        case speaker
        /// A slot that holds one value only, filled by two different names: a birthplace, the
        /// buyer in one acquisition, the winner of one contest.
        case entity

        /// The six kinds of field, without the quantity a number counts: the fields that
        /// labelled pairs (`LabelledPair.field` in the evaluation) name, as "number", "date", …
        public enum Kind: String, Sendable, Codable, CaseIterable {
            case number, date, polarity, denial, speaker, entity
        }

        public var kind: Kind {
            switch self {
            case .number: .number
            case .date: .date
            case .denial: .denial
            case .polarity: .polarity
            case .speaker: .speaker
            case .entity: .entity
            }
        }

        /// The field of a kind that carries nothing else; nil for `number`, which carries its quantity.
        public init?(kind: Kind) {
            switch kind {
            case .number: return nil
            case .date: self = .date
            case .denial: self = .denial
            case .polarity: self = .polarity
            case .speaker: self = .speaker
            case .entity: self = .entity
            }
        }

        /// The field as alerts, the ledger and the commands show it: the quantity's name for a
        /// number ("video length"), else the kind's name: "date", "denial", "polarity", "speaker", "entity".
        public var name: String {
            if case .number(let quantity) = self { return quantity }
            return kind.rawValue
        }

        public var description: String { name }

        /// The field a `name` stands for: the name of a kind other than `number` is that field,
        /// any other text is a number conflict on that quantity ("number" itself included). The
        /// matcher names quantities "number of …" or "… length", never a kind's name, so
        /// `Field(name: f.name) == f` for every field it raises.
        public init(name: String) {
            self = Kind(rawValue: name).flatMap(Field.init(kind:)) ?? .number(name)
        }
    }

    public var field: Field
    public var new: String
    public var existing: String

    public init(field: Field, new: String, existing: String) {
        self.field = field
        self.new = new
        self.existing = existing
    }

    enum CodingKeys: String, CodingKey {
        case field, new, existing
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        field = Field(name: try container.decode(String.self, forKey: .field))
        new = try container.decode(String.self, forKey: .new)
        existing = try container.decode(String.self, forKey: .existing)
    }

    /// The same keys and strings as the synthesized encoding this replaces: `field` is `name`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field.name, forKey: .field)
        try container.encode(new, forKey: .new)
        try container.encode(existing, forKey: .existing)
    }
}

/// The matcher's verdict on a pair of claims, with reasons a person can check.
public struct MatchDecision: Sendable, Equatable {
    public var kind: MatchKind
    /// Similarity of the two statements, 0...1.
    public var score: Double
    public var reasons: [String]
    public var conflict: Conflict?
    /// A repeat's evidence, when the learned decision (`RepeatModel`) read it.
    public var evidence: RepeatEvidence?
    /// The learned decision's probability that the repeat is one.
    public var confidence: Double?

    public init(kind: MatchKind, score: Double, reasons: [String], conflict: Conflict? = nil) {
        self.kind = kind
        self.score = score
        self.reasons = reasons
        self.conflict = conflict
    }
}
