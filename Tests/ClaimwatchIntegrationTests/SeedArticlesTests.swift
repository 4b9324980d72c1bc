import Foundation
import Testing

/// The five real articles the project started from, dropped as five outlets into the running daemon.
@Suite(.serialized)
struct SeedArticlesTests {
    @Test func fiveOutletsRaiseRepeatAlertsForSharedClaims() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let seeds = try Paths.seedFiles()
        #expect(seeds.count == 5)
        for (index, seed) in seeds.enumerated() {
            let text = try String(contentsOf: seed, encoding: .utf8)
            try daemon.drop(text, as: "outlet\(index + 1)/\(seed.lastPathComponent)")
            // One at a time, so that "first seen" follows the drop order.
            try await waitUntil(timeout: 30, "seed \(index + 1) to be processed") {
                filesUnder(daemon.processed).count == index + 1
            }
        }
        await daemon.stop()

        let alerts = try daemon.alerts()
        let repeats = alerts.filter { $0["kind"] as? String == "repeat" }
        #expect(repeats.count >= 12, "expected repeat alerts for the shared claims, got \(repeats.count)")
        // The quote all of WION, the Knewz-sourced article and the last outlet share.
        let sharedQuote = repeats.filter { (($0["claim"] as? [String: Any])?["text"] as? String)?.contains("could not get any more cynical") == true }
        #expect(sharedQuote.count >= 2)
        #expect(sharedQuote.compactMap { $0["outlets_carrying"] as? Int }.max() ?? 0 >= 3)
        for alert in repeats {
            let outlet = try #require(alert["outlet"] as? String)
            let matched = try #require(alert["matched"] as? [String: Any])
            #expect(outlet != matched["outlet"] as? String, "alerts are only raised across outlets")
            #expect(alert["id"] is Int)
            #expect((alert["reasons"] as? [String])?.isEmpty == false)
            #expect((alert["article"] as? [String: Any])?["path"] as? String != nil)
        }
        // Every claim the five outlets share raises repeats: the burned faces, each shared Zelensky
        // quote, the 31-second video and the Pentagon's statement. (minimum alerts, markers)
        let shared: [(Int, [String])] = [
            (3, ["burning the faces", "burn the faces", "burnt the faces", "burning the bodies"]),
            (2, ["could not get any more cynical"]),
            (2, ["disrespect", "contempt"]),
            (2, ["madness must be stopped"]),
            (2, ["video evidence"]),
            (1, ["31-second"]),
            (1, ["Ryder"]),
        ]
        for (minimum, markers) in shared {
            let raised = repeats.filter { alert in
                let texts = [(alert["claim"] as? [String: Any])?["text"], (alert["matched"] as? [String: Any])?["text"]].compactMap { $0 as? String }
                return texts.contains { text in markers.contains { text.contains($0) } }
            }
            #expect(raised.count >= minimum, "repeats of \(markers[0]): \(raised.count)")
        }
        // Different quantities of the story (30 killed or wounded, 10,000 troops, a hospital's
        // wounded) are not contradictions.
        #expect(alerts.filter { $0["kind"] as? String == "contradiction" }.isEmpty)
        // One alert per (claim, new outlet).
        let pairs = alerts.map { "\($0["kind"]!)|\($0["outlet"]!)|\(($0["matched"] as! [String: Any])["claim_id"]!)" }
        #expect(Set(pairs).count == pairs.count)
        // The human log has one line per alert, in the same order.
        let lines = try String(contentsOfFile: daemon.alertsLog, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == alerts.count)
        #expect(lines.first?.contains("REPEAT") == true)
    }
}
