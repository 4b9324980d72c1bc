import Foundation
import Testing

/// `claimwatch search` on a database filled by `claimwatch ingest`.
@Suite(.serialized)
struct SearchCommandTests {
    static let articles = [
        (
            "kyiv.txt",
            "Source: Kyiv Wire\n\nMatthew Miller, a State Department spokesperson, said on Monday that 3,000 North Korean soldiers were killed in Kursk.\n"
        ),
        ("wion.txt", "Source: WION\n\nThe ministry said the government would raise taxes on fuel this year to pay for the war.\n"),
    ]

    @Test func findsTheClaimSharingTheRareWordsFirstWithScores() throws {
        let directory = try TemporaryDirectory("cw-search")
        var paths: [String] = []
        for (name, text) in Self.articles {
            paths.append(directory.file(name))
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory.file(name)))
        }
        let ingest = try runClaimwatch(["ingest", "--data", directory.file("data")] + paths)
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let query = "3,000 North Korean soldiers killed in Kursk, the government said this year #Kursk https://t.co/x"
        let json = try runClaimwatch(["search", "--data", directory.file("data"), "--json", query])
        #expect(json.status == 0, "\(json.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], "\(json.stdout)")
        #expect(results.count == 2)
        #expect(results.first?["outlet"] as? String == "Kyiv Wire")
        #expect(results.first?["speaker"] as? String == "Matthew Miller")
        let scores = results.compactMap { $0["score"] as? Double }
        #expect(scores.count == 2 && scores[0] > scores[1])
        for key in ["id", "first_seen", "text"] { #expect(results.first?[key] != nil, "\(key)") }

        let text = try runClaimwatch(["search", "--data", directory.file("data"), "--limit", "1", query])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("[Kyiv Wire]") == true && lines.first?.contains("— Matthew Miller") == true, "\(text.stdout)")
    }

    @Test func saysSoWhenThereIsNoDatabase() throws {
        let directory = try TemporaryDirectory("cw-search-none")
        let result = try runClaimwatch(["search", "--data", directory.file("nothing-here"), "anything"])
        #expect(result.status == 69, "exit 69 (EX_UNAVAILABLE), as every read command")
        #expect(result.stderr.contains("no claimwatch database here"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.file("nothing-here")), "nothing is created")
    }
}
