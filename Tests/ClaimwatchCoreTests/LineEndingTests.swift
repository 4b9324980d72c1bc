import Testing
@testable import ClaimwatchCore

/// The same text with LF, CRLF and lone-CR line endings: every line-based step reads it alike.
struct SentenceSplitterLineEndingTests {
    static let endings = ["\n", "\r\n", "\r"]

    @Test(arguments: endings)
    func paragraphAndLineBreaksSplitAlike(ending: String) {
        let text = ["Forbidden From Showing Faces", "Zelensky shared the disturbing claim.", "", "Comments0",
                    "Zelensky said the troops", "were burned."].joined(separator: ending)
        #expect(SentenceSplitter.split(text) == [
            "Forbidden From Showing Faces", "Zelensky shared the disturbing claim.", "Comments0",
            "Zelensky said the troops were burned.",
        ])
    }

    @Test(arguments: endings)
    func blankLineEndsASentenceWithoutAStop(ending: String) {
        let text = "the troops were burned" + ending + ending + "the faces were hidden"
        #expect(SentenceSplitter.split(text) == ["the troops were burned", "the faces were hidden"])
    }
}
