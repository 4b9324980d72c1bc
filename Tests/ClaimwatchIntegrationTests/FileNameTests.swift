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
