import Foundation

/// Times as the database and the alert logs write them: ISO 8601 in UTC, to the second.
public enum Timestamp {
    public static func now() -> String { format(Date()) }

    public static func format(_ date: Date) -> String {
        date.ISO8601Format()
    }

    /// Parses a user's `--since` value: a full ISO 8601 time, or a date (midnight UTC).
    public static func parse(_ text: String) -> String? {
        if let date = try? Date(text, strategy: .iso8601) { return format(date) }
        if let date = try? Date(text + "T00:00:00Z", strategy: .iso8601) { return format(date) }
        return nil
    }
}
