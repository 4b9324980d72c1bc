import Foundation
import Testing

/// The formats scrapers produce, through the running daemon: a `.jsonl` backfill whose bad line
/// fails alone, a non-English article stored without claims, and outlet aliases from the config.
@Suite(.serialized)
struct FormatTests {
    @Test func jsonLinesBadLineFailsAloneAndTheRestGoThrough() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let lines = [
            #"{"outlet": "WION", "url": "https://www.wionews.com/a", "text": "The ministry said 42 drones were shot down over the capital on Tuesday night."}"#,
            #"{"outlet": "Kyiv Wire", "text": "The ministry said 42 drones were shot down over"#,
            #"{"title": "no text here"}"#,
            #"{"outlet": "Kyiv Wire", "text": "Officials said 42 drones were shot down over the capital on Tuesday night, the ministry said."}"#,
        ]
        try daemon.drop(lines.joined(separator: "\n") + "\n", as: "feed.jsonl")
        try await waitUntil(timeout: 15, "feed.jsonl to be processed") { filesUnder(daemon.processed) == ["feed.jsonl"] }
        try await waitUntil(timeout: 5, "the bad lines to be set aside") { entryExists(daemon.failed + "/feed.jsonl.reason") }

        let kept = try String(contentsOfFile: daemon.failed + "/feed.jsonl", encoding: .utf8)
        #expect(kept == lines[1] + "\n" + lines[2] + "\n", "failed/feed.jsonl must hold exactly the bad lines")
        let reasons = try String(contentsOfFile: daemon.failed + "/feed.jsonl.reason", encoding: .utf8)
        #expect(reasons.contains("line 2:") && reasons.contains("line 3:"), "\(reasons)")
        #expect(!reasons.contains("line 1:") && !reasons.contains("line 4:"), "\(reasons)")

        let claims = try daemon.claims()
        #expect(Set(claims.compactMap { $0["outlet"] as? String }) == ["WION", "Kyiv Wire"])
        // Line 4 repeats line 1 from another outlet: one alert.
        try await waitUntil(timeout: 5, "the repeat alert") { try daemon.alerts().count == 1 }
        let status = try daemon.status()
        #expect(status.processed == 1 && status.failed == 0, "\(status)")
    }

    @Test func htmlPageIsReadWithoutItsFurniture() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(ExtractCommandTests.page, as: "page.html")
        try await waitUntil(timeout: 10, "page.html to be processed") { filesUnder(daemon.processed) == ["page.html"] }
        let claims = try daemon.claims()
        #expect(claims.compactMap { $0["text"] as? String } == [ExtractCommandTests.sentence])
        #expect(claims.first?["outlet"] as? String == "WION")
        #expect(claims.first?["article_title"] as? String == "Drones over the capital")
    }

    @Test func nonEnglishArticleIsStoredWithoutClaims() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let german =
            "Der Minister sagte am Dienstag, dass 42 Drohnen über der Hauptstadt abgeschossen wurden. Die Behörden sagten, dass die Angriffe 17 Wohnhäuser beschädigt haben und der Strom wieder da ist."
        try daemon.drop(german, as: "DW/drohnen.txt")
        try await waitUntil(timeout: 10, "the German article to be processed") { filesUnder(daemon.processed) == ["DW/drohnen.txt"] }
        #expect(try daemon.claims().isEmpty)
        let rows = try ProcessHelpers.sqlite(daemon.database, "SELECT language, claims_note FROM articles")
        #expect(rows.count == 1)
        #expect(rows.first?.first == "de")
        #expect(rows.first?.last?.contains("English articles only") == true, "\(rows)")
    }

    @Test func outletAliasesFromTheConfigurationJoinNames() async throws {
        let daemon = try DaemonProcess(
            extraConfig: """

                [outlets]
                "wionews.com" = "WION"
                """)
        try await daemon.start()
        try daemon.drop(
            "URL: https://www.wionews.com/world/a\n\nThe ministry said 42 drones were shot down over the capital on Tuesday night.", as: "a.txt")
        try await waitUntil(timeout: 10, "a.txt to be processed") { filesUnder(daemon.processed) == ["a.txt"] }
        #expect(try daemon.claims().first?["outlet"] as? String == "WION")
    }
}
