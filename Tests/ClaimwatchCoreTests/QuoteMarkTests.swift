import Foundation
import Testing

@testable import ClaimwatchCore

/// Quotation marks however an outlet writes them (NYT's `''`, backticks, straight and curly), and
/// apostrophes folded for comparison while the text keeps them as written (issue 15).
struct QuoteMarkTests {
    @Test func twoApostrophesAreAQuotationMark() throws {
        let text =
            "''This represents real wage growth, which has been a missing ingredient,'' Douglas Holtz-Eakin, an economic adviser, wrote on Monday."
        let c = try #require(extract(text).first)
        #expect(c.quote == "This represents real wage growth, which has been a missing ingredient,")
        #expect(c.text == text)  // kept as written
        let range = try #require(c.quoteRange)
        let start = text.index(text.startIndex, offsetBy: range.lowerBound), end = text.index(text.startIndex, offsetBy: range.upperBound)
        #expect(String(text[start..<end]) == c.quote)
        #expect(c.speaker == "Douglas Holtz-Eakin")
        #expect(c.cue == "wrote")
    }

    @Test func nytQuotationAfterTheAttributionAndAcrossSentences() throws {
        let claims = extract(
            "Mr. Garin said the economy was on the ballot this year. "
                + "He added, ''it becomes harder and harder for the Republicans to succeed in the fall.'' "
                + "''We have seen 12 straight years of stagnant wages,'' said Geoff Garin, a Democratic pollster.")
        let added = try claim(claims, "harder and harder")
        #expect(added.quote == "it becomes harder and harder for the Republicans to succeed in the fall.")
        let wages = try claim(claims, "stagnant wages")
        #expect(wages.quote == "We have seen 12 straight years of stagnant wages,")
        #expect(wages.speaker == "Geoff Garin")
    }

    @Test func threeApostrophesCloseAQuotationInside() throws {
        let st = SentenceTokens("''It will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona.")
        #expect(st.quotes.map(st.string) == ["It will not be satisfied with 'We'll bomb them,'"])
        // The tokens read the two-apostrophe mark as `"`: "said" follows a closing quotation mark.
        let said = try #require(st.tokens.first { $0.lower == "said" })
        #expect(said.before == ",'\"")
        let opening = SentenceTokens("'''Eight years is enough,' he told me,'' Mr. Regalado recalled.")
        #expect(opening.quotes.map(opening.string) == ["'Eight years is enough,' he told me,"])
    }

    @Test func backticksOpenAQuotation() {
        let st = SentenceTokens("``We will win this state,'' the senator told reporters.")
        #expect(st.quotes.map(st.string) == ["We will win this state,"])
        #expect(st.tokens.first?.before == "\"")
    }

    @Test func singleApostrophesAreNoQuotationMarks() {
        let st = SentenceTokens("The students' union said they don't know the voters' choice, not the party's.")
        #expect(st.quotes.isEmpty)
        #expect(st.tokens.map(\.text).contains("don't"))
    }

    @Test func curlyAndStraightApostrophesAreOneWordToCompare() throws {
        let curly = try #require(Words.split("I’ll").first), straight = try #require(Words.split("I'll").first)
        #expect(curly.text == "I’ll")  // as written
        #expect(curly.lower == straight.lower)
        #expect(Words.split("Iʼll").first?.lower == "i'll")
        #expect(Words.contentTerms("We won’t back down, I’ll fight") == Words.contentTerms("We won't back down, I'll fight"))
        #expect(Words.searchTerms("Trump said “I’ll win”") == Words.searchTerms("Trump said \"I'll win\""))
        let token = try #require(SentenceTokens("She said she won’t run.").tokens.first { $0.text == "won’t" })
        #expect(token.lower == "won't")
    }

    /// One quotation written with straight, curly and NYT marks and apostrophes: the same quote to
    /// the matcher, and a repeat without "the wording differs".
    @Test func oneQuotationInThreeStylesIsTheSameQuote() throws {
        let styles = [
            "“I’ll never give up on the people of Iowa, and they won’t give up on me,” Sanders said on Monday.",
            "\"I'll never give up on the people of Iowa, and they won't give up on me,\" Sanders said on Monday.",
            "''I'll never give up on the people of Iowa, and they won't give up on me,'' Sanders said on Monday.",
        ]
        let features = try styles.map { text in
            let c = try #require(ClaimExtractor().claims(in: Article(outlet: "X", outletSource: .metadata, body: text)).first)
            #expect(c.quote?.hasPrefix("I") == true)
            #expect(c.speaker == "Sanders")
            return ClaimFeatures(c)
        }
        for f in features.dropFirst() {
            #expect(f.quoteTerms == features[0].quoteTerms)
            #expect(f.terms == features[0].terms)
            let decision = try #require(ClaimMatcher().decide(new: f, existing: features[0]))
            #expect(decision.kind == .repeat)
            #expect(!decision.reasons.contains { $0.contains("wording") })
        }
    }
}

