import Testing

@testable import ClaimwatchCore

/// Inputs that crashed a fuzz target (`make fuzz`, the README's Fuzzing section). Each is fed to
/// the reader the target calls: throwing an IntakeError is fine, trapping is the bug.
struct FuzzRegressionTests {
    /// A file of header lines only, ending with a newline: its last, blank line ended at the text's
    /// end and HeaderBlock.parse stepped past it ("String index is out of bounds"). Target `txt`.
    static let headerOnlyFiles: [String] = [
        "Title: x\n",
        "Title: x\n   ",
        // As libFuzzer found it, mutated from Fuzz/Corpus/txt/header-block.txt.
        "Title: Zelensky says Russia burns faces of dead Nussia burns faces of dead North Korean coldiers\n"
            + "Source: WION\nURL: https://www.wionews.com/world/zelensky-north5korean-soldiers\n"
            + "Published: 202th is o(ften the first casud.\n",
    ]

    @Test(arguments: headerOnlyFiles)
    func headerOnlyTextFileDoesNotCrash(text: String) {
        let header = HeaderBlock.parse(text)
        #expect(header.body.isEmpty)
        #expect(header.fields.title != nil)
        _ = try? ArticleReader().read(Array(text.utf8), fileName: "article.txt", subfolder: nil)
    }
}
