/// Days as the dates check compares them: resolved YYYY-MM-DD days and weekday names.
enum CalendarDay {
    /// Whether two date mentions name the same day: nil when they cannot be compared.
    static func agree(_ a: DateMention, _ b: DateMention) -> Bool? {
        // "Monday" and "Monday": a day never conflicts with itself, whatever week each article
        // resolved it to.
        if let x = namedWeekday(a), let y = namedWeekday(b), x == y { return true }
        if let x = a.resolved, let y = b.resolved { return x == y }
        if let x = weekday(a), let y = weekday(b) { return x == y }
        return nil
    }

    /// The weekday a mention names or resolves to, 0 = Monday.
    static func weekday(_ mention: DateMention) -> Int? {
        namedWeekday(mention) ?? mention.resolved.flatMap(weekday(ofDay:))
    }

    /// The weekday a mention names in its words ("on Tuesday"), 0 = Monday.
    static func namedWeekday(_ mention: DateMention) -> Int? {
        let lower = mention.written.lowercased()
        return Lexicon.weekdays.first(where: { lower.contains($0.key) }).map { $0.value - 1 }
    }

    /// The weekday of a YYYY-MM-DD day, 0 = Monday.
    static func weekday(ofDay day: String) -> Int? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Day.weekday(Day.number(parts[0], parts[1], parts[2])) - 1
    }
}