/// Dates and numbers seen on real news (issue 15): names that hold a date word, named days, slash
/// dates, and the pronoun "one".
struct NewsDateAndNumberTests {
    func dates(_ sentence: String, published: String = "2016-05-10") -> [DateMention] {
        Dates.find(in: SentenceTokens(sentence), published: published)
    }

    @Test func aDateWordInsideANameIsNoDate() {
        #expect(dates("He told Russia Today that the sanctions would fail.").isEmpty)
        #expect(dates("The poll, reported by USA Today, found 40 percent support.").isEmpty)
        #expect(dates("Trump told NBC's Today show that he would win.").isEmpty)
        // At the start of the sentence or of a quotation, and in lower case, it is the day.
        #expect(dates("Today the senator said he would run.").map(\.resolved) == ["2016-05-10"])
        #expect(dates("He said, “Today we start again.”").map(\.resolved) == ["2016-05-10"])
        #expect(dates("The senator said today that he would run.").map(\.resolved) == ["2016-05-10"])
    }

    @Test func aNamedDayAsANounModifierIsThePastEvent() {
        #expect(
            dates("He spread Sept. 11 conspiracy theories on the radio.") == [
                DateMention(written: "Sept. 11", kind: .explicit, resolved: "2001-09-11")
            ])
        #expect(dates("Relatives of the victims of the September 11 attacks sued.").map(\.resolved) == ["2001-09-11"])
        #expect(dates("Veterans marked the Dec. 7 anniversary in Hawaii.").map(\.resolved) == ["1941-12-07"])
        // As the date of something in the news, or another day as a modifier: the publication year.
        #expect(dates("The mayor will speak on Sept. 11, the city said.").map(\.resolved) == ["2016-09-11"])
        #expect(dates("The Sept. 11 attacks of 2001 were recalled on Sept. 11 in New York.").map(\.resolved) == ["2001-09-11", "2016-09-11"])
        #expect(dates("Voters went to the polls in the June 7 primary.").map(\.resolved) == ["2016-06-07"])
        #expect(dates("He spoke about Sept. 11, 2001, at length.").map(\.resolved) == ["2001-09-11"])
    }

    @Test func slashDatesAndRatios() {
        #expect(dates("Families of 9/11 victims may sue, he said.") == [DateMention(written: "9/11", kind: .explicit, resolved: "2001-09-11")])
        #expect(dates("The vote on 11/8/2016 was close.").map(\.resolved) == ["2016-11-08"])
        #expect(dates("The vote on 3/1/16 was close.").map(\.resolved) == ["2016-03-01"])
        #expect(dates("The 24/7 news cycle never stops.").isEmpty)
        #expect(Quantities.find(in: "The 24/7 news cycle and a 50/50 race changed 30 newsrooms.").map(\.value) == [30])
        #expect(Quantities.find(in: "Families of 9/11 victims and 12 firefighters sued on 11/8/2016.").map(\.value) == [12])
    }

    @Test(arguments: [
        "He was one of the candidates on the stage.",
        "No one knows who will win the nomination.",
        "He is the one who will decide the race.",
        "She is the only one in the race now.",
        "He wants a better one than the last deal.",
        "One could argue the race is already over.",
        "It was one that nobody expected to win.",
        "One's vote is secret in the booth.",
        "They came in one by one to the hall.",
        "Which one of them will win is unclear.",
        "She was not the one.",
    ])
    func oneAsAPronounIsNoNumber(_ sentence: String) {
        #expect(Quantities.find(in: sentence).isEmpty)
    }

    @Test(arguments: [
        ("Only one candidate won more than a state.", ""),
        ("He lost by one vote in the county.", "vote"),
        ("The state spent one million dollars on it.", "dollar"),
        ("One in five voters is undecided.", ""),
        ("It is a state in which one voter decides the race.", ""),
    ])
    func oneBeforeANounOrANumberCounts(_ sentence: String, _ unit: String) throws {
        let q = try #require(Quantities.find(in: sentence).first)
        #expect(q.value == 1 || q.value == 1_000_000)
        if !unit.isEmpty { #expect(q.unit == unit) }
    }
}
