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
            try daemon.drop(
                "Source: \(outlet)\n\nZelensky said Russian troops are burning the faces of dead North Korean soldiers to hide their presence.\n",
                as: name)
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
            "text":
                "Zelensky said Russian \"troops\" \\ are burning the faces of dead North Korean soldiers to hide their presence \u{1B}[2J\u{2028} \(fake).",
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
        #expect(
            (alert["claim"] as? [String: Any])?["text"] as? String
                == #"Zelensky said Russian "troops" \ are burning the faces of dead North Korean soldiers to hide their presence \#u{1B}[2J \#(fake)."#
        )
        #expect(
            log.contains(
                #"Z #1 REPEAT  Evil\n\u{1b}[31m "q" \\ \u{2028}{"id":999,"kind":"repeat","outlet":"Forged"}\u{85}\u{1b}]0;title\u{7} repeats Kyiv Wire"#
            ), "\(log)")
    }

    /// Names that are not UTF-8, each a different way in: renamed in while running (Latin-1
    /// "café"), written in place while running (a lone 0xFF), in an outlet folder whose own name
    /// is not UTF-8 (one there at start-up, one renamed in later), and one that fails (empty). Plus a UTF-8 name spelled
    /// with a literal `\xe9`: the same display as the Latin-1 one, a different file.
    static let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
    static let loneFF: [UInt8] = Array("bad".utf8) + [0xFF] + Array(".txt".utf8)
    static let outlet: [UInt8] = Array("Z".utf8) + [0xFC] + Array("rich".utf8)
    static let inOutlet: [UInt8] = Array("news".utf8) + [0xFE] + Array(".txt".utf8)
    static let empty: [UInt8] = Array("empty".utf8) + [0xFF] + Array(".txt".utf8)
    static let late: [UInt8] = Array("late".utf8) + [0xFF] + Array(".txt".utf8)
    static let literal = #"caf\xe9.txt"#

    static func story(_ outlet: String) -> String {
        "Source: \(outlet)\n\nZelensky said Russian troops are burning the faces of dead North Korean soldiers to hide their presence.\n"
    }

    @Test func namesThatAreNotUTF8AreProcessedUnderTheirExactBytes() async throws {
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: true)
        try makeRawDirectory(daemon.drop, Self.outlet)
        try writeRaw(
            "Port officials said 12 container ships waited outside the Zurich harbour on Monday.\n", to: daemon.drop,
            Self.outlet + [0x2F] + Self.inOutlet)
        try await daemon.start()
        try deliverRaw(Self.story("WION"), to: daemon.drop, Self.latin1, staging: daemon.staging)
        try writeRaw(Self.story("Kyiv Wire"), to: daemon.drop, Self.loneFF)
        try writeRaw("", to: daemon.drop, Self.empty)
        try daemon.drop(Self.story("Evening Ledger"), as: Self.literal)
        // Renamed into the outlet folder while running: seen through that folder's own watch.
        try deliverRaw(
            "The Zurich council said repairs to the northern pier would cost 4 million euros.\n", to: daemon.drop, Self.outlet + [0x2F] + Self.late,
            staging: daemon.staging)
        try await waitUntil(timeout: 30, "the six files to leave the drop folder") {
            rawNames(in: daemon.drop) == [Self.outlet] && rawNames(in: rawPath(daemon.drop, Self.outlet)).isEmpty
        }
        #expect(daemon.process?.isRunning == true)

        // Moved under the very same bytes, the outlet folder's name included.
        #expect(
            rawNames(in: daemon.processed)
                == [Array("caf\\xe9.txt".utf8), Self.outlet, Self.loneFF, Self.latin1].sorted { $0.lexicographicallyPrecedes($1) })
        #expect(rawNames(in: rawPath(daemon.processed, Self.outlet)) == [Self.late, Self.inOutlet])
        #expect(rawNames(in: daemon.failed) == [Self.empty, Self.empty + Array(".reason".utf8)])
        let reason = try #require(readRaw(daemon.failed, Self.empty + Array(".reason".utf8)))
        #expect(String(decoding: reason, as: UTF8.self).hasPrefix("empty:"), "\(String(decoding: reason, as: UTF8.self))")

        // Recorded under the escaped display; the Latin-1 name and the literal one are two deliveries.
        let rows = try ProcessHelpers.sqlite(daemon.database, "SELECT name, outcome FROM deliveries ORDER BY name")
        #expect(
            rows == [
                [#"Z\xfcrich/late\xff.txt"#, "processed"], [#"Z\xfcrich/news\xfe.txt"#, "processed"], [#"bad\xff.txt"#, "processed"],
                [#"caf\xe9.txt"#, "processed"],
                [#"caf\xe9.txt"#, "processed"], [#"empty\xff.txt"#, "failed"],
            ], "\(rows)")
        let outlets = try ProcessHelpers.sqlite(daemon.database, "SELECT outlet FROM articles WHERE path LIKE 'Z%'")
        #expect(outlets == [[#"Z\xfcrich"#], [#"Z\xfcrich"#]])

        // Logged escaped; the UTF-8 name's own backslash is doubled, so the two never look alike.
        let log = daemon.log()
        for name in [#"caf\xe9.txt"#, #"bad\xff.txt"#, #"Z\xfcrich/news\xfe.txt"#, #"empty\xff.txt"#, #"caf\\xe9.txt"#] {
            #expect(log.contains("file.name=\(name)"), "no file.name=\(name) in:\n\(log)")
        }
        #expect(!log.contains("\u{FFFD}"), "a name was repaired into U+FFFD:\n\(log)")

        // The repeats raise alerts naming the escaped paths, and alerts.jsonl stays valid JSON Lines.
        let alerts = try daemon.alerts()
        let paths = Set(alerts.compactMap { ($0["article"] as? [String: Any])?["path"] as? String })
        #expect(!alerts.isEmpty)
        #expect(paths.isSubset(of: [#"caf\xe9.txt"#, #"bad\xff.txt"#]) && !paths.isEmpty, "\(paths)")
        let lines = try String(contentsOfFile: daemon.alertsJSONL, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == alerts.count)
        await daemon.stop()
    }

    /// `claimwatch ingest` of a path that is not UTF-8 (passed through a shell, since `Process`
    /// takes strings) reads the file under its exact bytes and records the escaped name.
    @Test func ingestTakesAPathThatIsNotUTF8() throws {
        let directory = try TemporaryDirectory("cw-ingest")
        try writeRaw(Self.story("WION"), to: directory.path, Self.latin1)
        let script = #"exec "$1" ingest --data "$2" "$3/$(printf 'caf\351.txt')""#
        let result = try ProcessHelpers.runTool("/bin/sh", ["-c", script, "sh", Paths.binary, directory.file("data"), directory.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix(directory.path + #"/caf\xe9.txt: processed"#), "\(result.stdout)")
        let rows = try ProcessHelpers.sqlite(directory.file("data/claimwatch.sqlite"), "SELECT name, outcome FROM deliveries")
        #expect(rows == [[directory.path + #"/caf\xe9.txt"#, "processed"]], "\(rows)")
        #expect(rawEntryExists(directory.path, Self.latin1), "ingest does not move files")
    }
}
