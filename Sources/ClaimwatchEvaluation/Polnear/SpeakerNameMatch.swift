import Foundation

/// Whether a claim's speaker names the same person or organisation as an annotated Source, by
/// full name or by an unambiguous surname. Only the Source's **names** count (defined below): in
/// "Morton Blackwell, the Republican National Committeeman from Virginia" that is Morton Blackwell,
/// never Virginia. The rules:
///
/// 1. **Full name.** The speaker has at least two words (a leading "the" left out) and they are
///    the Source's words ("Obama administration" for "The Obama administration"), or the last words
///    of one of the Source's names ("Bernie Sanders" for "Sen. Bernie Sanders"), or, for an
///    organisation's name, all of it ("Department of Defense", not "Defense").
/// 2. **Unambiguous surname.** The speaker's surname (its last word, a Jr./Sr./II/III/IV suffix
///    left out) is the surname of one of the Source's person names, with the same suffix or none on
///    both ("Donald Trump" is not "Donald Trump Jr."), and either both have given names and they
///    share one ("Hillary Rodham Clinton" and "Hillary Clinton", never "Bill Clinton"), or one of
///    them has none ("Mrs. Clinton", "Clinton") and the surname is not ambiguous in the article.
///    A speaker with a function word before its surname is no name for this rule ("Hears About
///    Obama", "Rubio and Ted Cruz", "Despite Weaver").
/// 3. **Named group.** With a leading quantifier left out of both ("some", "all the", "36 percent
///    of", "about four in 10"), the speaker's words are the Source's, and the last of them names a
///    group: a lower-case noun ("voters", "officials") or a party's or a people's plural
///    (`groupNames`: "Democrats", "Republicans"). "Democrats" names "Some Democrats" and "About four
///    in 10 South Carolina Republican primary voters" names itself without "About"; "Republicans"
///    does not name "Senate Republicans", and a surname alone never passes this rule ("Sanders").
///
/// Definitions:
/// - **Words**: runs of letters, digits, apostrophes, hyphens and dots, lower-cased and folded,
///   with a trailing possessive `'s` / `’s` / `s'` taken off and remembered, and trailing dots
///   taken off ("Sen." → "sen", "D.C." → "d.c").
/// - **Segments**: the Source cut at every separator that is not a space (comma, bracket, dash,
///   slash, colon, quotation mark).
/// - **Name run**: consecutive capitalised words of a segment, with lower-case particles
///   (de/del/la/van/von/der/al/bin) and connectors (of/for/the) allowed between two capitalised
///   words. A possessive word ends its run, and so does "of" after two or more name words that are
///   no title and end in no organisation's head noun ("Representative Peter T. King of New York" is
///   Peter T. King, then New York). A run with a connector inside is an **organisation's**
///   name ("Department of Homeland Security"); the others are **person** names (a person or an
///   organisation named like one: "Gallup", "The Washington Post").
/// - **The Source's names**: the name runs of the first segment that has any, where a run counts
///   when (a) it has a word that is not a title or a function word ("He", "The", "Sen." alone do
///   not), (b) the word before it is not a preposition or a relative pronoun (`prepositions`: "a
///   spokesman for Clinton", "who voted for Bill Clinton" do not name Clinton), (c) its last word is
///   not a possessive followed by more of the Source ("Donald Trump's campaign manager Corey
///   Lewandowski" names Lewandowski; a Source that is only "Mrs. Clinton's" names her) and (d) the
///   word right after it is not a lower-case word outside `functionWords` and `documentNouns`, nor
///   a participle in -ed or -ing ("the Trump campaign" does not name Trump; "a Gallup poll", "a
///   Gallup Poll taken last week" and "USA TODAY's reporting" name Gallup and USA Today). "Her
///   campaign manager, Robby Mook," names Robby Mook: the first segment has no name.
/// - **Surname and given names** of a person name: the surname is its last word, a suffix left
///   out; the given names are its words before that, leaving out titles (`titles`: Mr., Sen.,
///   President, Democratic …), initials (one letter), particles, connectors and `functionWords`.
/// - **Ambiguous surname**: S is ambiguous in an article when the article's annotated Sources (all
///   of its attributions, every segment) hold two person names of two or more words with surname S
///   whose given names are both non-empty and share none ("Bill Clinton" and "Hillary Clinton"). A
///   surname that only one named person of the article's sources carries, or that only ever
///   appears as "Mrs. Clinton", is unambiguous. Names in the text that are no source do not count:
///   "Mr. Trump" credited to a Freddy Trump the article only mentions is judged right. (Counting
///   every name in the text would make "Clinton" and "Bush" ambiguous in most campaign articles.)
public struct SpeakerNameMatch: Sendable {
    /// The surnames ambiguous among these sources (as words).
    public let ambiguousSurnames: Set<String>

