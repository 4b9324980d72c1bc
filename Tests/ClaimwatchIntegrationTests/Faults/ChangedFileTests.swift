import Foundation
import Testing

/// A file written to after it was read is not moved with its old content recorded: the change is
/// caught by its size and mtime, nothing is recorded, and the file is read again once it settles.
/// (The test-only fault point `in-file:sleep` holds each `fault-*` file for 2 s after it is read.)
struct ChangedFileTests {
    @Test func aFileAppendedToWhileItIsReadIsReadAgainWhole() async throws {
        let daemon = try DaemonProcess(settle: 0.5)
        try await daemon.start(environment: ["CLAIMWATCH_FAULT_POINT": "in-file:sleep"])
        let first = "Source: Gazette\n\nThe ministry said the new bridge over the Varna river will open on 3 May 2025.\n"
        try daemon.drop(first, as: "fault-bridge.txt")
        try await waitUntil(timeout: 30, "the file to be read") { daemon.log().contains("reached (sleep) for fault-bridge.txt") }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: daemon.drop + "/fault-bridge.txt"))
        handle.seekToEndOfFile()
        handle.write(Data("The mayor said the bridge will cost 45 million euros, twice the first estimate.\n".utf8))
        try handle.close()
        try await waitUntil(timeout: 30, "the file to be processed") { filesUnder(daemon.processed) == ["fault-bridge.txt"] }
        await daemon.stop()
        #expect(daemon.log().contains("changed while it was read"), "\(daemon.log())")
        let articles = try ProcessHelpers.sqlite(daemon.database, "SELECT instr(body, '45 million euros') > 0 FROM articles")
        #expect(articles == [["1"]], "one article, recorded once, with the appended text: \(articles)")
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM deliveries") == [["1"]])
    }
}
