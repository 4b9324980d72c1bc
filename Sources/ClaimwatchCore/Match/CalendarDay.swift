/// Days as the dates check compares them: resolved YYYY-MM-DD days and weekday names.
enum CalendarDay {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Whether two date mentions name the same day: nil when they cannot be compared.
    static func agree(_ a: DateMention, _ b: DateMention) -> Bool? {
        if let x = a.resolved, let y = b.resolved { return x == y }
        if let x = weekday(a), let y = weekday(b) { return x == y }
        return nil
    }

    /// The weekday a mention names or resolves to, 0 = Monday.
    static func weekday(_ mention: DateMention) -> Int? {
        let lower = mention.written.lowercased()
        if let named = weekdays.firstIndex(where: { lower.contains($0) }) { return named }
        return mention.resolved.flatMap(weekday(ofDay:))
    }

    /// The weekday of a YYYY-MM-DD day, 0 = Monday (days-from-civil, proleptic Gregorian).
    static func weekday(ofDay day: String) -> Int? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var (y, m, d) = (parts[0], parts[1], parts[2])
        if m <= 2 { y -= 1; m += 12 }
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m - 3) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468  // days since 1970-01-01, a Thursday
        return ((days % 7) + 7 + 3) % 7
    }
}
