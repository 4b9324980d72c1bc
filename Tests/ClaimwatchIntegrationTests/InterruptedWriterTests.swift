import Foundation
import Testing

/// Scrapers that write in place and do not finish well: one that writes a line at a time, and one
/// killed (SIGKILL) with its file half written. The daemon takes each file once, never a part of a
/// file still being written, and stays up.
@Suite(.serialized)
struct InterruptedWriterTests {
    /// One line per write(), 50 ms apart, 40 lines (2 s in all) against a 0.5 s settle window.
    @Test func lineByLineWriterIsTakenOnceWhole() async throws {
        let daemon = try DaemonProcess(settle: 0.5)
        try await daemon.start()
        let lines = (1...40).map { "Pier \($0) of the Lineby harbour took \($0 * 7 + 3) boats on Monday, the port warden Ilse Marrow said.\n" }
        try await DeliveryPathTests.writeSlowlyThenExpectWhole(lines, as: "lines.txt", pause: .milliseconds(50), to: daemon)
        try DeliveryPathTests.expectProcessedOnce(daemon, name: "lines.txt", sentence: "Pier 1 of the Lineby harbour took 10 boats")
        #expect(try daemon.claims(containing: "Pier 40 of the Lineby harbour took 283 boats").count == 1, "the last line's claim is missing")
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM deliveries") == [["1"]])
    }

    /// A scraper process killed with SIGKILL in the middle of a file it writes in place: the kernel
    /// closes the file, which then stays as it is. A .json cut off before its closing brace goes to
    /// failed/ saying so; a .txt cut mid-sentence cannot be told from a whole one and is processed.
    @Test func scraperKilledMidWrite() async throws {
        let daemon = try DaemonProcess(rescanInterval: 1)
        try await daemon.start()
        let whole = "Port officials said 12 container ships waited outside the Killwrite harbour on Monday."
        let cut = "The Killwrite council said repairs to the northern pier would cost 4 mil"
        try Self.writeAndDie(#"{"outlet": "WION", "title": "Ships", "text": "\#(whole) \#(cut)"#, to: daemon.drop + "/cut.json")
        try Self.writeAndDie("Source: WION\n\n\(whole)\n\(cut)", to: daemon.drop + "/cut.txt")

        try await waitUntil(timeout: 15, "both files to be handled") {
            filesUnder(daemon.drop).isEmpty && filesUnder(daemon.processed) == ["cut.txt"] && filesUnder(daemon.failed) == ["cut.json"]
        }
        let reason = try String(contentsOfFile: daemon.failed + "/cut.json.reason", encoding: .utf8)
        #expect(reason.hasPrefix("truncated:") && reason.contains("cut off"), "the reason should say the JSON was cut off: \(reason)")
        // The .txt: its whole sentence is a claim. The cut last line, without an end mark, is taken
        // for page furniture after the article's end (`claimwatch extract` lists it under removed
        // lines), so the half sentence does not become a claim.
        #expect(try daemon.claims(containing: whole).count == 1)
        let stored = try daemon.claims(search: "Killwrite council repairs northern pier").compactMap { $0["text"] as? String }
        #expect(!stored.contains { $0.contains("The Killwrite council said") }, "the cut sentence became a claim: \(stored)")

        // Two periodic rescans later, nothing was taken again and the daemon is still up.
        try await Task.sleep(for: .milliseconds(2500))
        #expect(daemon.process?.isRunning == true, "the daemon stopped:\n\(daemon.log().suffix(2000))")
        let status = try daemon.status()
        #expect(status.processed == 1 && status.failed == 1 && status.duplicates == 0, "\(status)")
        #expect(
            try ProcessHelpers.sqlite(daemon.database, "SELECT outcome, COUNT(*) FROM deliveries GROUP BY outcome ORDER BY outcome")
                == [["failed", "1"], ["processed", "1"]])
        #expect(try daemon.claims(containing: whole).count == 1, "the whole sentence was recorded twice")
    }

    /// Runs `/bin/sh`, which opens `path` for writing (as `> path` does), writes `text` and kills
    /// itself with SIGKILL before closing it.
    static func writeAndDie(_ text: String, to path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"exec 3>"$1"; printf '%s' "$2" >&3; kill -9 $$; echo survived >&3"#, "sh", path, text]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL, "the writer was not killed")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == text, "the killed writer should leave exactly what it wrote: \(written.debugDescription)")
    }
}
