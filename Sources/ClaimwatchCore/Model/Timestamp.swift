import Foundation

/// Times as the database and the alert logs write them: ISO 8601 in UTC, to the second. Inside the
/// pipeline a time is a `Date`; this is the one place it becomes text and text becomes a time.
public enum Timestamp {
    /// Now, to the whole second, so that a time kept in memory is the time read back from its text.
    public static func now() -> Date { Date(timeIntervalSince1970: Double(Int64(Date().timeIntervalSince1970))) }

    public static func format(_ date: Date) -> String {
        date.ISO8601Format()
    }

    /// A time as `format` writes it; nil for anything else.
    public static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }

    /// Parses a user's `--since` value: a full ISO 8601 time, or a date (midnight UTC).
    public static func parse(_ text: String) -> Date? {
        date(text) ?? date(text + "T00:00:00Z")
    }
}

/// A `Date` coded as `Timestamp` text (`2026-12-03T14:01:55Z`), as the alert logs' JSON has it.
@propertyWrapper
public struct TimestampText: Sendable, Equatable, Codable {
    public var wrappedValue: Date

    public init(wrappedValue: Date) { self.wrappedValue = wrappedValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Timestamp.date(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time: \(text)")
        }
        wrappedValue = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Timestamp.format(wrappedValue))
    }
}
