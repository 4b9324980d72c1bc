/// One generated story: its kind, where and when it happens, and its cast.
struct Story: Sendable {
    var index: Int
    var kind: StoryKind
    var country: Country
    /// The day the story breaks; its articles are published on it or in the four days after.
    var day: CalendarDay
    var cast: StoryCast
    /// For each fact, the day it is about (the story's day for facts without one).
    var factDays: [CalendarDay]

    init(index: Int, kind: StoryKind, random: inout SeededGenerator) {
        self.index = index
        self.kind = kind
        country = random.pick(Country.all)
        day = CalendarDay(year: 2025, month: 1, day: 6) + random.below(320)
        cast = kind.cast(&random, country, day)
        let start = day
        factDays = kind.facts.map { start + random.int(in: $0.days) }
    }
}

/// How an article states one fact of its story.
enum Treatment: String, Sendable {
    /// As the story has it, in any wording.
    case faithful
    /// The headline number hedged to the same figure ("about 4,500").
    case rounded
    /// The headline number as a bound that a different figure fits ("at least 10" for 14).
    case compatible
    case changedNumber
    case changedDate
    case negated
    case antonym
    /// Contested facts: the other speaker's denial.
    case denied
    /// Quotes: the words given to another speaker.
    case misattributed

    /// Whether the statement no longer agrees with the story.
    var alters: Bool { ![.faithful, .rounded, .compatible].contains(self) }
}

/// One fact as an article states it.
struct RenderedFact: Sendable {
    enum Style: String, Sendable { case plain, speakerFirst, clauseFirst, according, quote, reported, partial, denial }
    enum DateForm: Sendable { case weekday, date }

    var fact: Int
    var treatment: Treatment
    var style: Style
    var dateForm: DateForm?
    var text: String
    /// A short account of what was planted, for the pair's note.
    var planted: String
}
