/// Who says something in a generated story: a person or an organisation.
struct Speaker: Sendable {
    /// "Lucia Navarro", "the civil protection agency".
    var full: String
    /// "Navarro", "the agency".
    var short: String
    /// The title written before a person's name ("Governor", "Chief executive"); empty for
    /// organisations.
    var title: String
    /// The role written after a person's name ("the governor of Valencia region").
    var role: String
    var isOrganisation: Bool

    static func person(_ name: (full: String, last: String), title: String, role: String) -> Speaker {
        Speaker(full: name.full, short: name.last, title: title, role: role, isOrganisation: false)
    }

    static func organisation(_ name: String, short: String) -> Speaker {
        Speaker(full: name, short: short, title: "", role: "", isOrganisation: true)
    }
}

/// One statement a story makes, written as templates for every way an outlet may state it, alter
/// it or deny it. Clauses are written as they follow "said" (back-shifted: "had been damaged").
struct FactTemplate: Sendable {
    enum Role: Sendable {
        /// The story's headline number (deaths, jobs, seats): changed, qualified or rounded.
        case headlineNumber
        /// Another number of the same story, counting something else: the look-alike of the first.
        case otherNumber
        /// An event on a day: the day is changed, or written as a weekday.
        case dated
        /// A statement that can be negated or turned into its antonym.
        case polar
        /// A statement that another speaker denies.
        case contested
        /// A quotation, also reported and quoted in part; it can be given to another speaker.
        case quote
        /// An earlier event with the same people and places (the same entities, another event).
        case earlierEvent
    }

    var role: Role
    /// The key of the speaker in the story's cast; nil for the outlet's own voice.
    var speaker: String?
    /// The statement, with `{when}` for the day and `{#name}` for a number of the cast.
    var clause: String
    var negated: String? = nil
    var antonym: String? = nil
    /// The number the clause states (for `{#name}`).
    var number: String? = nil
    /// The only values the number takes (basis points: 25, 50, 75, 100); such a number is never
    /// qualified ("at least 25 basis points" is not news copy).
    var steps: [Int]? = nil
    /// Dated facts: the day of the event, in days from the story's day, and whether it is always
    /// written as a date ("on April 2"): days in the future and days more than a week back are.
    var days: ClosedRange<Int> = 0...0
    var dateOnly = false
    /// Quotes: the words, their reported form (follows "said"), and a sentence quoting a part,
    /// with `{speaker}` for the speaker's name.
    var quote: String? = nil
    var reported: String? = nil
    var partial: String? = nil
    /// Contested facts: the key of the speaker who denies them. Quotes: the key of the speaker the
    /// words can be misattributed to.
    var other: String? = nil
}

/// A kind of story (a flood, a rate decision, an election…): how to cast it and what it says.
struct StoryKind: Sendable {
    var name: String
    var headline: String
    var facts: [FactTemplate]
    /// Sentences around the facts, never paired.
    var background: [String]
    /// Draws the cast of one story of this kind: values for the templates, numbers and speakers.
    var cast: @Sendable (_ random: inout SeededGenerator, _ country: Country, _ day: CalendarDay) -> StoryCast
}

/// The values one story fills its kind's templates with.
struct StoryCast: Sendable {
    var values: [String: String] = [:]
    var numbers: [String: Int] = [:]
    var speakers: [String: Speaker] = [:]
}
