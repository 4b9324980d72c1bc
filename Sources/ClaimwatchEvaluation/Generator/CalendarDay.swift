/// A calendar day counted from 1970-01-01, with the conversions the generator writes dates in.
/// Plain arithmetic (the proleptic Gregorian calendar), no Foundation calendars or time zones.
struct CalendarDay: Sendable, Hashable, Comparable {
    var number: Int

    init(_ number: Int) { self.number = number }

    init(year: Int, month: Int, day: Int) {
        // Days from civil, after Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    var parts: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func + (day: CalendarDay, offset: Int) -> CalendarDay { CalendarDay(day.number + offset) }
    static func - (a: CalendarDay, b: CalendarDay) -> Int { a.number - b.number }
    static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
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
