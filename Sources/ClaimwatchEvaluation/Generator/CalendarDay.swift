import ClaimwatchCore

/// A calendar day counted from 1970-01-01, with the conversions the generator writes dates in.
/// Plain arithmetic (the proleptic Gregorian calendar), no Foundation calendars or time zones.
struct CalendarDay: Sendable, Hashable, Comparable {
    var number: Int

    init(_ number: Int) { self.number = number }

    init(year: Int, month: Int, day: Int) {
        number = Day.number(year, month, day)
    }

    var parts: (year: Int, month: Int, day: Int) {
        let (year, month, day) = Day.civil(number)
        return (year, month, day)
    }

    static func + (day: CalendarDay, offset: Int) -> CalendarDay { CalendarDay(day.number + offset) }
    static func - (a: CalendarDay, b: CalendarDay) -> Int { a.number - b.number }
    static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// "2025-03-05".
    var iso: String {
        let p = parts
        return "\(p.year)-\(p.month < 10 ? "0" : "")\(p.month)-\(p.day < 10 ? "0" : "")\(p.day)"
    }

    /// "March 5".
    var monthAndDay: String { "\(Self.monthNames[parts.month - 1]) \(parts.day)" }

    var monthName: String { Self.monthNames[parts.month - 1] }

    /// "Wednesday" (1970-01-01 was a Thursday).
    var weekdayName: String { Self.weekdayNames[((number % 7) + 7 + 4) % 7] }
}
