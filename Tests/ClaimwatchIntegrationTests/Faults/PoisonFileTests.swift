import Foundation
import Testing

/// An error that comes from one file's content is that file's failure, never its batch's: the
/// file goes to failed/ with a reason and the files dropped with it or after it go through. Only a
/// storage fault holds a batch back (DiskFullTests).
@Suite(.serialized)
struct PoisonFileTests {
    static let hugeNumber = "1" + String(repeating: "0", count: 309)

    /// The number that once became `inf` and stopped the pipeline for good, in a batch with two
    /// good files (all three found by the start-up scan, so that they share one batch).
    @Test func aNumberTooLargeForADoubleHoldsNothingBack() async throws {
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: true)
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 3, outlet: "A"), as: "A/a.txt")
        try daemon.drop("Source: P\n\nThe ministry said the debt reached \(Self.hugeNumber) dollars on Tuesday.\n", as: "P/poison.txt")
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 3, outlet: "B"), as: "B/b.txt")
        try await daemon.start()
        try await waitUntil(timeout: 30, "every file to leave the drop folder") { filesUnder(daemon.drop).isEmpty }
        #expect(filesUnder(daemon.processed).contains("A/a.txt") && filesUnder(daemon.processed).contains("B/b.txt"))
        // The number is refused as a quantity; the sentence may still be a claim.
        #expect(filesUnder(daemon.processed).contains("P/poison.txt") || filesUnder(daemon.failed).contains("P/poison.txt"))
        await daemon.stop()
        #expect(!daemon.log().contains("cannot commit a batch"), "\(daemon.log())")
        let extract = try runClaimwatch(["extract", "--json", daemon.processed + "/P/poison.txt"])
        #expect(extract.status == 0, "extract --json: \(extract.stderr)")
        #expect(!extract.stdout.contains("inf"), "\(extract.stdout)")
    }

    /// The principle, with any error that is not the storage's: the test-only fault point throws
    /// one while `fault-*` files are handled.
    @Test func anErrorFromOneFileFailsThatFileAlone() async throws {
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: true)
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 4, outlet: "A"), as: "A/a.txt")
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 4, outlet: "F"), as: "F/fault-f.txt")
        try daemon.drop(SyntheticArticles.sharedClaims(topic: 4, outlet: "B"), as: "B/b.txt")
        try await daemon.start(environment: ["CLAIMWATCH_FAULT_POINT": "in-file:throw"])
        try await waitUntil(timeout: 30, "every file to leave the drop folder") { filesUnder(daemon.drop).isEmpty }
        #expect(filesUnder(daemon.processed).sorted() == ["A/a.txt", "B/b.txt"])
        #expect(filesUnder(daemon.failed) == ["F/fault-f.txt"])
        // The reason is written right after the move: wait for it, not only for the drop folder.
        let reasonPath = daemon.failed + "/F/fault-f.txt.reason"
        try await waitUntil(timeout: 30, "the reason of the failed file") {
            !((try? String(contentsOfFile: reasonPath, encoding: .utf8)) ?? "").isEmpty
        }
        let reason = try String(contentsOfFile: reasonPath, encoding: .utf8)
        #expect(reason.hasPrefix("unrecordable: fault point in-file:throw"), "\(reason)")
        // Nothing of the failed file was recorded; the other two were, and B's repeat raised an alert.
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT outlet FROM articles ORDER BY outlet") == [["A"], ["B"]])
        #expect(try ProcessHelpers.jsonlAlertIDs(daemon.alertsJSONL).count >= 1)
        let status = try runClaimwatch(["status", "--config", daemon.configPath])
        #expect(status.stdout.contains("F/fault-f.txt: unrecordable"), "\(status.stdout)")
        await daemon.stop()
    }
}