    /// - Parameter articleSources: every annotated Source of the article.
    public init(articleSources: [String]) {
        var given: [String: [Set<String>]] = [:]
        for source in articleSources {
            for run in Self.nameRuns(Self.tokens(source)) where run.count >= 2 && !Self.isOrganisation(run) {
                guard let name = Self.personName(run.map(\.word)), !name.given.isEmpty else { continue }
                given[name.surname, default: []].append(name.given)
            }
        }
        var ambiguous: Set<String> = []
        for (surname, sets) in given {
            outer: for i in sets.indices {
                for j in sets.indices where j > i && sets[i].isDisjoint(with: sets[j]) {
                    ambiguous.insert(surname)
                    break outer
                }
            }
        }
        ambiguousSurnames = ambiguous
    }

    /// True when `speaker` names the annotated `source` (rules 1 and 2 above).
    public func matches(speaker: String, source: String) -> Bool {
        var spoken = Self.tokens(speaker).map(\.word)
        if spoken.first == "the" { spoken.removeFirst() }
        guard !spoken.isEmpty else { return false }
        let sourceTokens = Self.tokens(source)
        let names = Self.sourceNames(sourceTokens)
        // 1. Full name: the whole Source ("The Obama administration"), or one of its names.
        var sourceWords = sourceTokens.map(\.word)
        if sourceWords.first == "the" { sourceWords.removeFirst() }
        if spoken.count >= 2, sourceWords == spoken { return true }
        if spoken.count >= 2 {
            for run in names {
                var words = run.map(\.word)
                if words.first == "the" { words.removeFirst() }
                if Self.isOrganisation(run) ? words == spoken : words.count >= spoken.count && Array(words.suffix(spoken.count)) == spoken {
                    return true
                }
            }
        }
        // 3. Named group, quantifiers left out of both.
        let group = Self.withoutQuantifier(spoken), sourceGroup = Self.withoutQuantifier(sourceWords)
        if !group.isEmpty, group == sourceGroup, let head = sourceTokens.last, !head.possessive,
            !head.capitalised || Self.groupNames.contains(head.word)
        {
            return true
        }
        // 2. Unambiguous surname, of a speaker that is a name ("Hears About Obama", "Rubio and Ted
        // Cruz" are not).
        guard !spoken.dropLast().contains(where: { Self.functionWords.contains($0) }),
            let speakerName = Self.personName(spoken)
        else { return false }
        for run in names where !Self.isOrganisation(run) {
            guard let name = Self.personName(run.map(\.word)), name.surname == speakerName.surname,
                name.suffix == speakerName.suffix
            else { continue }
            if speakerName.given.isEmpty || name.given.isEmpty {
                // The surname alone decides: only if no two people of the article's sources share it.
                if !ambiguousSurnames.contains(speakerName.surname) { return true }
            } else if !speakerName.given.isDisjoint(with: name.given) {
                return true
            }
        }
        return false
    }

    /// The words without the quantifier that leads them ("some", "all the", "36 percent of",
    /// "about four in 10").
    static func withoutQuantifier(_ words: [String]) -> ArraySlice<String> {
        words.drop { word in quantifierWords.contains(word) || word.allSatisfy(\.isNumber) }
    }

    static let quantifierWords: Set<String> = [
        "some", "many", "most", "all", "both", "several", "few", "a", "an", "the", "of", "about", "nearly", "almost",
        "roughly", "around", "more", "than", "over", "under", "majority", "majorities", "half", "percent", "in", "out",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
        "thousands", "millions",
    ]

    /// Capitalised plurals that name a group, not a person: parties, movements, peoples.
    static let groupNames: Set<String> = [
        "democrats", "republicans", "conservatives", "liberals", "progressives", "libertarians", "independents",
        "evangelicals", "americans", "catholics", "protestants", "christians", "muslims", "jews", "latinos", "hispanics",
        "europeans", "israelis", "palestinians", "russians", "mexicans", "britons", "germans", "canadians", "californians",
        "texans", "iowans", "floridians", "millennials", "gops", "dems",
    ]

    /// The Source's names (see the type's documentation).
    static func sourceNames(_ tokens: [Token]) -> [[Token]] {
        var segments: [[Token]] = []
        for token in tokens {
            if token.joinedToPrevious, !segments.isEmpty { segments[segments.count - 1].append(token) } else { segments.append([token]) }
        }
        for segment in segments {
            let names = nameRuns(segment).filter { run in
                guard let first = run.first, let last = run.last else { return false }
                let named = run.contains { !titles.contains($0.word) && !functionWords.contains($0.word) && !connectors.contains($0.word) }
                let afterPreposition = first.joinedToPrevious && first.index > 0 && prepositions.contains(tokens[first.index - 1].word)
                return named && !afterPreposition && isHeading(tokens, lastIndex: last.index)
            }
            if !names.isEmpty { return names }
        }
        return []
    }

