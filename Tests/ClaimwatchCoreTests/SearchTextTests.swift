import ClaimwatchCore
import Testing

/// Search texts: what a pasted post carries besides its words, and which words are names and numbers.
struct SearchTextTests {
    @Test(arguments: [
        (
            "How are butterflies surviving the #AustralianFires? Footage by Julie Favell pic.twitter.com/0eJtwJyS1J — Center for Bio Div (@CenterForBioDiv) January 14, 2020",
            "How are butterflies surviving the Australian Fires ? Footage by Julie Favell Center for Bio Div"
        ),
        (
            "\"CBC deletes Trump from Home Alone 2\" #DefundTheCBChttps://t.co/CsHG8R9cHp — Brad Trost (@BradTrostCPC) December 26, 2019",
            "\"CBC deletes Trump from Home Alone 2\" Defund The CBC Brad Trost"
        ),
        (
            "The US drone attack on #Soleimani caught on camera.#IranUsapic.twitter.com/TvRkHvlgby",
            "The US drone attack on Soleimani caught on camera. Iran Usa"
        ),
        (
            "OMG! A bounty for anyone who brings the head of @realDonaldTrump #FreeIran2020 see www.example.com",
            "OMG! A bounty for anyone who brings the head of real Donald Trump Free Iran 2020 see"
        ),
        ("Write to press@example.com — or call us.", "Write to press@example.com — or call us."),
    ])
    func queryTextKeepsTheWords(text: String, expected: String) {
        #expect(QueryText.normalised(text).split(separator: " ").joined(separator: " ") == expected)
    }

    @Test func namesAreCapitalisedWordsInsideASentence() {
        let terms = Words.searchTerms("Ukrainian officials said Zelensky met Biden. Officials counted 12,000 troops.")
        let kinds = Dictionary(uniqueKeysWithValues: terms.map { ($0.word, $0.kind) })
        #expect(kinds["zelensky"] == .name)
        #expect(kinds["biden"] == .name)
        #expect(kinds["ukrainian"] == .word, "the first word of a sentence")
        #expect(kinds["officials"] == .word)
        #expect(kinds["troops"] == .word)
        #expect(terms.first { $0.kind == .number }?.key == "12000")
        #expect(terms.first { $0.kind == .number }?.word == "12,000")
    }

    @Test func textInCapitalsOrTitleCaseHasNoNames() {
        #expect(Words.searchTerms("STOP POSING AS MY DAD EVERYONE KNOWS").allSatisfy { $0.kind == .word })
        #expect(Words.searchTerms("Did 122 Prisoners Released From Guantanamo Return To The Battlefield?").allSatisfy { $0.kind != .name })
    }

    @Test func searchTermsHoldTheContentTerms() {
        let text = "Russian troops burned the faces of 300 dead soldiers, Zelensky said."
        let words = Words.searchTerms(text).filter { $0.kind != .number }.map(\.key)
        #expect(words == Words.contentTerms(text).map(\.stem))
    }
}
