/// A run of capitalised words in a sentence, split into the role words before the name
/// ("Ukrainian President") and the name itself ("Volodymyr Zelensky").
struct NameRun: Equatable {
    /// Token indices of the whole run, roles included.
    var range: ClosedRange<Int>
    /// Token indices of the name, titles left out; nil when the run is all titles.
    var name: ClosedRange<Int>?
    var role: String?
    var nameText: String
}

extension SentenceTokens {
    /// A subhead or a headline inside the body: four or more words of four letters or more, every
    /// one capitalised ("National Review Crowd Does Not Like Donald Trump"). Its long runs are
    /// phrases, not names.
    var isTitleCased: Bool {
        let long = tokens.filter { $0.text.unicodeScalars.count >= 4 && !$0.isNumber }
        return long.count >= 4 && long.allSatisfy(\.capitalised)
    }

    /// Capitalised runs, broken at punctuation, quotation edges, possessives and numbers. Words that
    /// are capitalised only because they start a sentence or quote ("The", "However") are dropped.
    func findNameRuns() -> [NameRun] {
        var runs: [NameRun] = []
        var i = 0
        while i < tokens.count {
            guard isNameWord(i) else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count {
                if isNameWord(j + 1), joinsName(j, j + 1) {
                    j += 1
                } else if j + 2 < tokens.count, joinsOrganisation(j) {
                    j += 2  // "Center for Responsive Politics", "Bureau of Labor Statistics"
                } else {
                    break
                }
            }
            if let run = nameRun(i...j) { runs.append(run) }
            i = j + 1
        }
        return runs
    }

    func isNameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.capitalised && !t.isNumber && !Lexicon.months.keys.contains(t.lower) && !Lexicon.weekdays.keys.contains(t.lower)
    }

    /// Whether tokens `a` and `a + 1` belong to one name: nothing but a space between them.
    func joinsName(_ a: Int, _ b: Int) -> Bool {
        !tokens[a].possessive && (tokens[a].after.isEmpty || abbreviationJoins(a)) && tokens[a].quote == tokens[b].quote
    }

    /// Whether "of" / "for" after token `a` joins an organisation's name: the word before it is an
    /// organisation's head noun ("Center", "Bureau", "Department") and a name word follows.
    func joinsOrganisation(_ a: Int) -> Bool {
        guard a + 2 < tokens.count, ["of", "for"].contains(tokens[a + 1].lower), tokens[a].after.isEmpty, tokens[a + 1].after.isEmpty,
            !tokens[a].possessive, Lexicon.organisationHeads.contains(tokens[a].lower), isNameWord(a + 2),
            tokens[a].quote == tokens[a + 2].quote
        else { return false }
        return true
    }

    /// The run `range` with leading non-names dropped and title words split off.
    func nameRun(_ range: ClosedRange<Int>) -> NameRun? {
        var lo = range.lowerBound
        while lo <= range.upperBound, Lexicon.nonNames.contains(tokens[lo].lower) || lo == 0 && Lexicon.cues.contains(tokens[lo].lower),
            !(tokens[lo].lower == "the" && Lexicon.organisations.contains(words(lo, range.upperBound).lowercased()))
        { lo += 1 }
        guard lo <= range.upperBound else { return nil }
        var lastTitle = -1
        for k in lo...range.upperBound where Self.isTitle(tokens[k].text) && k < range.upperBound { lastTitle = k }
        if Self.isTitle(tokens[range.upperBound].text), lastTitle == -1, range.upperBound > lo { lastTitle = range.upperBound }
        var role = lastTitle >= lo ? Self.roleText(tokens[lo...lastTitle].map(\.text)) : nil
        var nameLo = max(lo, lastTitle + 1)
        // "CBS Sports NFL Insider Jason La Canfora": a long run is role words before a two-word name.
        let hi = range.upperBound
        if hi - nameLo >= 3, Entities.kind(of: words(nameLo, hi)) == nil,
            !(nameLo...hi).contains(where: { ["of", "for"].contains(tokens[$0].lower) })
        {
            let first = hi >= 2 && Self.nameParticles.contains(tokens[hi - 1].lower) ? hi - 2 : hi - 1
            role = words(lo, first - 1)
            nameLo = first
        }
        guard nameLo <= range.upperBound else {
            return NameRun(range: lo...range.upperBound, name: nil, role: role, nameText: "")
        }
        return NameRun(
            range: lo...range.upperBound, name: nameLo...range.upperBound, role: role,
            nameText: words(nameLo, range.upperBound))
    }

    static let nameParticles: Set<String> = ["la", "le", "de", "del", "van", "von", "der", "da", "di", "al", "bin", "ben"]

    /// A title word, also glued to an acronym ("NATOSecretary-General").
    static func isTitle(_ word: String) -> Bool {
        Lexicon.titles.contains(word.lowercased()) || Lexicon.titles.contains(unglued(word).last?.lowercased() ?? "")
    }

    /// Splits an acronym glued to a word: "NATOSecretary-General" → ["NATO", "Secretary-General"].
    static func unglued(_ word: String) -> [String] {
        let s = Array(word.unicodeScalars)
        var k = 0
        while k < s.count, ("A"..."Z").contains(s[k]) { k += 1 }
        guard k >= 3, k < s.count, ("a"..."z").contains(s[k]) else { return [word] }
        var a = String.UnicodeScalarView(), b = String.UnicodeScalarView()
        a.append(contentsOf: s[..<(k - 1)])
        b.append(contentsOf: s[(k - 1)...])
        return [String(a), String(b)]
    }

    static func roleText(_ words: [String]) -> String {
        words.flatMap(unglued).joined(separator: " ")
    }

    /// A role phrase ending at token `end` ("Pentagon spokesperson", "a State Department spokesperson",
    /// "the Ukrainian media outlet"): the role noun and up to four modifiers before it, back to a
    /// determiner. Returns the first token index (after the determiner) and the phrase.
    func rolePhrase(endingAt end: Int) -> (start: Int, text: String)? {
        guard end >= 0, end < tokens.count, Lexicon.roleNouns.contains(tokens[end].lower) else { return nil }
        var k = end
        while k > 0, end - k < 4, tokens[k - 1].after.isEmpty || tokens[k - 1].after == "." && tokens[k - 1].text.contains("."),
            tokens[k - 1].quote == tokens[end].quote, !tokens[k - 1].isNumber,
            !["the", "a", "an", "and", "of", "by", "that", "to", "said", "from"].contains(tokens[k - 1].lower),
            !tokens[k - 1].possessive, tokens[k - 1].capitalised || Self.roleModifiers.contains(tokens[k - 1].lower)
        { k -= 1 }
        return (k, span(k, end))
    }

    static let roleModifiers: Set<String> = [
        "media", "news", "foreign", "defence", "defense", "military", "intelligence", "state", "press", "former", "top",
        "senior", "deputy", "chief", "prime", "vice", "department",
    ]
}

