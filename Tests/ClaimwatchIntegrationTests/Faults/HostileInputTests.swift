import Foundation
import Testing

/// Input built to be slow (a sentence of thousands of names) is cut off by
/// `watch.file_time_limit_seconds` inside extraction, not after it, and SIGTERM is honoured within
/// 5 seconds whatever is in hand. Times and peak RSS of the hostile inputs are in README
/// ("What happens to a file") from `make bench`-style runs, not asserted here.
@Suite(.serialized)
struct HostileInputTests {
    /// One sentence of `count` distinct two-word names: "Kalo Mite, Rute Zopa, ... said the plan failed."
    static func namesSentence(count: Int) -> String {
        let names = (0..<count).map { SyntheticArticles.word($0, 1, capitalised: true) + " " + SyntheticArticles.word($0, 2, capitalised: true) }
        return "Source: Roll\n\n" + names.joined(separator: ", ") + " and the mayor said the plan failed.\n"
    }

    @Test func aSlowFileIsCutOffByTheTimeLimitAndTheNextFileGoesThrough() async throws {
        let daemon = try DaemonProcess(watchSettings: "file_time_limit_seconds = 0.5")
        try await daemon.start()
        try daemon.drop(Self.namesSentence(count: 40_000), as: "names.txt")
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 7, outlet: "A"), as: "A/after.txt")
        try await waitUntil(timeout: 60, "both files to be handled") {
            filesUnder(daemon.processed).contains("A/after.txt") && filesUnder(daemon.drop).isEmpty
        }
        await daemon.stop()
        if filesUnder(daemon.failed).contains("names.txt") {
            let reason = try String(contentsOfFile: daemon.failed + "/names.txt.reason", encoding: .utf8)
            #expect(reason.hasPrefix("too-slow:"), "\(reason)")
            #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles WHERE path = 'names.txt'") == [["0"]])
        } else {
            // Fast enough to finish inside the limit: then it is simply processed.
            #expect(filesUnder(daemon.processed).contains("names.txt"))
        }
    }

    @Test func sigtermIsHonouredWithinFiveSecondsWithAHostileFileInHand() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(Self.namesSentence(count: 80_000), as: "names.txt")
        let inHand = daemon.database + "-inhand"
        try await waitUntil(timeout: 30, "names.txt to be in hand") {
            String(decoding: FileManager.default.contents(atPath: inHand) ?? Data(), as: UTF8.self).contains("names.txt")
        }
        let sent = Date()
        daemon.signal(SIGTERM)
        let status = try await daemon.waitForExit(timeout: 60)
        let took = Date().timeIntervalSince(sent)
        print("SIGTERM with a 80,000-name sentence in hand: exited after \(String(format: "%.2f", took)) s")
        #expect(status == 0)
        #expect(took < 5, "SIGTERM took \(took) s")
    }
}
