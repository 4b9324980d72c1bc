import Foundation
import Testing

/// The same bytes delivered twice are one article: the second file is recorded as a duplicate,
/// moved out of the drop folder, and raises no alert even from another outlet's folder.
@Suite(.serialized)
struct DuplicateTests {
    static let original = """
        The ministry said 42 drones were shot down over the capital on Tuesday night.
        Officials said the attack damaged 17 residential buildings in three districts.
        Mayor Anna Kovalenko said power was restored to 9,000 homes by Wednesday morning.
        """

    /// Another outlet's article repeating two of the original's claims: it raises repeat alerts.
    static let repeating = """
        Air defence units were busy again overnight.
        The ministry said 42 drones were shot down over the capital on Tuesday night.
        Officials said the attack damaged 17 residential buildings in three districts.
        Rescue crews said two people were injured in the Obolon district.
        """

    /// Claims, alert lines in alerts.jsonl and alerts in the database.
    static func snapshot(_ daemon: DaemonProcess) throws -> (claims: Int, alertLines: Int, alerts: Int) {
        let alerts = try daemon.command(["alerts", "--data", daemon.data.path, "--json"])
        guard alerts.status == 0 else { throw HarnessError("alerts exited \(alerts.status): \(alerts.stderr)") }
        return (try daemon.claims().count, daemon.alertLineCount(), alerts.stdout.split(separator: "\n").count)
    }

    @Test func sameContentUnderAnotherName() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(Self.original, as: "a.txt")
        try await waitUntil(timeout: 10, "a.txt to be processed") { filesUnder(daemon.processed) == ["a.txt"] }
        let before = try Self.snapshot(daemon)
        #expect(before.claims == 3)

        try daemon.drop(Self.original, as: "a-again.txt")
        try await waitUntil(timeout: 10, "a-again.txt to leave the drop folder") { filesUnder(daemon.drop).isEmpty }
        #expect(filesUnder(daemon.processed) == ["a-again.txt", "a.txt"])
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)
        let status = try daemon.status()
        #expect(status.processed == 1, "\(status)")
        #expect(status.duplicates == 1, "\(status)")
        #expect(status.failed == 0, "\(status)")
        try await Task.sleep(for: .milliseconds(500))
        let after = try Self.snapshot(daemon)
        #expect(after.claims == before.claims, "the duplicate's claims were stored again")
        #expect(after.alertLines == before.alertLines)
        #expect(after.alerts == before.alerts)
        #expect(daemon.log().contains("duplicate of content already processed"))
    }

    /// A processed file moved back into the drop folder keeps its name, inode and mtime: it must be
    /// seen as a new delivery of known content, not as an interrupted move to finish.
    @Test func processedFileMovedBackIsADuplicate() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(Self.original, as: "a.txt")
        try await waitUntil(timeout: 10, "a.txt to be processed") { filesUnder(daemon.processed) == ["a.txt"] }
        try await waitUntil(timeout: 10, "the move to be recorded") {
            try ProcessHelpers.sqlite(daemon.database, "SELECT moved FROM deliveries").first == ["1"]
        }
        #expect(rename(daemon.processed + "/a.txt", daemon.drop + "/a.txt") == 0)
        try await waitUntil(timeout: 10, "a.txt to leave the drop folder again") { filesUnder(daemon.drop).isEmpty }
        try await waitUntil(timeout: 10, "the second delivery to be recorded") { try daemon.status().duplicates == 1 }
        let status = try daemon.status()
        #expect(status.processed == 1, "\(status)")
        #expect(filesUnder(daemon.processed) == ["a.txt"])
    }

    @Test func sameContentInAnotherOutletFolderRaisesNoAlert() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(Self.original, as: "WION/a.txt")
        try await waitUntil(timeout: 10, "WION/a.txt to be processed") { filesUnder(daemon.processed) == ["WION/a.txt"] }
        // A different article from a second outlet repeats two claims: the set-up raises alerts,
        // so a third outlet carrying the same bytes would raise some too, if it were not a duplicate.
        try daemon.drop(Self.repeating, as: "KyivWire/b.txt")
        try await waitUntil(timeout: 10, "the repeat alerts") { daemon.alertLineCount() >= 2 }
        let before = try Self.snapshot(daemon)
        #expect(before.alerts == before.alertLines)

        try daemon.drop(Self.repeating, as: "Reuters/c.txt")
        try await waitUntil(timeout: 10, "Reuters/c.txt to leave the drop folder") { filesUnder(daemon.drop).isEmpty }
        #expect(filesUnder(daemon.processed) == ["KyivWire/b.txt", "Reuters/c.txt", "WION/a.txt"])
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)
        let status = try daemon.status()
        #expect(status.processed == 2, "\(status)")
        #expect(status.duplicates == 1, "\(status)")
        #expect(status.failed == 0, "\(status)")
        // Alerts are appended right after the move: give a wrongly raised one time to show up.
        try await Task.sleep(for: .milliseconds(500))
        let after = try Self.snapshot(daemon)
        let raised = try daemon.alerts().dropFirst(before.alertLines)
        #expect(after.alertLines == before.alertLines, "the duplicate raised alerts: \(raised)")
        #expect(after.alerts == before.alerts)
        #expect(after.claims == before.claims)
        #expect(try daemon.claims().allSatisfy { $0["outlet"] as? String != "Reuters" })
    }
}
