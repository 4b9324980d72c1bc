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
    /// Written with a capital: a name, or the first word of the sentence ("Apple bought …"), which
    /// may be one.
    public var capitalised = false
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
    /// The sentence attributes the claim (it has a cue: "said", "according to").
    public var attributed: Bool
    /// The speaker is a person (not an organisation or the outlet).
    public var speakerIsPerson: Bool
    /// The exact words quoted, when the claim quotes.
    public var quote: String?
    /// The quotation's content words (empty without a quotation), for the same quotation given to
    /// two speakers.
    public var quoteTerms: [MatchTerm]
    /// How many words the quotation has (0 without one).
    public var quoteWordCount: Int
    /// The years, months and periods the proposition names.
    public var timeFrame: Set<String>
    /// The years the proposition names or its dates resolve to.
    public var years: Set<String>
    /// The speaker, when the sentence names one (not a pronoun, not the outlet by default).
    public var namedSpeaker: String?
    /// The claim's sentence, for its meaning (`SentenceSimilarity`).
    public var text: String
    /// The proposition's own words (the quotation, what "X said that …" reports, or the sentence),
    /// for its meaning without the attribution around it.
    public var proposition: String
    /// The sentence's words outside its quotation, lower case: who the sentence itself names.
    var framingWords: Set<String>

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
        let numbers = claim.quantities.filter { proposition.contains($0.written) }.map(FieldConflicts.inSeconds).map {
            MatchTerm(stem: "#" + ($0.unit.isEmpty ? "\($0.value)" : $0.unit), word: $0.written, kind: .name, weight: 1.5)
        }
        // The speaker counts as a name: "Karen Moss said the outbreak had been contained" is about
        // Karen Moss's statement as much as about the outbreak.
        let named =
            claim.entities.contains { $0.canonical == claim.speaker || $0.text == claim.speaker }
            || outlet != nil && claim.speaker != outlet
        let source = reported.map(\.source) ?? (claim.cue != nil && named ? claim.speaker : nil)
        let speakerTerm = source.map {
            MatchTerm(stem: NameKey.speaker($0), word: $0.lowercased(), kind: .speaker, weight: 1.5)
        }
        // A number written in words ("two-minute") is a number term, not a word.
        let numberWords = Set(numbers.map { $0.word.lowercased() })
        terms =
            read.terms.filter { !numberWords.contains($0.word) } + numbers.filter { n in !read.terms.contains { $0.stem == n.stem } }
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
        denied = claim.cue?.isDenial ?? false || reported.map { Lexicon.denials.contains($0.verb) } ?? false
        speaker = claim.speaker
        text = claim.text
        self.proposition = proposition
        framingWords = Set(Words.split(claim.quote.map { claim.text.replacingOccurrences(of: $0, with: " ") } ?? claim.text).map(\.lower))
        speakerRole = claim.speakerRole
        attributed = claim.cue != nil
        quote = claim.quote
        quoteTerms = claim.quote.map { PropositionReader.read($0).terms } ?? []
        quoteWordCount = claim.quote.map { Words.split($0).count } ?? 0
        timeFrame = TimeFrame.of(proposition)
        years = timeFrame.filter { $0.first?.isNumber == true }.union(dates.compactMap { $0.resolved.map { String($0.prefix(4)) } })
        // A source is named when it has a capital past its first word ("the National Election
        // Commission", not "local doctors" or "the company").
        namedSpeaker = source.flatMap { s in
            reported == nil || Words.split(s).dropFirst().contains(where: \.capitalised) ? s : nil
        }
        speakerIsPerson = attributed && claim.entities.contains { $0.kind == .person && ($0.canonical == claim.speaker || $0.text == claim.speaker) }
    }

    /// The sentence names this person outside its quotation, by the last word of the name ("Mr.
    /// McConnell deflected … before saying, '…'" names McConnell; "'…,' he said" names nobody).
    func names(_ person: String) -> Bool {
        Words.split(person).last.map { framingWords.contains($0.lower) } ?? false
    }
}