/// Every name an article uses, so that a short form ("Zelensky", "Miller") resolves to the fullest
/// form ("Volodymyr Zelensky", "Matthew Miller") and its role ("Ukrainian President").
struct NameIndex {
    /// The most people one article's index learns (a long article names a few hundred): past it,
    /// new names are not learned, the ones known still resolve, and memory stays bounded.
    static let mostPeople = 10_000
    /// Full person names, in the order first seen, and their surnames in lower case.
    private(set) var people: [String] = []
    private var surnames: [String] = []
    /// Indices into `people` by surname, and by surname less its last letter: the candidates
    /// `sameSurname` can accept, so that a look-up does not scan every name (which made a
    /// sentence of thousands of names quadratic).
    private var bySurname: [String: [Int]] = [:]
    private var byShortened: [String: [Int]] = [:]
    /// Role words per canonical name, the first ones the article gives.
    private(set) var roles: [String: String] = [:]
    /// Role head noun ("president", "outlet") → the name it was last attached to.
    private(set) var roleHolders: [String: String] = [:]

    /// `deadline` is checked at each name: a sentence of a hundred thousand names is cut off
    /// inside this loop.
    init(_ sentences: [SentenceTokens], deadline: Deadline = .none) throws(DeadlineExceeded) {
        for st in sentences { try learn(st, deadline: deadline) }
    }

    /// Adds the names of one sentence, so that the index can be built without holding every
    /// sentence's tokens at once.
    ///
    /// A headline (`headline`) capitalises every word, so its long runs are phrases, not names
    /// ("Pence Endorses Paul Ryan With Trump"): only runs of up to three words are learnt from it.
    mutating func learn(_ st: SentenceTokens, headline: Bool = false, deadline: Deadline = .none) throws(DeadlineExceeded) {
        for run in st.runs {
            guard let name = run.name, !headline || run.range.count <= 3 else { continue }
            try deadline.check()
            let kind = Entities.kind(of: run.nameText)
            let canonical =
                kind == nil || kind == .person
                ? add(run.nameText, multiWord: name.count >= 2 || run.role != nil) : run.nameText
            var role = run.role
            let before = run.range.lowerBound - 1
            if before >= 0, st.tokens[before].after.isEmpty, st.tokens[before].quote == st.tokens[name.lowerBound].quote,
                let pre = st.rolePhrase(endingAt: before)
            {
                role = pre.text
            }
            if let aside = st.aside(after: name.upperBound), let asideRole = aside.role { role = asideRole }
            if let role, let canonical { register(role: role, for: canonical) }
        }
    }

