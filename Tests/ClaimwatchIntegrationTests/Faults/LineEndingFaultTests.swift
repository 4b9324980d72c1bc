import Foundation
import Testing

/// Files saved on Windows (CRLF) and old Mac files (lone CR) through the running daemon: the
/// header block and front matter keep their metadata, and a CRLF `.jsonl` keeps every line.
struct LineEndingFaultTests {
    static let sentence = "The ministry said 42 drones were shot down over the capital on Tuesday night."

    @Test func crlfAndLoneCRFilesAreReadLikeLFFiles() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let crlf = { (text: String) in text.replacingOccurrences(of: "\n", with: "\r\n") }
        try daemon.drop(crlf("Source: WION\nTitle: Drones\n\n\(Self.sentence)\n"), as: "header.txt")
        try daemon.drop(
            crlf("---\noutlet: Kyiv Wire\ntitle: Drones\n---\n\nOfficials said 42 drones were shot down on Tuesday night, the ministry said.\n"),
            as: "front.md")
        let lines = (1...3).map {
            #"{"outlet": "Feed\#($0)", "text": "Officials said \#($0 + 40) drones were shot down over the capital on Tuesday night."}"#
        }
        try daemon.drop(crlf(lines.joined(separator: "\n") + "\n"), as: "feed.jsonl")
        try daemon.drop("Source: Old Mac\rTitle: Drones\r\rOfficials said 42 drones fell on the capital on Tuesday night.\r", as: "mac.txt")
        try await waitUntil(timeout: 30, "the four files to be processed") { filesUnder(daemon.processed).count == 4 }
        await daemon.stop()
        #expect(filesUnder(daemon.failed).isEmpty, "\(filesUnder(daemon.failed))")
        let outlets = try ProcessHelpers.sqlite(daemon.database, "SELECT outlet FROM articles ORDER BY outlet").map { $0[0] }
        #expect(outlets == ["Feed1", "Feed2", "Feed3", "Kyiv Wire", "Old Mac", "WION"], "\(outlets)")
        #expect(
            try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles WHERE instr(body, char(13)) > 0") == [["0"]],
            "no CR left in a body")
    }
}

/// Text that would reorder or hide what `tail -f alerts.log` shows (issue 13, "Bidirectional
/// controls pass through raw"), through the running daemon.
struct InvisibleCharacterFaultTests {
    @Test func bidiControlsReachNeitherLogRawAndOutletNamesLoseThem() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let sentence = "Officials said 42 drones were shot down over the capital on Tuesday night."
        try daemon.drop("Source: Kyiv Wire\n\n\(sentence)\n", as: "first.txt")
        try await waitUntil(timeout: 30, "the first file") { filesUnder(daemon.processed).count == 1 }
        let tricked = "Officials said 42 drones were shot down over the capital on \u{202E}thginy\u{202C} Tuesday\u{200B} night."
        try daemon.drop("Source: \u{2066}WION\u{2069}\u{200B}\n\n\(tricked)\n", as: "second.txt")
        try await waitUntil(timeout: 30, "the alert") { (try? String(contentsOfFile: daemon.alertsLog, encoding: .utf8))?.contains("REPEAT") == true }
        await daemon.stop()
        let hidden: Set<Unicode.Scalar> = ["\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{200B}"]
        for log in [daemon.alertsLog, daemon.alertsJSONL] {
            let text = try String(contentsOfFile: log, encoding: .utf8)
            #expect(!text.unicodeScalars.contains { hidden.contains($0) }, "\(log): \(text.debugDescription)")
        }
        let human = try String(contentsOfFile: daemon.alertsLog, encoding: .utf8)
        #expect(human.contains(#"WION repeats Kyiv Wire"#), "\(human)")
        #expect(human.contains(#"\u{202e}thginy\u{202c} Tuesday\u{200b} night."#), "\(human)")
        let outlets = try ProcessHelpers.sqlite(daemon.database, "SELECT outlet FROM articles ORDER BY outlet").map { $0[0] }
        #expect(outlets == ["Kyiv Wire", "WION"])
    }
}
