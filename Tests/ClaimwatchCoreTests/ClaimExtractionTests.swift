import Testing

@testable import ClaimwatchCore

/// Extracts claims from `body` as outlet "Daily" published on Tuesday 2024-12-17.
func extract(_ body: String, published: String? = "2024-12-17") -> [Claim] {
    ClaimExtractor().claims(in: Article(outlet: "Daily", outletSource: .metadata, published: published, body: body))
}

/// The claim whose text contains `fragment`.
func claim(_ claims: [Claim], _ fragment: String) throws -> Claim {
    try #require(claims.first { $0.text.contains(fragment) })
}

/// Attribution: speaker, role, cue, quote and content, one test per hard case.
struct ClaimAttributionTests {
    @Test func quoteSplitByTheAttributionTakesTheLongestSpan() throws {
        let c = try #require(
            extract(
                """
                Volodymyr Zelensky said on Tuesday that Russia is hiding its losses.
                “Russia is burning the faces,” he said, “and it is hiding the losses of these people from the whole world.”
                """
            ).last)
        #expect(c.speaker == "Volodymyr Zelensky")
        #expect(c.cue == "said")
        #expect(c.quote == "and it is hiding the losses of these people from the whole world.")
        #expect(c.markedText.contains("“⟦and it is hiding"))
        #expect(c.content == c.quote)
    }

    @Test func attributionAfterAMultiSentenceQuote() throws {
        let c = try #require(
            extract(
                "“While being trained, they were forbidden from showing their faces. Any video evidence of their presence was erased,” Zelensky revealed."
            ).first)
        #expect(c.speaker == "Zelensky")
        #expect(c.cue == "revealed")
        #expect(c.quote == "While being trained, they were forbidden from showing their faces. Any video evidence of their presence was erased,")
        #expect(c.quoteRange == 1..<116)
    }

    @Test func attributionBeforeAQuoteInTheSameAndTheNextSentence() throws {
        let same = try #require(extract("Zelensky said: “Russia is burning the faces of dead North Korean soldiers.”").first)
        #expect(same.speaker == "Zelensky")
        #expect(same.quote == "Russia is burning the faces of dead North Korean soldiers.")
        let found = extract(
            """
            The Pentagon backed these findings. Pat Ryder, a Pentagon spokesperson, stated:

            “We believe that North Korean soldiers have participated in combat operations and have suffered losses.”
            """)
        let quote = try claim(found, "We believe")
        #expect(quote.speaker == "Pat Ryder")
        #expect(quote.speakerRole == "Pentagon spokesperson")
        #expect(quote.cue == "stated")
    }

    @Test func continuedAndAddedCarryTheLastSpeaker() throws {
        let found = extract(
            """
            “Even after years of war, we see something worse,” Volodymyr Zelensky said.
            The allegations drew strong reactions from many governments in Europe and Asia.
            “And now the Russians are literally burning the faces of dead North Korean soldiers,” he continued.
            “This is a demonstration of the contempt that prevails in Russia.”
            """)
        let continued = try claim(found, "he continued")
        #expect(continued.speaker == "Volodymyr Zelensky")
        #expect(continued.cue == "continued")
        // A quotation-only sentence right after an attributed quotation keeps its speaker.
        #expect(try claim(found, "contempt").speaker == "Volodymyr Zelensky")
    }

    /// A party code between commas is an aside of the name before it, not the speaker.
    @Test func aPartyCodeAfterANameIsAnAside() throws {
        let found = extract(
            """
            Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It's time to quit attacking various people that you competed with."
            Sen. Chuck Schumer, D-N.Y., said the bill would pass the Senate next week.
            """)
        #expect(try claim(found, "time to quit attacking").speaker == "Mitch McConnell")
        #expect(try claim(found, "the bill would pass").speaker == "Chuck Schumer")
    }

    /// "he" and "she" refer to people: not to a one-word subject no list calls a person
    /// ("Southern", from "Most Southern states … have …").
    @Test func heNeverRefersToAWordThatIsNoPerson() throws {
        let found = extract(
            """
            Most Southern states that will hold nominating contests March 1 have sizable minority populations.
            "We will all come together to say loudly and clearly that the government of our great nation belongs to all of us," he said.
            """)
        #expect(try claim(found, "We will all come together").speaker != "Southern")
        let organisation = extract(
            """
            The University of South Carolina said the debate would be held in its arena.
            "We will all come together to say loudly and clearly that the government of our great nation belongs to all of us," he said.
            """)
        #expect(try claim(organisation, "We will all come together").speaker != "University of South Carolina")
        let named = extract(
            """
            Bernie Sanders said on Tuesday that his political revolution will bring together people of all races.
            Most Southern states that will hold nominating contests March 1 have sizable minority populations.
            "We will all come together to say loudly and clearly that the government of our great nation belongs to all of us," he said.
            """)
        #expect(try claim(named, "We will all come together").speaker == "Bernie Sanders")
    }

    @Test func pronounsAndRoleNounsResolveToTheLastMatchingSpeaker() throws {
        let found = extract(
            """
            Ukrainian President Volodymyr Zelensky claims that Russian forces are burning bodies.
            Matthew Miller said that North Korean troops are legitimate targets for Ukraine.
            The Ukrainian leader condemned the act, stating, “We see something even worse.”
            He said that Moscow has deployed thousands of troops near Kursk.
            The Ukrainian president explained that Moscow worked to keep the deployment a secret.
            """)
        let president = try claim(found, "explained")
        #expect(president.speaker == "Volodymyr Zelensky")
        #expect(president.speakerRole == "Ukrainian President")
        #expect(president.entities.contains(Entity(text: "the Ukrainian president", canonical: "Volodymyr Zelensky", kind: .person)))
        // "the Ukrainian leader": no one holds "leader", but the Ukrainian President is Ukrainian.
        #expect(try claim(found, "condemned").speaker == "Volodymyr Zelensky")
        #expect(try claim(found, "condemned").cue == "stating")
        #expect(try claim(found, "He said").speaker == "Volodymyr Zelensky")
        #expect(try claim(found, "Miller said").speaker == "Matthew Miller")
    }

    @Test func asideBetweenSpeakerAndVerbIsTheRole() throws {
        let found = extract(
            """
            Matthew Miller, a State Department spokesperson, warned that any move to bring these forces into Ukraine would be a dangerous escalation.
            “North Korean soldiers deployed near Kursk are legitimate targets,” Miller said.
            """)
        #expect(found.map(\.speaker) == ["Matthew Miller", "Matthew Miller"])
        #expect(found.map(\.speakerRole) == ["State Department spokesperson", "State Department spokesperson"])
        #expect(found[0].cue == "warned")
        #expect(found[0].content == "any move to bring these forces into Ukraine would be a dangerous escalation")
    }

    @Test(
        arguments: [
            (
                "Hanno Pevkur, Estonia’s defence minister, warned that cable sabotage in the Baltic Sea had become a pattern.", "Hanno Pevkur",
                "Estonia’s defence minister"
            ),
            ("Antti Häkkänen, who has led the ministry since 2023, said the costs would reach 15 million euros.", "Antti Häkkänen", nil),
            ("The fire started in a warehouse near the river, according to fire chief Marta Lindqvist.", "Marta Lindqvist", "fire chief"),
        ] as [(String, String, String?)])
    func asidesAndRolesBeforeAName(_ sentence: String, _ speaker: String, _ role: String?) throws {
        let c = try #require(extract(sentence).first)
        #expect(c.speaker == speaker)
        #expect(c.speakerRole == role)
    }

    @Test(arguments: [
        "According to Knewz.com, the Ukrainian president shared his assertions on X.",
        "The Ukrainian president shared his assertions on X, according to Knewz.com.",
    ])
    func accordingToAtEitherEnd(_ sentence: String) throws {
        let c = try #require(extract(sentence).first)
        #expect(c.speaker == "Knewz.com")
        #expect(c.cue == "according to")
        #expect(c.content.lowercased() == "the ukrainian president shared his assertions on x")
    }

    @Test func nestedAttributionKeepsTheInnermostSpeakerAndTheOuterSourceAsEntity() throws {
        let c = try #require(
            extract(
                """
                Volodymyr Zelensky posted a video on Tuesday evening from Kyiv.
                Knewz.com reported that Zelensky said Russian troops burned the bodies of 30 soldiers.
                """
            ).last)
        #expect(c.speaker == "Volodymyr Zelensky")
        #expect(c.cue == "said")
        #expect(c.entities.contains { $0.canonical == "Knewz.com" })
        #expect(c.content == "Russian troops burned the bodies of 30 soldiers")
    }

    @Test func titlesAreRolesNotNames() throws {
        let c = try #require(
            extract(
                "Pentagon spokesperson Brigadier General Pat Ryder stated during a briefing that North Korean soldiers had participated in battles."
            ).first)
        #expect(c.speaker == "Pat Ryder")
        #expect(c.speakerRole == "Pentagon spokesperson")
        #expect(c.content == "North Korean soldiers had participated in battles")
        let rutte = try #require(
            extract("NATOSecretary-General Mark Rutte commented that Kim Jong-un deploying troops is a significant escalation.").first)
        #expect(rutte.speaker == "Mark Rutte")
        #expect(rutte.speakerRole == "NATO Secretary-General")
    }

    @Test func longNameRunsAndRelativeClauses() throws {
        let found = extract(
            """
            CBS Sports NFL Insider Jason La Canfora has reported that the NFL will fine Rudolph for the fight.
            In the video that Zelensky posted, North Korean soldiers’ bodies were seen lying in Kursk.
            """)
        let canfora = try claim(found, "Canfora")
        #expect((canfora.speaker, canfora.speakerRole, canfora.cue) == ("Jason La Canfora", "CBS Sports NFL Insider", "reported"))
        #expect(try claim(found, "video that").cue == nil)
    }

    @Test func singleQuotesOnlyWhenClearlyAQuotation() throws {
        let c = try #require(extract("The U.S. reaffirms its ‘ironclad commitment’ to Kim Jong-un’s neighbours in Seoul, officials said.").first)
        #expect(c.quote == "ironclad commitment")
        let none = try #require(extract("Russia’s troops and Kim Jong-un’s army were seen in Kursk, Zelensky said.").first)
        #expect(none.quote == nil)
    }

    @Test(arguments: ["fumed", "quipped", "insisted", "conceded", "tweeted", "lamented", "told reporters"])
    func unusualSpeechVerbs(_ verb: String) throws {
        let c = try #require(extract("“The Russians are hiding their losses in Kursk,” Zelensky \(verb).").first)
        #expect(c.speaker == "Zelensky")
        #expect(c.cue?.phrase == String(verb.split(separator: " ")[0]))
    }

    @Test func unattributedSentencesBelongToTheOutlet() throws {
        let c = try #require(extract("The Pentagon moved 300 troops to the border on Monday.").first)
        #expect(c.speaker == "Daily")
        #expect(c.cue == nil)
        #expect(c.speakerRole == nil)
        #expect(c.quote == nil)
        #expect(c.content == c.text)
    }

    /// A stance verb with no speech verb attributes the sentence to its subject (`StanceVerbs`,
    /// learned from polnear's tuning part), and the sentence stays the content: the stance is part
    /// of what is claimed.
    @Test(arguments: [
        ("The Pentagon backed these findings about North Korean troops in Kursk on Monday.", "Pentagon", "backed"),
        ("Florida elections officials are expecting a record turnout of more than 4 million voters.", "Florida elections officials", "expecting"),
    ])
    func stanceVerbsAttributeToTheirSubject(_ sentence: String, _ speaker: String, _ cue: String) throws {
        let c = try #require(extract(sentence).first)
        #expect(c.speaker == speaker)
        #expect(c.cue?.phrase == cue)
        #expect(c.content == c.text)
    }

    @Test func fullestNameFromAnywhereInTheArticle() throws {
        let found = extract(
            """
            Zelenskyy said that Russia is burning the faces of soldiers.
            Ukrainian President Volodymyr Zelenskyy spoke later on Telegram.
            """)
        #expect(found.first?.speaker == "Volodymyr Zelenskyy")
        #expect(found.first?.speakerRole == "Ukrainian President")
    }
}
