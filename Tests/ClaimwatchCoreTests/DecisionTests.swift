import Testing

@testable import ClaimwatchCore

/// The matcher's decisions on pairs of texts from two outlets, one per kind of repeat,
/// contradiction and look-alike that issue 5 names.
struct DecisionTests {
    let comparer = ClaimComparer()

    func decide(_ new: String, _ existing: String, published: String? = "2024-12-18") -> MatchDecision? {
        comparer.compare(
            new: .init(text: new, outlet: "Kyiv Wire", published: published),
            existing: .init(text: existing, outlet: "WION", published: published)
        ).decision
    }

    @Test func translationVariantsOfAQuoteAreARepeat() throws {
        let d = try #require(
            decide(
                "“This is a demonstration of disrespect, which is currently prevalent in Russia, a disrespect to everything human,” Zelensky said.",
                "“This is a demonstration of the contempt that prevails in Russia — contempt for all that is human,” Zelensky said."))
        #expect(d.kind == .repeat)
        #expect(d.reasons.contains { $0.contains("disrespect ~ contempt") })
        #expect(d.reasons.contains { $0.contains("wording of Zelensky's quotation differs") })
    }

    @Test func paraphraseWithSynonymsIsARepeat() throws {
        let d = try #require(
            decide(
                "Ukrainian President Volodymyr Zelensky claimed that Russian troops have burnt the faces of deceased North Korean soldiers to conceal their identity.",
                "Zelenskyy said that Russia is burning the faces of dead North Korean soldiers to hide their identities."))
        #expect(d.kind == .repeat)
        #expect(d.reasons.contains { $0.contains("deceased ~ dead") })
    }

    @Test func reportedSpeechOfADirectQuoteIsARepeat() throws {
        let d = try #require(
            decide(
                "He said the Russians had prohibited the showing of North Korean soldiers’ faces during training and erased any video evidence of their presence.",
                "“While being trained, North Korean soldiers were forbidden from showing their faces. Any video evidence of their presence was erased,” Zelensky said."
            ))
        #expect(d.kind == .repeat)
    }

    @Test func aPartialQuoteIsARepeat() throws {
        let d = try #require(
            decide(
                "Zelensky said Russia “tries to conceal losses of these people”.",
                "Zelensky said Russia not only sends the North Korean troops to storm Ukrainian positions but also tries to conceal losses of these people."
            ))
        #expect(d.kind == .repeat)
    }

    @Test func theSameMainClauseInOtherDressIsARepeat() throws {
        let d = try #require(
            decide(
                "Taking to X (formerly Twitter) on Tuesday, Zelenskyy shared a chilling 31-second video.",
                "Zelensky shared a 31-second video, showing a group of people burning what appears to be a corpse on a snow-covered slope."))
        #expect(d.kind == .repeat)
        #expect(d.reasons.contains { $0.contains("same numbers: 31 seconds") })
    }

    @Test func aDifferentDurationIsAContradictionOnLength() throws {
        let d = try #require(
            decide(
                "Zelensky shared a 90-second video showing people burning a corpse on a snow-covered slope.",
                "Zelensky shared a 31-second video showing a group of people burning a corpse on a snow-covered slope."))
        #expect(d.kind == .contradiction)
        #expect(d.conflict == Conflict(field: .number("video length"), new: "90 seconds", existing: "31 seconds"))
    }

    @Test func durationsAreComparedAcrossUnits() throws {
        let d = try #require(
            decide(
                "Zelensky posted a two-minute video showing a group of people burning a corpse on a snowy slope.",
                "Zelensky shared a 31-second video, showing a group of people burning a corpse on a snow-covered slope."))
        #expect(d.kind == .contradiction)
        #expect(d.conflict?.field == .number("video length"))
        #expect(
            decide(
                "Zelensky posted a two-minute video showing a group of people burning a corpse on a snowy slope.",
                "Zelensky shared a 120-second video showing a group of people burning a corpse on a snowy slope.")?.kind == .repeat)
    }

    @Test func aDifferentWeekdayIsAContradictionOnTheDate() throws {
        let d = try #require(
            decide(
                "Russian drones struck an energy facility in Kharkiv on Monday, the regional governor said.",
                "Russian drones struck an energy facility in Kharkiv on Tuesday, the regional governor said."))
        #expect(d.kind == .contradiction)
        #expect(d.conflict?.field == .date)
    }

    @Test func theDayOfTheSayingIsNotTheDayOfTheEvent() {
        let d = decide(
            "On Monday, Zelensky said North Korean troops were killed or wounded in the Kursk region.",
            "On Tuesday, Zelensky said North Korean troops were killed or wounded in the Kursk region.")
        #expect(d?.kind != .contradiction)
    }

    @Test func aDenialByAnotherSpeakerIsAContradiction() throws {
        let d = try #require(
            decide(
                "The Kremlin denied that Russian troops were burning the faces of dead North Korean soldiers.",
                "Zelensky said Russian troops were burning the faces of dead North Korean soldiers."))
        #expect(d.kind == .contradiction)
        #expect(d.conflict?.field == .denial)
        #expect(d.conflict?.new == "Kremlin denies")
    }

    @Test func anAntonymIsAContradiction() throws {
        let d = try #require(
            decide(
                "The Pentagon denied that North Korean soldiers have suffered losses in Kursk.",
                "The Pentagon confirmed that North Korean soldiers have suffered losses in Kursk."))
        #expect(d.kind == .contradiction)
    }

    @Test func theSameQuoteFromAnotherSpeakerIsAContradictionOnTheSpeaker() throws {
        let d = try #require(
            decide(
                "“This madness must be stopped by a reliable and durable peace,” Kyrylo Budanov said.",
                "“This madness must be stopped by a reliable and durable peace,” Volodymyr Zelensky said."))
        #expect(d.kind == .contradiction)
        #expect(d.conflict == Conflict(field: .speaker, new: "Kyrylo Budanov", existing: "Volodymyr Zelensky"))
    }

    @Test func aNegationOutsideTheSharedPartIsNoContradiction() {
        let d = decide(
            "“This is a demonstration of disrespect, a disrespect to everything human. There is not a single reason for North Koreans to fight and die for Putin,” he said.",
            "Zelensky said, “This is a demonstration of disrespect, a disrespect to everything human.”")
        #expect(d?.kind != .contradiction)
    }

    @Test func notAllowedMeansForbiddenNotANegation() throws {
        let d = try #require(
            decide(
                "During training, North Korean soldiers were not allowed to reveal their faces, Zelensky said.",
                "While being trained, North Korean soldiers were forbidden from showing their faces, Zelensky said."))
        #expect(d.kind == .repeat)
    }

    @Test func compatibleQualifiedNumbersAreNoContradiction() throws {
        #expect(
            decide(
                "Ukrainian intelligence said more than 10,000 North Korean troops were sent to the Kursk region.",
                "Ukrainian intelligence said 12,000 North Korean troops were sent to the Kursk region.") == nil)
        let rounded = try #require(
            decide(
                "Ukrainian intelligence said about 12,000 North Korean troops were sent to the Kursk region.",
                "Ukrainian intelligence said 11,800 North Korean troops were sent to the Kursk region."))
        #expect(rounded.kind == .repeat)
    }

    @Test func numbersAboutDifferentThingsAreNeither() {
        #expect(
            decide(
                "Pyongyang has sent 10,000 troops to Russia, South Korea's spy agency said.",
                "Putin gathered 50,000 Russian and North Korean soldiers in Kursk to launch a ground offensive.") == nil)
        #expect(
            decide(
                "Around 100 wounded North Korean soldiers were treated in a hospital in Kursk.",
                "About 30 North Korean troops were killed or wounded over the weekend in Kursk.")?.kind != .contradiction)
    }

    @Test func theSameStoryWithAnotherPropositionIsNeither() {
        #expect(
            decide(
                "Zelensky said around 30 North Korean troops were killed or wounded in Russia's Kursk border region.",
                "A Ukrainian outlet revealed a video of injured North Korean soldiers taken at a hospital in the Kursk region of Russia.") == nil)
    }
}
