import Foundation
import Testing

/// A full disk, simulated with `PRAGMA max_page_count` (CLAIMWATCH_TEST_SPARE_PAGES): the commit
/// fails as a whole, the file waits in the drop folder, the daemon says why and retries, and once
/// there is room the file is processed exactly once.
@Suite(.serialized)
struct DiskFullTests {
    @Test func aFullDiskKeepsTheFileAndItIsProcessedOnceThereIsRoom() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(environment: ["CLAIMWATCH_TEST_SPARE_PAGES": "0"])
        // Long enough to need new pages (a fresh database's empty tables have room for a short one).
        let body = (1...400).map { "Official \($0) said the ministry counted \($0 * 3) drones over the capital on Tuesday night." }.joined(
            separator: " ")
        try daemon.drop("Source: WION\n\n\(body)\n", as: "a.txt")
        try await waitUntil(timeout: 30, "the failed commit to be logged") { daemon.log().contains("cannot commit a batch") }
        #expect(daemon.log().contains("full"), "the log should say the database is full:\n\(daemon.log())")
        #expect(daemon.log().contains("retrying in"))
        #expect(daemon.process?.isRunning == true)
        #expect(FileManager.default.fileExists(atPath: daemon.drop + "/a.txt"), "the file waits in the drop folder")
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles") == [["0"]], "no partial commit")
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM deliveries") == [["0"]], "no partial commit")
        await daemon.stop()

        try await daemon.start()
        try await waitUntil(timeout: 30, "the file to be processed once there is room") { filesUnder(daemon.processed).count == 1 }
        await daemon.stop()
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM articles") == [["1"]])
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT outcome, moved FROM deliveries") == [["processed", "1"]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: daemon.drop).isEmpty)
    }
}
