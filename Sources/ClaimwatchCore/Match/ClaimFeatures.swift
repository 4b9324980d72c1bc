/// A content word as the matcher weighs it.
public struct MatchTerm: Sendable, Hashable {
    /// An ordinary word, a name or number, or the claim's speaker (compared apart from its names).
    public enum Kind: Sendable, Hashable { case word, name, speaker }
    public var stem: String
    /// As written, lower case: what reasons quote.
    public var word: String
    public var kind: Kind
    /// Names count for more than ordinary words, words every news sentence has for less.
    public var weight: Double
}

/// What the matcher compares: the proposition's content words, and the fields that can conflict:
/// numbers, dates, polarity, speaker and quotation.
public struct ClaimFeatures: Sendable {
    /// The content words of the proposition (the quotation, what was reported, or the sentence),
    /// each stem once; numbers and date words are left to `quantities` and `dates`.
    public var terms: [MatchTerm]
    public var quantities: [Quantity]
    public var dates: [DateMention]
    /// The whole sentence's terms, when the proposition alone is short.
    public var sentenceTerms: [MatchTerm]?
    static let shortProposition = 4
    /// The main clause's terms, when the proposition has more than its main clause.
    public var mainClauseTerms: [MatchTerm]?
    /// The proposition says "not", "never", "no longer" … (after reading "not allowed" as "forbidden").
    public var negated: Bool
    /// The first content word after each negation ("did not participate" → particip): a negation
    /// contradicts another claim only when what it negates is in both.
    public var negatedStems: Set<String>
    /// The proposition has any negation at all.
    var negates: Bool { negated || !negatedStems.isEmpty }
    /// The claim denies its proposition ("The Kremlin denied that …").
    public var denied: Bool
    public var speaker: String?
    public var speakerRole: String?
    /// The sentence names its speaker; false when the speaker is the outlet by default.
    public var attributed: Bool
    /// The speaker is a person (not an organisation or the outlet).
    public var speakerIsPerson: Bool
    /// The exact words quoted, when the claim quotes.
    public var quote: String?
    /// The years, months and periods the proposition names.
    public var timeFrame: Set<String>
    /// The years the proposition names or its dates resolve to.
    public var years: Set<String>
    /// The speaker, when the sentence names one (not a pronoun, not the outlet by default).
    public var namedSpeaker: String?

    /// `outlet`: the outlet that published the claim, so that a speaker that is only the outlet
    /// (an unattributed sentence, an unresolved "he said") is not taken for a named source.
    public init(_ claim: Claim, outlet: String? = nil) {
        let reported = claim.cue == nil ? ReportedClause.of(claim.content) : nil
        let proposition = reported?.clause ?? claim.content
        let read = PropositionReader.read(proposition)
        // A proposition too short to compare on its own ("Wojcik Electronics announced the cuts on
        // Saturday" reports "the cuts") is also compared as the whole sentence.
        sentenceTerms = read.terms.count < Self.shortProposition ? PropositionReader.read(claim.text).terms : nil
        // Numbers of the proposition as terms that align by what they count, whatever the value:
        // agreement and conflict of values are decided apart.
        let numbers = claim.quantities.filter { proposition.contains($0.written) }.map {
            MatchTerm(stem: "#" + ($0.unit.isEmpty ? "\($0.value)" : $0.unit), word: $0.written, kind: .name, weight: 1.5)
        }
        // The speaker counts as a name: "Karen Moss said the outbreak had been contained" is about
        // Karen Moss's statement as much as about the outbreak.
        let named = claim.entities.contains { $0.canonical == claim.speaker || $0.text == claim.speaker }
            || outlet != nil && claim.speaker != outlet
        let source = reported.map(\.source) ?? (claim.cue != nil && named ? claim.speaker : nil)
        let speakerTerm = source.map {
            MatchTerm(stem: NameKey.speaker($0), word: $0.lowercased(), kind: .speaker, weight: 1.5)
        }
        terms = read.terms + numbers.filter { n in !read.terms.contains { $0.stem == n.stem } }
            + (speakerTerm.map { s in read.terms.contains { $0.stem == s.stem } ? [] : [s] } ?? [])
        mainClauseTerms = MainClause.of(proposition).map { clause in
            PropositionReader.read(clause).terms + numbers.filter { n in clause.contains(n.word) } + (speakerTerm.map { [$0] } ?? [])
        }
        negated = read.negated
        negatedStems = read.negatedStems
        quantities = claim.quantities
        // Dates of the proposition only: "On Monday, Zelensky said …" dates the saying.
        dates = claim.dates.filter { proposition.contains($0.written) }
        // A denial of a claim ("denied that …", "The Kremlin denied …"), not of a motion or a visa.
        denied = claim.cue.map(Lexicon.denials.contains) ?? false || reported.map { Lexicon.denials.contains($0.verb) } ?? false
        speaker = claim.speaker
        speakerRole = claim.speakerRole
        attributed = claim.cue != nil
        quote = claim.quote
        timeFrame = TimeFrame.of(proposition)
        years = timeFrame.filter { $0.first?.isNumber == true }.union(dates.compactMap { $0.resolved.map { String($0.prefix(4)) } })
        // A source is named when it has a capital past its first word ("the National Election
        // Commission", not "local doctors" or "the company").
        namedSpeaker = source.flatMap { s in
            reported == nil || Words.split(s).dropFirst().contains(where: \.capitalised) ? s : nil
        }
        speakerIsPerson = attributed && claim.entities.contains { $0.kind == .person && ($0.canonical == claim.speaker || $0.text == claim.speaker) }
    }