    // MARK: - Words and runs

    struct Token: Equatable {
        var word: String
        var capitalised: Bool
        var possessive: Bool
        /// Only spaces between this word and the one before.
        var joinedToPrevious: Bool
        var index: Int
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current: [Character] = []
        var onlySpaces = true
        func flush() {
            var chars = current
            current.removeAll(keepingCapacity: true)
            let isWordChar: (Character) -> Bool = { $0.isLetter || $0.isNumber }
            while let first = chars.first, !isWordChar(first) { chars.removeFirst() }
            var possessive = false
            // A trailing possessive: 's, ’s, or a bare apostrophe after s.
            if chars.count >= 2, chars.last == "s" || chars.last == "S", ScoringWords.isApostrophe(chars[chars.count - 2]) {
                chars.removeLast(2)
                possessive = true
            }
            // "Sanders'": one apostrophe after an s.
            if chars.count >= 2, ScoringWords.isApostrophe(chars[chars.count - 1]), chars[chars.count - 2] == "s" || chars[chars.count - 2] == "S",
                chars.count < 3 || !ScoringWords.isApostrophe(chars[chars.count - 3])
            {
                possessive = true
            }
            while let last = chars.last, !isWordChar(last) { chars.removeLast() }
            guard let first = chars.first else { return }
            let word = String(chars).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: "’", with: "'")
            tokens.append(
                Token(
                    word: word, capitalised: first.isUppercase, possessive: possessive,
                    joinedToPrevious: !tokens.isEmpty && onlySpaces, index: tokens.count))
            onlySpaces = true
        }
        for c in text {
            if c.isLetter || c.isNumber || c == "-" || c == "." || ScoringWords.isApostrophe(c) {
                current.append(c)
            } else {
                flush()
                if !c.isWhitespace { onlySpaces = false }
            }
        }
        flush()
        return tokens
    }

    /// Lower-case words inside a person's name.
    static let particles: Set<String> = ["de", "del", "la", "van", "von", "der", "al", "bin", "da", "di", "le"]
    /// Lower-case words inside an organisation's name.
    static let connectors: Set<String> = ["of", "for", "the"]

    /// A run that is a person's name before "of": after its leading titles, two or more words, the
    /// last no organisation's head noun ("Department", "University", "Bank"). "Secretary of State"
    /// and "King of Jordan" are one title and go on.
    static func isPersonBeforeOf(_ run: [Token]) -> Bool {
        guard let last = run.last, !organisationHeads.contains(last.word) else { return false }
        return run.drop { titles.contains($0.word) }.count >= 2
    }

    static let organisationHeads: Set<String> = [
        "department", "university", "bank", "board", "bureau", "center", "centre", "office", "institute", "committee", "council",
        "school", "college", "academy", "association", "league", "party", "union", "court", "house", "chamber", "church", "ministry",
        "agency", "commission", "society", "foundation", "federation", "coalition", "alliance", "conference", "network", "fund",
        "corporation", "organization", "organisation", "states", "friends", "daughters", "sons", "sisters", "brothers", "knights",
        "museum", "library", "hall", "city", "county", "state", "republic", "kingdom", "people", "church", "order", "army", "navy",
    ]

    /// A name with a connector inside it names an organisation.
    static func isOrganisation(_ run: [Token]) -> Bool {
        run.dropFirst().dropLast().contains { !$0.capitalised && connectors.contains($0.word) }
    }

    /// The words before a name that put it in a phrase of its own: a preposition or a relative pronoun.
    static let prepositions: Set<String> = [
        "of", "from", "at", "in", "for", "to", "with", "against", "about", "on", "under", "near", "behind", "toward",
        "towards", "into", "over", "after", "before", "than", "like", "who", "whom", "which", "that", "whose", "between",
        "among",
    ]

    static func nameRuns(_ tokens: [Token]) -> [[Token]] {
        var runs: [[Token]] = []
        var run: [Token] = []
        var pending: [Token] = []  // connectors waiting for a capitalised word
        func close() {
            if !run.isEmpty { runs.append(run) }
            run = []
            pending = []
        }
        for token in tokens {
            if !token.joinedToPrevious { close() }
            if token.capitalised {
                run += pending
                pending = []
                run.append(token)
                if token.possessive { close() }
            } else if token.word == "of", pending.isEmpty, isPersonBeforeOf(run) {
                close()  // "Peter T. King of New York": a person, then a place
            } else if !run.isEmpty, connectors.contains(token.word) || particles.contains(token.word), !token.possessive {
                pending.append(token)
            } else {
                close()
            }
        }
        close()
        return runs
    }

    /// Not a possessive, and not followed (after spaces only) by a lower-case word outside
    /// `functionWords`.
    static func isHeading(_ tokens: [Token], lastIndex: Int) -> Bool {
        let next = lastIndex + 1
        let following = next < tokens.count && tokens[next].joinedToPrevious ? tokens[next] : nil
        // "Mrs. Clinton's strategy …": a possessive names someone else, unless it ends the Source
        // or what follows is what it published ("USA TODAY's reporting").
        if tokens[lastIndex].possessive { return next == tokens.count || following.map { documentNouns.contains($0.word) } == true }
        guard let following, !following.capitalised else { return true }
        // A participle ("a Gallup Poll taken last week") does not make the name a modifier.
        return functionWords.contains(following.word) || documentNouns.contains(following.word)
            || following.word.hasSuffix("ed") || following.word.hasSuffix("ing")
    }

    /// What an organisation publishes: "a Gallup poll", "an Associated Press survey", "FEC reports"
    /// name the organisation as the source.
    static let documentNouns: Set<String> = [
        "poll", "polls", "polling", "survey", "surveys", "analysis", "analyses", "report", "reports", "study", "studies",
        "data", "research", "account", "statement", "statements", "filing", "filings", "record", "records", "figures",
        "estimate", "estimates", "review", "investigation", "memo", "release", "website", "tally", "count", "projection",
        "projections", "model", "index", "documents", "emails", "letter", "article", "story", "editorial", "ad", "ads",
        "reporting", "tracker", "average", "numbers", "tweet", "tweets", "post", "posts", "blog", "show", "interview",
    ]

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    struct PersonName: Equatable {
        var surname: String
        var given: Set<String>
        var suffix: String?
    }

    /// The surname (the last word, a suffix left out), the given names and the suffix of a name;
    /// nil when there is no surname, or it is a title or a function word.
    static func personName(_ words: [String]) -> PersonName? {
        var words = words
        var suffix: String?
        while let last = words.last, suffixes.contains(last) { suffix = suffix ?? last; words.removeLast() }
        guard let surname = words.popLast(), !titles.contains(surname), !functionWords.contains(surname) else { return nil }
        let given = words.filter { word in
            word.count > 1 && !titles.contains(word) && !connectors.contains(word) && !particles.contains(word) && !functionWords.contains(word)
        }
        return PersonName(surname: surname, given: Set(given), suffix: suffix)
    }

    /// Titles, honorifics, offices and party labels that stand before a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "ag", "vp", "sens", "reps", "govs", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "father",
        "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor", "lt", "lieutenant",
        "president", "vice", "pres", "secretary", "sec", "speaker", "leader", "majority", "minority", "whip", "chairman",
        "chairwoman", "chair", "chief", "justice", "judge", "attorney", "general", "gen", "col", "colonel", "maj", "major",
        "capt", "captain", "adm", "admiral", "sgt", "sergeant", "cmdr", "commander", "mayor", "ambassador", "minister",
        "prime", "chancellor", "king", "queen", "prince", "princess", "pope", "sheriff", "director", "deputy", "assistant",
        "press", "spokesman", "spokeswoman", "former", "first", "state", "house", "senate", "white", "candidate",
        "nominee", "democratic", "democrat", "democrats", "republican", "republicans", "gop", "presidential", "rival",
        "u.s", "us", "american", "new", "late", "then", "ex", "host", "anchor", "author", "commissioner", "officer", "agent",
    ]

    /// Words that may follow a name without making it a modifier, and that are never given names.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "as", "at", "in", "on", "of",
        "for", "from", "by", "with", "without", "to", "into", "after", "before", "since", "until", "during", "about",
        "against", "between", "through", "over", "under", "than", "then", "there", "here", "this", "that", "these",
        "those", "who", "whom", "whose", "which", "what", "where", "why", "how", "he", "she", "it", "they", "we", "i",
        "you", "his", "her", "its", "their", "our", "my", "your", "him", "them", "us", "me", "himself", "herself",
        "itself", "themselves", "also", "too", "both", "all", "alone", "each", "either", "neither", "even", "just",
        "only", "not", "no", "now", "still", "later", "earlier", "once", "again", "meanwhile", "however",
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "do", "does", "did", "will", "would", "can",
        "could", "may", "might", "must", "shall", "should", "last", "next", "some", "many", "most", "more", "other",
        "another", "such", "said", "says", "told", "added", "wrote", "asked", "according", "despite", "although",
        "though", "because", "unlike", "amid", "like", "whether",
    ]
}