    /// Records a name; returns its canonical form. Single words are only kept when they extend a known name.
    @discardableResult
    mutating func add(_ name: String, multiWord: Bool) -> String? {
        if let k = canonicalIndex(name) {
            let known = people[k]
            if name.count > known.count {
                people[k] = name
                let surname = Self.surname(name)
                if surname != surnames[k] {
                    unindex(k)
                    surnames[k] = surname
                    index(k)
                }
                return name
            }
            return known
        }
        guard multiWord, people.count < Self.mostPeople else { return nil }
        people.append(name)
        surnames.append(Self.surname(name))
        index(people.count - 1)
        return name
    }

    private mutating func index(_ k: Int) {
        let surname = surnames[k]
        bySurname[surname, default: []].append(k)
        if !surname.isEmpty { byShortened[String(surname.dropLast()), default: []].append(k) }
    }

    private mutating func unindex(_ k: Int) {
        let surname = surnames[k]
        bySurname[surname]?.removeAll { $0 == k }
        if !surname.isEmpty { byShortened[String(surname.dropLast())]?.removeAll { $0 == k } }
    }

    mutating func register(role: String, for name: String) {
        if roles[name] == nil { roles[name] = role }
        if let head = role.split(separator: " ").last?.lowercased() { roleHolders[head] = name }
    }

    /// The fullest known form of a name, matching on the surname (with spelling variants such as
    /// "Zelensky" / "Zelenskyy").
    func canonical(_ name: String) -> String? { canonicalIndex(name).map { people[$0] } }

    /// Where in `people` the fullest known form of a name is (the first such, in the order seen).
    private func canonicalIndex(_ name: String) -> Int? {
        let wanted = Self.surname(name)
        // `sameSurname` accepts the same surname, one a letter shorter, or one a letter longer.
        var candidates = bySurname[wanted] ?? []
        if !wanted.isEmpty { candidates += bySurname[String(wanted.dropLast())] ?? [] }
        candidates += byShortened[wanted] ?? []
        guard !candidates.isEmpty else { return nil }
        var best: Int?
        // In the order first seen, as a scan over all names would meet them.
        let given = Self.givenNames(name)
        for k in Set(candidates).sorted() where Self.sameSurname(surnames[k], wanted) && Self.compatible(given, Self.givenNames(people[k])) {
            if best == nil || people[k].count > people[best!].count { best = k }
        }
        return best
    }

    /// The person whose role shares a capitalised modifier with `phrase` ("Ukrainian leader" →
    /// the "Ukrainian President").
    func holder(sharingModifierOf phrase: String) -> String? {
        let modifiers = phrase.split(separator: " ").dropLast().filter { $0.first?.isUppercase ?? false }.map { $0.lowercased() }
        guard !modifiers.isEmpty else { return nil }
        return people.first { person in
            roles[person].map { role in role.lowercased().split(separator: " ").contains { modifiers.contains(String($0)) } } ?? false
        }
    }

    /// The given names of a full name in lower case: its words before the surname, initials
    /// and titles left out ("George W Bush" → ["george"]).
    static func givenNames(_ name: String) -> [String] {
        name.split(separator: " ").dropLast().map { $0.lowercased() }.filter { $0.count > 1 && !Lexicon.titles.contains($0) }
    }

    /// Two people with one surname are one when either has no given name or they share one:
    /// "Jeb Bush" is not "George W Bush", "Bill Clinton" is not "Hillary Clinton".
    static func compatible(_ a: [String], _ b: [String]) -> Bool {
        a.isEmpty || b.isEmpty || a.contains { b.contains($0) }
    }

    static func surname(_ name: String) -> String {
        String(name.split(separator: " ").last ?? "").lowercased()
    }

    /// Whether two lower-case surnames are one, allowing a letter more at the end ("zelenskyy").
    static func sameSurname(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        guard x.utf8.count > 4, y.utf8.count > 4, x.utf8.first == y.utf8.first else { return false }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        return short.count >= 5 && long.count - short.count <= 1 && long.hasPrefix(short)
    }
}
