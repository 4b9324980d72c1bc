import Testing
@testable import ClaimwatchCore

struct ClaimExtractorTests {
    func claims(_ body: String) -> [Claim] {
        ClaimExtractor().claims(in: Article(outlet: "X", outletSource: .metadata, body: body))
    }

    @Test func attributesQuotesAndReportedSpeech() {
        let found = claims("""
            “North Korean soldiers deployed near Kursk are legitimate targets,” Miller said.
            Zelensky claimed that around 30 North Korean troops were killed or wounded in the Kursk region.
            According to Knewz.com, the Ukrainian president shared his assertions on X.
            """)
        #expect(found.map(\.speaker) == ["Miller", "Zelensky", "Knewz.com"])
        #expect(found[1].quantities == [Quantity(value: 30, written: "30", unit: "troop")])
    }

    @Test func pronounTakesTheLastNamedSpeaker() {
        let found = claims("""
            Zelensky said that Russia is burning the faces of dead North Korean soldiers.
            “This is a demonstration of disrespect to everything human,” he added.
            """)
        #expect(found.count == 2)
        #expect(found[1].speaker == "Zelensky")
        #expect(found[1].cue == "added")
    }

    @Test func skipsHeadlinesQuestionsAndShortLines() {
        let found = claims("""
            Is North Korea About to Shock the World with an ICBM Launch Instead of a Nuke?
            Putin Sets Conditions for Peace: Ukraine Must Stay Neutral, Demilitarize
            Advertisment
            Zelensky shared a 31-second video showing a group of people on a slope.
            """)
        #expect(found.map(\.text) == ["Zelensky shared a 31-second video showing a group of people on a slope."])
        #expect(found.first?.quantities.first?.unit == "second")
    }

    @Test func negationAndDatesAreNotQuantities() {
        let found = claims("The Pentagon said on Dec 17, 2024 that North Korean soldiers have not participated in combat.")
        #expect(found.count == 1)
        #expect(found[0].negated)
        #expect(found[0].quantities.isEmpty)
    }

    @Test func numbersWithScalesAndWords() {
        let words = Words.split("Pyongyang sent 10,000 troops and hackers stole $1.34 billion, thirty soldiers died.")
        let found = Quantities.find(in: words)
        #expect(found.map(\.value) == [10_000, 1_340_000_000, 30])
        #expect(found.map(\.unit) == ["troop", "", "soldier"])
    }
}