    /// The sum of the terms' weights.
    var weight: Double { terms.reduce(0) { $0 + $1.weight } }
}

/// Reads a proposition into weighted content terms and its negation.
enum PropositionReader {
    /// Words nearly every news sentence has; they tie two claims together less than others.
    static let lightWords: Set<String> = [
        "also", "new", "people", "year", "years", "time", "day", "week", "last", "next", "like", "well", "many", "much",
        "made", "make", "get", "got", "going", "take", "told", "tell", "added", "want", "way", "part", "use", "used",
        "really", "think", "know", "see", "come", "go", "back", "even", "first", "two", "three", "number",
        "region", "area", "province", "district", "country", "city", "parts", "taken", "held", "put", "around",
    ]
    /// Words that name a day or month: the dates conflict check compares them, not the words.
    static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "tonight",
        "weekend", "morning", "evening", "night", "afternoon",
    ]
    /// Words that qualify a number ("at least 30"): the number's qualifier says it.
    static let qualifierWords: Set<String> = ["least", "than", "around", "nearly", "almost", "roughly", "approximately", "fewer", "less", "some", "over", "under", "up"]
    static let negators: Set<String> = [
        "not", "never", "no", "nobody", "neither", "nor", "cannot", "none", "nothing",
        // Contractions written without their apostrophe.
        "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "arent", "werent", "hasnt", "havent", "couldnt", "wouldnt", "shouldnt",
    ]
    static let auxiliaries: Set<String> = [
        "be", "been", "being", "have", "has", "had", "a", "an", "the", "any", "to", "yet", "ever", "also", "only", "really", "even",
        "been", "get", "got", "do", "does", "did",
    ]
    /// Verbs that negate the verb after "to": "refused to concede", "failed to pass".
    static let negatingVerbs: Set<String> = [
        "refused", "refuses", "refuse", "refusing", "declined", "declines", "declining", "failed", "fails", "failing",
        "refusal", "failure",
    ]

    static func read(_ text: String) -> (terms: [MatchTerm], negated: Bool, negatedStems: Set<String>) {
        let words = Words.split(text)
        var terms: [MatchTerm] = []
        var seen = Set<String>()
        var negationCount = 0
        var skipNext = false
        var negatedStems = Set<String>()
        // The negated word: the first word after the negation that is not an auxiliary or an
        // article ("did not participate", "has not been contained"); nil once a function word
        // takes that place ("no further").
        var negatedAt: Int?
        for (i, word) in words.enumerated() {
            if skipNext { skipNext = false; continue }
            let lower = word.lower
            // "no one" is "nobody": its "one" is not what is negated.
            if lower == "one", i > 0, words[i - 1].lower == "no" { continue }
            let negator = isNegator(lower) || negatingVerbs.contains(lower) && i + 1 < words.count && words[i + 1].lower == "to"
            if negator {
                // "not allowed" says "forbidden": read it so, and count no negation.
                if i + 1 < words.count, let meaning = MatchVocabulary.shared.negatedMeaning[words[i + 1].lower] {
                    if seen.insert(meaning).inserted { terms.append(MatchTerm(stem: meaning, word: "not " + words[i + 1].lower, kind: .word, weight: 1)) }
                    skipNext = true
                } else if !(lower == "not" && i + 1 < words.count && words[i + 1].lower == "only") {
                    negationCount += 1
                    negatedAt = (i + 1..<min(words.count, i + 4)).first {
                        !auxiliaries.contains(words[$0].lower) && !(words[$0].lower.hasSuffix("ly") && words[$0].lower.count > 4)
                    }
                }
                continue
            }
            guard !word.isNumber, lower.count > 1, !Stopwords.english.contains(lower), !dateWords.contains(lower), !qualifierWords.contains(lower) else { continue }
            let name = word.capitalised && (i > 0 || Entities.kind(of: word.text) != nil)
            let stem = name ? NameKey.key(lower) : MatchVocabulary.stem(lower)
            if negatedAt == i { negatedStems.insert(stem) }
            guard seen.insert(stem).inserted else { continue }
            let weight = name ? 1.5 : lightWords.contains(lower) ? 0.5 : 1
            terms.append(MatchTerm(stem: stem, word: lower, kind: name ? .name : .word, weight: weight))
        }
        return (terms, negationCount % 2 == 1, negatedStems)
    }

    static func isNegator(_ lower: String) -> Bool {
        negators.contains(lower) || lower.hasSuffix("n't") || lower.hasSuffix("n’t")
    }
}
