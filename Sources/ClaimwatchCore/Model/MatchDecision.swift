/// What a new claim is to an existing one from another outlet.
public enum MatchKind: String, Sendable, Codable {
    case `repeat`
    case contradiction
}

/// The field on which two claims disagree, with both values as written.
public struct Conflict: Sendable, Equatable, Codable {
    public var field: String
    public var new: String
    public var existing: String

    public init(field: String, new: String, existing: String) {
        self.field = field
        self.new = new
        self.existing = existing
    }
}

/// The matcher's verdict on a pair of claims, with reasons a person can check.
public struct MatchDecision: Sendable, Equatable {
    public var kind: MatchKind
    /// Similarity of the two statements, 0...1.
    public var score: Double
    public var reasons: [String]
    public var conflict: Conflict?

    public init(kind: MatchKind, score: Double, reasons: [String], conflict: Conflict? = nil) {
        self.kind = kind
        self.score = score
        self.reasons = reasons
        self.conflict = conflict
    }
}
