import Testing

@testable import ClaimwatchCore

/// Issue 16's proposition rules: participants, quotations, holders of numbers, polarity in the
/// shared clause, a day against itself. Decided by `claimwatch compare`'s path (`ClaimComparer`).
struct PropositionDecisionTests {
    let comparer = ClaimComparer()

    func decide(_ new: String, _ existing: String, published: String? = "2026-12-02") -> MatchDecision? {
        comparer.compare(
            new: .init(text: new, outlet: "Kyiv Wire", published: published), existing: .init(text: existing, outlet: "WION", published: published)
        )
        .decision
    }

    /// The four probes of issue 16: a substituted participant is no repeat; where the slot holds
    /// one value only (a birthplace, a buyer) it is a contradiction on `entity`.
    @Test func theProbesAreDecidedAsAReaderWould() throws {
        let born = try #require(decide("Obama was born in Kenya.", "Barack Obama was born in Hawaii."))
        #expect(born.kind == .contradiction)
        #expect(born.conflict == Conflict(field: .entity, new: "Kenya", existing: "Hawaii"))
        let fire = try #require(decide("40 people died in the fire.", "40 people survived the fire."))
        #expect(fire.kind == .contradiction && fire.conflict?.field == .polarity)
        let buyer = try #require(decide("Apple bought Shazam for 400 million dollars.", "Google bought Shazam for 400 million dollars."))
        #expect(buyer.conflict == Conflict(field: .entity, new: "Apple", existing: "Google"))
        #expect(decide("The Senate passed the bill.", "The House passed the bill.") == nil)
    }

    @Test func aSubstitutedKeyIsAnotherContestNotAnotherWinner() {
        // Cruz won two primaries: the contests differ, not the winners.
        #expect(decide("Ted Cruz won the Wisconsin Republican primary.", "Ted Cruz won the Oklahoma Republican primary.") == nil)
        let winner = decide("Donald Trump won the Nevada Republican caucuses.", "Ted Cruz won the Nevada Republican caucuses.")
        #expect(winner?.conflict?.field == .entity)
    }

