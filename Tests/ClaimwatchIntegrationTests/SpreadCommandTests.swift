import Foundation
import Testing

/// `claimwatch compare` and `claimwatch show` on the real binary.
@Suite(.serialized)
struct SpreadCommandTests {
    @Test func compareShowsTheDecisionWithItsConflictAndReasons() throws {
        let text = try runClaimwatch([
            "compare",
            "Zelensky shared a 90-second video showing people burning a corpse on a snowy slope.",
            "Zelensky shared a 31-second video showing a group of people burning a corpse on a snow-covered slope.",
        ])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("CONTRADICTION on video length: 90 seconds vs 31 seconds"))

        let json = try runClaimwatch([
            "compare", "--json",
            "“This is a demonstration of disrespect, a disrespect to everything human,” Zelensky said.",
            "“This is a demonstration of the contempt that prevails in Russia — contempt for all that is human,” Zelensky said.",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["decision"] as? String == "repeat")
        #expect((object["reasons"] as? [String])?.contains { $0.contains("disrespect ~ contempt") } == true)
        #expect((object["new"] as? [String: Any])?["speaker"] as? String == "Zelensky")

        let neither = try runClaimwatch(["compare", "The central bank raised rates by half a point.", "Zelensky shared a 31-second video."])
        #expect(neither.stdout.hasPrefix("NEITHER"))
    }

    @Test func showPrintsTheSpreadInArrivalOrderWithContradictions() throws {
        let dir = try TemporaryDirectory("spread")
        let data = dir.file("data")
        let articles: [(String, String)] = [
            ("WION", "Zelensky shared a 31-second video showing a group of people burning a corpse on a snow-covered slope, officials said."),
            (
                "Kyiv Wire",
                "Taking to X on Tuesday, Zelenskyy shared a chilling 31-second video, showing a group of people burning a corpse on a snow-covered slope, officials said."
            ),
            (
                "Evening Ledger",
                "Zelensky shared a 90-second video showing a group of people burning a corpse on a snow-covered slope, officials said."
            ),
        ]
        for (index, (outlet, body)) in articles.enumerated() {
            let file = dir.file("\(index).txt")
            try "Source: \(outlet)\nPublished: 2024-12-18\n\n\(body)\n".write(toFile: file, atomically: true, encoding: .utf8)
            let result = try runClaimwatch(["ingest", "--data", data, file])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let shown = try runClaimwatch(["show", "--data", data, "1"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("First seen") && $0.contains("in WION") })
        #expect(lines.contains("Carried by 2 outlets: WION, Kyiv Wire"))
        let wion = try #require(lines.firstIndex { $0.contains("WION  #1 (first appearance)") })
        let kyiv = try #require(lines.firstIndex { $0.contains("Kyiv Wire  #2 (repeat of #1") })
        #expect(wion < kyiv)
        #expect(lines.contains { $0.contains("Evening Ledger #3 vs WION #1 on video length: 90 seconds vs 31 seconds") })

        let json = try runClaimwatch(["show", "--data", data, "--json", "2"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["outlets"] as? [String] == ["WION", "Kyiv Wire"])
        #expect((object["contradictions"] as? [Any])?.count == 1)

        let missing = try runClaimwatch(["show", "--data", data, "99"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no claim #99"))
    }
}
