import Testing

@testable import ClaimwatchCore

/// Issue 15's speaker rules, one made-up case per failure kind seen on real news.
struct SpeakerRuleTests {
    @Test func stanceVerbsAttributeToTheNamedSubject() throws {
        let found = extract("Senator Maria Olsen proposed barring all lobbyists from the new ethics panel.")
        let c = try claim(found, "proposed")
        #expect(c.speaker == "Maria Olsen")
        #expect(c.cue == "proposed")
        // The stance is part of what is claimed: the content is the sentence.
        #expect(c.content == c.text)
    }

    @Test func progressiveStanceVerbNeedsAnAuxiliary() throws {
        let found = extract(
            """
            Governor Ted Brandt is calling for two of his rivals to leave the race by Friday.
            The medics saw 300 Northland soldiers defending their positions near the river.
            """)
        #expect(try claim(found, "calling").speaker == "Ted Brandt")
        #expect(try claim(found, "medics").speaker == "Daily")
    }

    @Test func namedGroupsAreSpeakers() throws {
        let found = extract(
            """
            Anti-TPP activists said they fear a deal will pass after the election in 2016.
            The Olsen campaign said it would ask for a recount in three counties.
            Six in 10 Virginia primary voters said the economy was their top issue.
            """)
        #expect(try claim(found, "activists").speaker == "Anti-TPP activists")
        #expect(try claim(found, "recount").speaker == "Olsen campaign")
        #expect(try claim(found, "Six in 10").speaker == "Six in 10 Virginia primary voters")
    }

    @Test func longAsideAfterTheNameIsSkipped() throws {
        let found = extract(
            """
            Seth Marlow, a political scientist at Lakeside State University, told reporters the race was close in 2016.
            Dana Pike, 35, the daughter of two former governors, said on Monday that she would run in 2018.
            """)
        #expect(try claim(found, "scientist").speaker == "Seth Marlow")
        #expect(try claim(found, "daughter").speaker == "Dana Pike")
    }

    @Test func parentheticalNeverOwnsTheQuote() throws {
        let found = extract(
            """
            “There is tremendous energy in a whole host of races,” Rep. Jim Caldwell (D-Wash.) said.
            “We will publish the letters,” Anita Grove said, but Moscow strongly denies that they exist.
            """)
        #expect(try claim(found, "energy").speaker == "Jim Caldwell")
        let denied = try claim(found, "letters")
        #expect(denied.speaker == "Anita Grove")
        #expect(denied.polarity != .denied)
    }

    @Test func invertedSubjectKeepsItsRoleWordsAndTitles() throws {
        let found = extract(
            """
            Senator Marco Delgado spoke in Ohio on Monday.
            “This is a scripted show and we are all props,” said Virginia delegate Beau Carrell.
            “It is a difficult issue,” said the Ohio senator.
            “We were looking for signs of support,” said Dr. Harold Vance, a former director.
            “He lacks the judgment to lead,” said Virgie M. Rollins, chair of the caucus.
            """)
        #expect(try claim(found, "props").speaker == "Beau Carrell")
        #expect(try claim(found, "difficult").speaker == "Marco Delgado")
        #expect(try claim(found, "signs").speaker == "Harold Vance")
        #expect(try claim(found, "judgment").speaker == "Virgie M Rollins")
    }

    @Test func pronounAfterANamedCueInOneSentenceIsThatName() throws {
        let found = extract(
            """
            “Who cares about the speech?” said delegate Robert Antell on Monday.
            “The distraction costs us a little,” said party boss Reince Parvis, though he added that it would fade.
            """)
        #expect(try claim(found, "distraction").speaker == "Reince Parvis")
    }

    @Test func givenNamesKeepTwoPeopleOfOneSurnameApart() throws {
        let found = extract(
            """
            Former President George W Bush said the party was strong in 2004.
            Former Florida Gov. Jeb Bush said the party was divided in 2016.
            """)
        #expect(try claim(found, "strong").speaker == "George W Bush")
        #expect(try claim(found, "divided").speaker == "Jeb Bush")
    }

    @Test func headlinesAreNotNames() throws {
        let article = Article(
            outlet: "Daily", outletSource: .metadata, title: "Pence Endorses Paul Ryan With Trump", published: "2024-12-17",
            body: "Trump said he would campaign in 12 states next month.")
        let c = try #require(ClaimExtractor().claims(in: article).first)
        #expect(c.speaker == "Trump")
    }

    @Test func organisationNamesWithOfAndFor() throws {
        let found = extract("About 40 percent of the money came from donors abroad, according to the Center for Responsive Politics.")
        #expect(found.first?.speaker == "Center for Responsive Politics")
    }

    @Test func quotationTagWithAnUnlistedVerb() throws {
        let found = extract("“Go back to your studio,” Trump barked at the 2 reporters.")
        #expect(found.first?.speaker == "Trump")
        #expect(found.first?.cue == "barked")
    }

    @Test func quotationOnlySentenceSoonAfterANamedSpeaker() throws {
        let found = extract(
            """
            Mayor Lena Ortiz said the vote was close in 2016.
            The vote is set for 3 March.
            “We will not raise the ferry fares this year.”
            """)
        #expect(try claim(found, "ferry fares").speaker == "Lena Ortiz")
        let far = extract(
            """
            Mayor Lena Ortiz said the vote was close in 2016.
            The vote is set for 3 March.
            The hall holds 200 people.
            The doors open at 9 on the day.
            “We will not raise the ferry fares this year.”
            """)
        #expect(try claim(far, "ferry fares").speaker == "Daily")
    }

    @Test func aNameInsideTheQuoteIsNotTheSpeaker() throws {
        let found = extract("He said, “They were showing videos of Donald Trump insulting Islam,” to the 3 officers.")
        #expect(found.first?.speaker != "Donald Trump")
    }
}
