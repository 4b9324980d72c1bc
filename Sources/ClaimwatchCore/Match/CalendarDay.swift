/// Days as the dates check compares them: resolved YYYY-MM-DD days and weekday names.
enum CalendarDay {
    /// Whether two date mentions name the same day: nil when they cannot be compared.
    static func agree(_ a: DateMention, _ b: DateMention) -> Bool? {
        if let x = a.resolved, let y = b.resolved { return x == y }
        if let x = weekday(a), let y = weekday(b) { return x == y }
        return nil
    }

    /// The weekday a mention names or resolves to, 0 = Monday.
    static func weekday(_ mention: DateMention) -> Int? {
        let lower = mention.written.lowercased()
        if let named = Lexicon.weekdays.first(where: { lower.contains($0.key) }) { return named.value - 1 }
        return mention.resolved.flatMap(weekday(ofDay:))
    }

    /// The weekday of a YYYY-MM-DD day, 0 = Monday.
    static func weekday(ofDay day: String) -> Int? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Day.weekday(Day.number(parts[0], parts[1], parts[2])) - 1
    }
}
