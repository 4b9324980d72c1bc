import ClaimwatchCore
import Foundation

/// What a new claim truly is to an existing one, as a person labels it.
public enum PairLabel: String, Sendable, Codable, CaseIterable {
    case `repeat`
    case contradiction
    case none
}

/// One side of a labelled pair: a sentence, the outlet that published it and when (YYYY-MM-DD).
public struct PairSide: Sendable, Equatable, Codable {
    public var text: String
    public var outlet: String
    public var published: String?

    public init(text: String, outlet: String, published: String?) {
        self.text = text
        self.outlet = outlet
        self.published = published
    }
}

/// A claim pair with its true decision, as stored one per line in `Fixtures/matching/*.jsonl`
/// (conventions in that folder's README.md) and as the generator makes them.
public struct LabelledPair: Sendable, Equatable, Codable {
    public var id: String
    /// Where the pair comes from: "seeds" (sentences of the seed articles), "variant" (written by
    /// hand) or "generated".
    public var source: String
    /// The kind of case: "paraphrase", "partial quote", "number", "denial", "lookalike-number", …
    public var type: String
    public var new: PairSide
    public var existing: PairSide
    public var label: PairLabel
    /// For contradictions only: the field that disagrees, as the matcher's `Conflict.Field.kind`
    /// names it ("number", "date", "polarity", "denial", "speaker").
    public var field: Conflict.Field.Kind?
    public var note: String?

    public init(
        id: String, source: String, type: String, new: PairSide, existing: PairSide,
        label: PairLabel, field: Conflict.Field.Kind? = nil, note: String? = nil
    ) {
        self.id = id
        self.source = source
        self.type = type
        self.new = new
        self.existing = existing
        self.label = label
        self.field = field
        self.note = note
    }

    /// Why the pair is malformed, or nil: both texts present, two different outlets, a field on
    /// contradictions and only on them, dates as YYYY-MM-DD.
    public var problem: String? {
        if new.text.isEmpty || existing.text.isEmpty { return "empty text" }
        if new.outlet == existing.outlet { return "both sides from \(new.outlet)" }
        if (label == .contradiction) != (field != nil) { return "a field goes with contradictions and only with them" }
        for date in [new.published, existing.published].compactMap({ $0 }) where !Self.isDay(date) {
            return "published \(date) is not YYYY-MM-DD"
        }
        return nil
    }

    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}

/// Reading and writing pairs as JSON Lines: one object per line, blank lines and lines starting
/// with `//` skipped.
public enum PairLines {
    public struct LineError: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    public static func decode(_ text: String) throws -> [LabelledPair] {
        var pairs: [LabelledPair] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
            do {
                pairs.append(try JSONDecoder().decode(LabelledPair.self, from: Data(trimmed.utf8)))
            } catch {
                throw LineError(line: index + 1, reason: "\(error)")
            }
        }
        return pairs
    }

    public static func encode(_ pairs: [LabelledPair]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return pairs.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) + "\n" }.joined()
    }
}
