/// When a proposition places its event: the years, months and periods it names ("in 2023",
/// "in October", "last summer", "by 2027"). Two claims with different time frames report
/// different events, so their numbers do not contradict each other.
enum TimeFrame {
    static let periods: Set<String> = ["year", "month", "week", "summer", "winter", "spring", "autumn", "fall", "season", "quarter", "decade"]
    static let relations: Set<String> = ["last", "next", "this", "previous", "coming", "past"]

    /// The time words of a text, lower case: "2023", "october", "last summer".
    static func of(_ text: String) -> Set<String> {
        let words = Words.split(text)
        var frame = Set<String>()
        for (i, w) in words.enumerated() {
            if w.isNumber, w.text.count == 4, let year = Int(w.text), (1900...2099).contains(year) {
                frame.insert(w.text)
            } else if Lexicon.months[w.lower] != nil, w.capitalised, w.lower != "may" || i + 1 < words.count && words[i + 1].isNumber {
                frame.insert(w.lower)
            } else if relations.contains(w.lower), i + 1 < words.count, periods.contains(words[i + 1].lower) {
                frame.insert(w.lower + " " + words[i + 1].lower)
            }
        }
        return frame
    }
}
