import Foundation

/// Times as the database and the alert logs write them: ISO 8601 in UTC, to the second. Inside the
/// pipeline a time is a `Date`; this is the one place it becomes text and text becomes a time.
public enum Timestamp {
    /// Now, to the whole second, so that a time kept in memory is the time read back from its text.
    public static func now() -> Date { Date(timeIntervalSince1970: Double(Int64(Date().timeIntervalSince1970))) }

    /// `2026-12-03T14:01:55Z`: the whole seconds of `date`, in UTC. Written by hand (days from the
    /// civil calendar, `Day`): a stored claim's time is read and written once per
    /// candidate, where Foundation's ISO 8601 formatter and parser cost microseconds each.
    public static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let (civilYear, civilMonth, civilDay) = Day.civil(Int(days))
        let (year, month, day) = (Int64(civilYear), Int64(civilMonth), Int64(civilDay))
        var bytes = [UInt8]()
        bytes.reserveCapacity(20)
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        guard (0...9999).contains(year) else { return date.ISO8601Format() }
        digits(year, 4); bytes.append(UInt8(ascii: "-")); digits(month, 2); bytes.append(UInt8(ascii: "-")); digits(day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2); bytes.append(UInt8(ascii: ":")); digits(secondOfDay / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":")); digits(secondOfDay % 60, 2); bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A time as `format` writes it, or any other ISO 8601 time with a zone; nil for anything else.
    public static func date(_ text: String) -> Date? {
        if let seconds = fastSeconds(text) { return Date(timeIntervalSince1970: Double(seconds)) }
        return try? Date(text, strategy: .iso8601)
    }

    /// Seconds since 1970 of exactly `YYYY-MM-DDTHH:MM:SSZ`; nil for any other shape or a field
    /// out of range (the slow parser then decides).
    static func fastSeconds(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
            b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for i in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) else { return nil }
                value = value * 10 + Int64(b[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), let second = number(17..<19), (1...12).contains(month), (1...31).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = Int64(Day.number(Int(year), Int(month), Int(day)))
        guard Day.civil(Int(days)) == (Int(year), Int(month), Int(day)) else { return nil }  // 31 February
        return days * 86400 + hour * 3600 + minute * 60 + second
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
