import Foundation
import Testing

/// File names a scraper can produce: spaces, a newline, a leading dash, 255 bytes. Each file is
/// processed and moved under its exact name, its name is logged escaped (one log line per event),
/// and the alert log stays valid JSON Lines.
@Suite(.serialized)
struct FileNameTests {
    static let names = [
        "with space.txt",
        "-leading-dash.txt",
        "new\nline.txt",
        String(repeating: "x", count: 251) + ".txt",
    ]

    @Test func oddNamesAreProcessedUnderTheirExactNamesAndLoggedEscaped() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let outlets = ["WION", "Kyiv Wire", "Evening Ledger", "Harbor Times"]
        for (name, outlet) in zip(Self.names, outlets) {
            try daemon.drop("Source: \(outlet)\n\nZelensky said Russian troops are burning the faces of dead North Korean soldiers to hide their presence.\n", as: name)
        }
        try await waitUntil(timeout: 30, "the four files to be processed") { filesUnder(daemon.processed).count == Self.names.count }
        #expect(daemon.process?.isRunning == true)
        await daemon.stop()

        let processed = try FileManager.default.contentsOfDirectory(atPath: daemon.processed)
        #expect(Set(processed) == Set(Self.names))
        #expect(try FileManager.default.contentsOfDirectory(atPath: daemon.drop).isEmpty)
        // One line per event: the newline in a name is escaped, never written raw.
        let log = daemon.log()
        #expect(log.contains(#"file.name=new\nline.txt"#), "\(log)")
        #expect(!log.split(separator: "\n").contains { $0.hasPrefix("line.txt") }, "\(log)")
        // Three outlets repeat the first: the alert log is valid JSON Lines with one alert each.
        let alerts = try daemon.alerts()
        #expect(alerts.count == 3)
        let lines = try String(contentsOfFile: daemon.alertsLog, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == alerts.count)
    }

    /// An outlet, a title, a claim and a file name written to forge alert lines: line breaks of
    /// every kind, quotes, backslashes, terminal escapes and a fake alert. The real daemon writes one
    /// valid JSON line and one log line per alert, and the fake alert is never a line of its own.
    @Test func forgedNamesAndTextCannotAddAlertLines() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let sentence = "Zelensky said Russian troops are burning the faces of dead North Korean soldiers to hide their presence."
        try daemon.drop("Source: Kyiv Wire\n\n\(sentence)\n", as: "first.txt")
        try await waitUntil(timeout: 30, "the first file") { filesUnder(daemon.processed).count == 1 }
        let fake = #"{"id":999,"kind":"repeat","outlet":"Forged"}"#
        let forged = "\u{1B}[31m \"q\" \\ \u{2028}\(fake)\u{85}\u{1B}]0;title\u{07}"
        let article: [String: String] = [
            "outlet": "Evil\n\(forged)", "title": forged, "author": "Zelensky\n\(forged)",
            "text": "Zelensky said Russian \"troops\" \\ are burning the faces of dead North Korean soldiers to hide their presence \u{1B}[2J\u{2028} \(fake).",
        ]
        let name = "evil\n\(fake)\u{2028}.json"
        try daemon.drop(String(decoding: try JSONSerialization.data(withJSONObject: article), as: UTF8.self), as: name)
        try await waitUntil(timeout: 30, "the forged file") { filesUnder(daemon.processed).count == 2 }
        await daemon.stop()

        let stored = try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM alerts")
        let jsonl = try String(contentsOfFile: daemon.alertsJSONL, encoding: .utf8)
        let log = try String(contentsOfFile: daemon.alertsLog, encoding: .utf8)
        let breaks: [Unicode.Scalar] = ["\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{1B}", "\u{07}"]
        for (file, text) in [("alerts.jsonl", jsonl), ("alerts.log", log)] {
            #expect(text.split(separator: "\n").count == 1 && text.hasSuffix("\n"), "\(file) should hold one line: \(text.debugDescription)")
            #expect(!text.unicodeScalars.contains { breaks.contains($0) }, "\(file) has a raw line break or control character")
        }
        #expect(stored == [["1"]])
        // The forged text did reach the alert, whole, inside its fields.
        let alert = try #require(try daemon.alerts().first)
        #expect(alert["id"] as? Int == 1)
        #expect(alert["outlet"] as? String == "Evil\n\(forged)")
        #expect((alert["article"] as? [String: Any])?["path"] as? String == name)
        #expect((alert["claim"] as? [String: Any])?["text"] as? String == #"Zelensky said Russian "troops" \ are burning the faces of dead North Korean soldiers to hide their presence \#u{1B}[2J \#(fake)."#)
        #expect(log.contains(#"Z #1 REPEAT  Evil\n\u{1b}[31m "q" \\ \u{2028}{"id":999,"kind":"repeat","outlet":"Forged"}\u{85}\u{1b}]0;title\u{7} repeats Kyiv Wire"#), "\(log)")
    }

    /// A name that is not UTF-8 cannot be carried through the pipeline under its exact bytes yet:
    /// the file is left in place and reported once, escaped, with what to do. (Issue 6 asks for
    /// byte-exact handling; this is what holds until then.)
    @Test func aNameThatIsNotUTF8IsReportedAndLeftInPlace() async throws {
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: true)
        let bytes: [UInt8] = Array((daemon.drop + "/bad").utf8) + [0xFF, 0xFE] + Array("name.txt".utf8) + [0]
        let fd = bytes.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) } }
        #expect(fd >= 0)
        _ = "Source: WION\n\nA sentence.\n".withCString { write(fd, $0, strlen($0)) }
        close(fd)
        // Reported by the listing at start-up (and at each periodic rescan).
        try await daemon.start()
        try await waitUntil(timeout: 30, "the name to be reported") { daemon.log().contains("not valid UTF-8") }
        #expect(daemon.log().contains(#"file.name=bad\xff\xfename.txt"#), "\(daemon.log())")
        #expect(daemon.process?.isRunning == true)
        await daemon.stop()
        #expect(try FileManager.default.contentsOfDirectory(atPath: daemon.drop).count == 1)
    }
}
