import Foundation
import Testing

@testable import ClaimwatchDaemon

/// Creating claimwatch's folders, and what the refusal names when it cannot (the read-only cases,
/// which need a mount or another user, are in ReadOnlyDataTests).
struct WritableStorageTests {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "claimwatch-storage-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: false)
    }

    @Test func createsMissingParentsAndAcceptsAnExistingFolder() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/a/b/incoming"
        try WritableStorage.createDirectory(folder, role: "the drop folder")
        #expect(WritableStorage.isDirectory(folder))
        try WritableStorage.createDirectory(folder, role: "the drop folder")
    }

    /// A file where a folder of the path should be: the message names that file and what to do.
    @Test(arguments: ["data", "data/incoming"])
    func aFileInTheWayIsNamed(_ inTheWay: String) throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/data", withIntermediateDirectories: false)
        if inTheWay == "data" { try FileManager.default.removeItem(atPath: root + "/data") }
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + inTheWay))
        #expect {
            try WritableStorage.createDirectory(root + "//data/incoming", role: "the drop folder")
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("cannot create the drop folder \(root)/data/incoming: \(root)/\(inTheWay) is not a directory; move it aside")
                && message.contains("paths.data")
        }
    }
}
