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

    /// A writer that goes on writing after the file was moved into `processed/` cannot be undone,
    /// but it is logged, once, with what to do.
    @Test func aFileWrittenToAfterItsMoveIsLogged() async throws {
        let daemon = try DaemonProcess(settle: 0.3)
        try await daemon.start()
        try daemon.drop("Source: Gazette\n\nThe ministry said the new bridge over the Varna river will open on 3 May 2025.\n", as: "bridge.txt")
        try await waitUntil(timeout: 30, "the file to be processed") { filesUnder(daemon.processed) == ["bridge.txt"] }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: daemon.processed + "/bridge.txt"))
        handle.seekToEndOfFile()
        handle.write(Data("The mayor said the bridge will cost 45 million euros.\n".utf8))
        try handle.close()
        try await waitUntil(timeout: 30, "the change to be logged") { daemon.log().contains("changed after it was recorded and moved") }
        try await Task.sleep(for: .seconds(2.5))
        await daemon.stop()
        let log = daemon.log()
        #expect(log.components(separatedBy: "changed after it was recorded and moved").count == 2, "logged once: \(log)")
        #expect(log.contains("Deliver files by rename"))
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM deliveries") == [["1"]])
    }
}
