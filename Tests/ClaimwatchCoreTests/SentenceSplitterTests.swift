import Testing

@testable import ClaimwatchCore

/// The splitter on the seed articles' own sentences (five outlets' versions of one story).
struct SentenceSplitterTests {
    @Test func splitsOnTerminalPunctuationAndKeepsAbbreviations() {
        let text = "Pentagon spokesperson Brig. Gen. Pat Ryder spoke. The U.S. confirmed it. North Korean hackers stole $1.34 billion."
        #expect(
            SentenceSplitter.split(text) == [
                "Pentagon spokesperson Brig. Gen. Pat Ryder spoke.",
                "The U.S. confirmed it.",
                "North Korean hackers stole $1.34 billion.",
            ])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        let text = "“This is a demonstration of contempt,” he continued. “Russia is not only using soldiers.”"
        #expect(
            SentenceSplitter.split(text) == [
                "“This is a demonstration of contempt,” he continued.",
                "“Russia is not only using soldiers.”",
            ])
    }

    @Test func headlinesOnTheirOwnLineAreSeparate() {
        let text = "Forbidden From Showing Faces\nZelensky shared the disturbing claim.\n\nComments0"
        #expect(SentenceSplitter.split(text) == ["Forbidden From Showing Faces", "Zelensky shared the disturbing claim.", "Comments0"])
    }

    @Test func lineBreakInsideASentenceJoins() {
        #expect(SentenceSplitter.split("Zelensky said the troops\nwere burned.") == ["Zelensky said the troops were burned."])
    }

    @Test(arguments: [
        // A quotation of two sentences stays with its attribution.
        (
            "“While being trained, they were forbidden from showing their faces. Any video evidence of their presence was erased,” Zelensky revealed.",
            [
                "“While being trained, they were forbidden from showing their faces. Any video evidence of their presence was erased,” Zelensky revealed."
            ]
        ),
        // Two quotations in one sentence, an ellipsis inside a word.
        (
            "\"Now, Russians are trying…to literally burn the faces,\" he said, adding, \"This is a demonstration of disrespect.\" Zelensky said so on X.",
            [
                "\"Now, Russians are trying…to literally burn the faces,\" he said, adding, \"This is a demonstration of disrespect.\"",
                "Zelensky said so on X.",
            ]
        ),
        // A quotation opened twice and closed once: the first is not protected, its sentences split.
        (
            "“Russia attempts to hide the deaths. They made every effort. The Ukrainian president went on to say, “The Russians tried to remove any video evidence.”",
            [
                "“Russia attempts to hide the deaths.", "They made every effort.",
                "The Ukrainian president went on to say, “The Russians tried to remove any video evidence.”",
            ]
        ),
        // A quotation that starts with an ellipsis.
        (
            "“… we see something worse,” Zelensky said. The footage allegedly shows attempts to destroy the remains.",
            ["“… we see something worse,” Zelensky said.", "The footage allegedly shows attempts to destroy the remains."]
        ),
        // Brackets, initials, dotted abbreviations, decimals and money.
        (
            "Zelensky on Tuesday (Dec 17) claimed that J. K. Smith of the U.S. and 3.5% of the 10,000 troops cost $1.34 billion. This was the first report.",
            [
                "Zelensky on Tuesday (Dec 17) claimed that J. K. Smith of the U.S. and 3.5% of the 10,000 troops cost $1.34 billion.",
                "This was the first report.",
            ]
        ),
        (
            "It was signed on Jan. 5 and on Sept. 11 by Apple Inc. Chief Executive Tim Cook, e.g. in Kyiv. It ran version 6.3.1. Then it stopped.",
            [
                "It was signed on Jan. 5 and on Sept. 11 by Apple Inc. Chief Executive Tim Cook, e.g. in Kyiv.", "It ran version 6.3.1.",
                "Then it stopped.",
            ]
        ),
        (
            "Miller spoke for the U.S. The Pentagon backed these findings. Knewz.com reported it first. Gen. Ryder agreed.",
            ["Miller spoke for the U.S.", "The Pentagon backed these findings.", "Knewz.com reported it first.", "Gen. Ryder agreed."]
        ),
        // A colon at the end of a line before a quotation goes on; a blank line always ends a sentence.
        (
            "The Pentagon backed these findings. Pat Ryder, a Pentagon spokesperson, stated:\n“We believe that North Korean soldiers have suffered losses,” though he declined to give figures.",
            [
                "The Pentagon backed these findings.",
                "Pat Ryder, a Pentagon spokesperson, stated: “We believe that North Korean soldiers have suffered losses,” though he declined to give figures.",
            ]
        ),
        (
            "Matthew Miller, a State Department spokesperson,\nwarned of a dangerous escalation.\n\nThe allegations have drawn strong reactions from the\nUnited States.",
            [
                "Matthew Miller, a State Department spokesperson, warned of a dangerous escalation.",
                "The allegations have drawn strong reactions from the United States.",
            ]
        ),
        // List items and headlines each on their own line, without terminal punctuation.
        (
            "[DEBATE] Latest Stories\n\n  • Disney Princesses Aren’t Living Happily Ever After\n  • Is North Korea About to Shock the World with an ICBM Launch Instead of a Nuke?\n  • 1\n    Musk Eyes Unsupervised Driverless Cars in Texas\n\n    BUSINESS \nShare it on...",
            [
                "[DEBATE] Latest Stories", "• Disney Princesses Aren’t Living Happily Ever After",
                "• Is North Korea About to Shock the World with an ICBM Launch Instead of a Nuke?",
                "• 1", "Musk Eyes Unsupervised Driverless Cars in Texas", "BUSINESS", "Share it on...",
            ]
        ),
        (
            "Footage shows Asian men with arm casts and severe limps\nThe video showed an Asian man walking down a hallway. It was taken at a hospital on Pirogov Street.",
            [
                "Footage shows Asian men with arm casts and severe limps", "The video showed an Asian man walking down a hallway.",
                "It was taken at a hospital on Pirogov Street.",
            ]
        ),
    ])
    func splitsSeedSentences(_ text: String, _ sentences: [String]) {
        #expect(SentenceSplitter.split(text) == sentences)
    }

    @Test func rangesPointIntoTheTextAndMatchSplit() {
        let text = "  Zelensky said the troops\nwere burned. “It is worse,” he said.\n\nComments0\n"
        let ranges = SentenceSplitter.ranges(in: text)
        #expect(ranges.map { String(text[$0]) } == ["Zelensky said the troops\nwere burned.", "“It is worse,” he said.", "Comments0"])
        #expect(SentenceSplitter.split(text) == ["Zelensky said the troops were burned.", "“It is worse,” he said.", "Comments0"])
    }

    @Test func emptyAndBlankTextsHaveNoSentences() {
        #expect(SentenceSplitter.split("") == [])
        #expect(SentenceSplitter.split(" \n\n\t ") == [])
        #expect(SentenceSplitter.split("...") == ["..."])
    }

    /// A long text (the seeds' sentences many times over) splits in linear time: a quadratic step
    /// would take seconds here.
    @Test func longTextSplitsQuickly() {
        let paragraph =
            "“While being trained, they were forbidden from showing their faces. Any video was erased,” Zelensky revealed. "
            + "The U.S. said 10,000 troops were sent (Dec 17). North Korean hackers stole $1.34 billion.\n"
        let text = String(repeating: paragraph, count: 5_000)
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = SentenceSplitter.split(text).count }
        #expect(count == 15_000)
        #expect(elapsed < .seconds(5))
    }
}