    /// Figures conflict only with a named holder they share: margins of error of unnamed polls,
    /// or two parties' delegate counts, do not.
    @Test func figuresNeedTheSameHolder() {
        #expect(
            decide(
                "The margin of sampling error is plus or minus six percentage points.",
                "The margin of sampling error is plus or minus 3.4 percentage points.") == nil)
        #expect(
            decide("To secure the GOP nomination, a candidate must win 1,237 delegates.", "It takes 2,383 delegates to win the nomination.") == nil)
        let same = decide("Trump won 34 percent of the vote in the Nevada caucuses.", "Trump won 46 percent of the vote in the Nevada caucuses.")
        #expect(same?.conflict?.field.kind == .number)
    }

    /// A negation or an antonym counts only on nearly the same proposition, by the same people.
    @Test func polarityNeedsTheSameProposition() {
        #expect(
            decide(
                "Donald Trump says he doesn't believe in it.",
                "“Donald Trump has shown us who he is and we sure should believe him,” Hillary Clinton said.")
                == nil)
        #expect(
            decide(
                "Texas Sen. Ted Cruz and Florida Sen. Marco Rubio are in a close race for second.",
                "In Florida, the race to replace Florida Sen. Marco Rubio remains wide open.") == nil)
        #expect(
            decide(
                "Socialist leader Rui Matos did not concede defeat on Sunday night.", "Socialist leader Rui Matos conceded defeat on Sunday night.")?
                .conflict?.field == .polarity)
    }

    /// A speaker conflict needs the same words, at least six, neither quoting someone else.
    @Test func aSpeakerConflictNeedsTheSameQuotation() {
        #expect(
            decide(
                "“So they clearly think I’m going to do what I say I will do,” Hillary Clinton said.",
                "“Now I'm going to think about looking into that,” Rio Tilton said.") == nil)
        #expect(
            decide(
                "Concerning her private server, FBI Director James Comey said Clinton and her team were “extremely careless in their handling of very sensitive, highly classified information.”",
                "“Crooked Hillary Clinton and her team ‘were extremely careless in their handling of very sensitive, highly classified information.’ Not fit!” Donald Trump wrote."
            )?.kind
                != .contradiction)
        // "…, he said": the sentence does not name its speaker; who said it is a guess.
        #expect(
            decide(
                "“It is a miracle that nobody was killed,” he said, after Transport Minister Nikos Stavrou had toured the site.",
                "“It is a miracle that nobody was killed,” fire brigade commander Giorgos Lekkas said.")?.kind != .contradiction)
        let moved = decide(
            "“It is a miracle that nobody was killed,” Transport Minister Nikos Stavrou said.",
            "“It is a miracle that nobody was killed,” fire brigade commander Giorgos Lekkas said.")
        #expect(moved?.conflict?.field == .speaker)
    }

    /// A sentence that names both people (or neither) leaves its speaker to the extractor's
    /// guess: the same long quotation is then repeated, not put in another mouth.
    @Test func aGuessedSpeakerMakesTheSameQuotationARepeat() throws {
        let guessed = try #require(
            decide(
                "On Tuesday, Mr. McConnell deflected numerous questions about Mr. Trump before saying, ''It's time to quit attacking various people that you competed with or various minority groups in the country and get on message.''",
                "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: \"It's time to quit attacking various people that you competed with or various minority groups in the country and get on message.\""
            ))
        #expect(guessed.kind == .repeat)
        #expect(guessed.reasons.contains { $0.hasPrefix("the same quotation, given to") })
    }

    /// With the embedding model, a conflict of polarity, a figure, a day or a denial also needs
    /// the two sentences to mean nearly the same (`ClaimMatcher.contradictionMeaning`).
    @Test func aContradictionNeedsTheSameMeaning() throws {
        func decide(meaning: Double) -> MatchDecision? {
            var matcher = ClaimMatcher()
            matcher.sentences = LearnedRepeatDecisionTests.FixedMeaning(value: meaning)
            return ClaimComparer(matcher: matcher).compare(
                new: .init(text: "Socialist leader Rui Matos did not concede defeat on Sunday night.", outlet: "Kyiv Wire"),
                existing: .init(text: "Socialist leader Rui Matos conceded defeat on Sunday night.", outlet: "WION")
            ).decision
        }
        let alike = try #require(decide(meaning: 0.9))
        #expect(alike.conflict?.field == .polarity)
        #expect(alike.reasons.last == "meaning 0.9 alike (sentence embeddings)")
        #expect(ClaimMatcher.contradictionMeaning[.polarity] == 0.7)
        #expect(decide(meaning: 0.6) == nil)
    }

    @Test func aDayNeverConflictsWithItself() {
        // Published a week apart, "Monday" resolves to two days; it is still the same weekday.
        let monday = decide(
            "Sanders will campaign in Ohio on Monday, his aides said.", "Sanders will campaign in Ohio on Monday, his campaign said.",
            published: "2016-03-10")
        #expect(monday?.conflict == nil)
        let a = DateMention(written: "Monday", kind: .weekday, resolved: "2016-03-07")
        let b = DateMention(written: "on Monday", kind: .weekday, resolved: "2016-03-14")
        #expect(CalendarDay.agree(a, b) == true)
    }

    @Test func quotationsAreTheSameWordsOrARunOfThem() {
        #expect(QuoteIdentity.same("It is a miracle that nobody was killed", "it is a miracle that nobody was killed,"))
        #expect(
            QuoteIdentity.same(
                "we are prepared to act again if needed", "Inflation is still far above our target, and we are prepared to act again if needed"))
        #expect(!QuoteIdentity.same("We need a big change", "We need a big change"), "five words are not distinctive")
        #expect(!QuoteIdentity.same("So they clearly think I'm going to do what I say", "Now I'm going to think about looking into that"))
        #expect(QuoteIdentity.quotesAnother("Crooked Hillary ‘were extremely careless’ Not fit!"))
    }
}
