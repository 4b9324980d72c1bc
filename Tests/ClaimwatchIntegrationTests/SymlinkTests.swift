import Foundation
import Testing

/// The drop folder, or an outlet folder in it, moved away or replaced by a symbolic link: the
/// daemon never reads or moves a file through the link or in the moved-away folder, says why, and
/// carries on once a directory is back. Periodic rescans run every second, so that a rescan
/// through the link would be caught too.
@Suite(.serialized)
struct SymlinkTests {
    static func article(_ tag: String) -> String { DeliveryPathTests.article(tag) }

    /// Nothing of `names` (in `folder`) was read, moved or recorded.
    static func expectUntouched(_ daemon: DaemonProcess, _ folder: String, _ names: [String], tags: [String]) throws {
        for name in names {
            #expect(entryExists(folder + "/" + name), "\(name) left \(folder)")
        }
        let handled = filesUnder(daemon.processed) + filesUnder(daemon.failed)
        #expect(
            !handled.contains { name in names.contains { ($0 as NSString).lastPathComponent == (name as NSString).lastPathComponent } }, "\(handled)")
        for tag in tags {
            #expect(try daemon.claims(containing: "outside the \(tag) harbour").isEmpty, "the file tagged \(tag) was read")
        }
    }

    @Test func dropFolderMovedAwayAndANewOneCreated() async throws {
        let daemon = try DaemonProcess(settle: 0.3, rescanInterval: 1)
        try await daemon.start()
        try daemon.drop(Self.article("First"), as: "first.txt")
        try await DeliveryPathTests.waitProcessed(daemon, ["first.txt"])

        let movedAway = daemon.data.file("moved-away")
        #expect(rename(daemon.drop, movedAway) == 0)
        try await waitUntil(timeout: 10, "the daemon to notice the drop folder is gone") { daemon.log().contains("is gone") }
        try writeInPlace(Self.article("Stale"), to: movedAway + "/stale.txt")
        try writeInPlace(Self.article("StaleOutlet"), to: movedAway + "/WION/stale-outlet.txt")
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: false)
        try daemon.drop(Self.article("Fresh"), as: "fresh.txt")
        try await DeliveryPathTests.waitProcessed(daemon, ["fresh.txt"])
        try writeInPlace(Self.article("Later"), to: daemon.drop + "/later.txt")
        try await DeliveryPathTests.waitProcessed(daemon, ["later.txt"])
        // Two rescan periods more: still nothing from the moved-away folder.
        try await Task.sleep(for: .seconds(2.5))
        try Self.expectUntouched(daemon, movedAway, ["stale.txt", "WION/stale-outlet.txt"], tags: ["Stale", "StaleOutlet"])
        #expect(filesUnder(daemon.processed) == ["first.txt", "fresh.txt", "later.txt"])
        #expect(daemon.process?.isRunning == true)
    }

    @Test func dropFolderReplacedByASymbolicLinkIsNotFollowed() async throws {
        let directory = try TemporaryDirectory("cw-notify")
        let socket = try FakeNotifySocket(path: directory.file("notify.sock"))
        let daemon = try DaemonProcess(settle: 0.3, rescanInterval: 1)
        try await daemon.start(environment: ["NOTIFY_SOCKET": socket.path])
        try daemon.drop(Self.article("First"), as: "first.txt")
        try await DeliveryPathTests.waitProcessed(daemon, ["first.txt"])

        let elsewhere = daemon.data.file("elsewhere")
        try writeInPlace(Self.article("Secret"), to: elsewhere + "/secret.txt")
        try writeInPlace(Self.article("SecretOutlet"), to: elsewhere + "/WION/secret-outlet.txt")
        try FileManager.default.removeItem(atPath: daemon.drop)
        #expect(symlink(elsewhere, daemon.drop) == 0)
        try await waitUntil(timeout: 10, "the log to say the link is not followed") {
            daemon.log().contains("has been replaced by a symbolic link to \(elsewhere); claimwatch does not follow it; put a directory back")
        }
        // Written through the link while it stands: not read either.
        try writeInPlace(Self.article("Through"), to: daemon.drop + "/through.txt")
        try await Task.sleep(for: .seconds(2.5))
        try Self.expectUntouched(
            daemon, elsewhere, ["secret.txt", "WION/secret-outlet.txt", "through.txt"], tags: ["Secret", "SecretOutlet", "Through"])
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT count(*) FROM deliveries") == [["1"]])
        let statuses = socket.messages.flatMap(\.lines).filter { $0.hasPrefix("STATUS=") }
        #expect(statuses.last?.contains("is a symbolic link to \(elsewhere), not followed") == true, "\(statuses.suffix(3))")
        #expect(daemon.process?.isRunning == true)
        #expect(daemon.log().components(separatedBy: "has been replaced by a symbolic link").count == 2, "the warning should be logged once")

        // A directory put back: processed again.
        #expect(unlink(daemon.drop) == 0)
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: false)
        try await waitUntil(timeout: 10, "the daemon to watch the folder again") { daemon.log().contains("watching again") }
        try writeInPlace(Self.article("Back"), to: daemon.drop + "/back.txt")
        try await DeliveryPathTests.waitProcessed(daemon, ["back.txt"])
        try Self.expectUntouched(
            daemon, elsewhere, ["secret.txt", "WION/secret-outlet.txt", "through.txt"], tags: ["Secret", "SecretOutlet", "Through"])
        #expect(filesUnder(daemon.processed) == ["back.txt", "first.txt"])
    }

    /// An outlet folder that is a link to a folder outside, at start-up and put in place of a
    /// watched outlet folder while running: skipped, its files never read.
    @Test func outletFolderThatIsASymbolicLinkIsNotFollowed() async throws {
        let daemon = try DaemonProcess(settle: 0.3, rescanInterval: 1)
        let outside = daemon.data.file("outside")
        try writeInPlace(Self.article("Outside"), to: outside + "/outside.txt")
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: true)
        #expect(symlink(outside, daemon.drop + "/Linked") == 0)
        try writeInPlace(Self.article("Watched"), to: daemon.drop + "/WION/watched.txt")
        try await daemon.start()
        try await DeliveryPathTests.waitProcessed(daemon, ["WION/watched.txt"])

        // The watched WION folder is moved out and a link to it put in its place.
        let movedOutlet = daemon.data.file("moved-outlet")
        #expect(rename(daemon.drop + "/WION", movedOutlet) == 0)
        #expect(symlink(movedOutlet, daemon.drop + "/WION") == 0)
        try writeInPlace(Self.article("MovedOutlet"), to: movedOutlet + "/moved.txt")
        try daemon.drop(Self.article("Control"), as: "control.txt")
        try await DeliveryPathTests.waitProcessed(daemon, ["control.txt"])
        try await Task.sleep(for: .seconds(2.5))
        try Self.expectUntouched(daemon, outside, ["outside.txt"], tags: ["Outside"])
        try Self.expectUntouched(daemon, movedOutlet, ["moved.txt"], tags: ["MovedOutlet"])
        let skips = daemon.log().split(separator: "\n").filter { $0.contains("skipped: a symbolic link") }
        #expect(skips.contains { $0.contains("file.name=Linked") } && skips.contains { $0.contains("file.name=WION") }, "\(skips)")
        #expect(filesUnder(daemon.processed) == ["WION/watched.txt", "control.txt"])
        #expect(daemon.process?.isRunning == true)
    }

    /// A configured drop folder that is itself a symbolic link is resolved once, at start-up, and
    /// said so in the log; files dropped through it are processed.
    @Test func aConfiguredDropFolderThatIsALinkIsResolvedAtStartUp() async throws {
        let daemon = try DaemonProcess()
        let real = daemon.data.file("real-incoming")
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        #expect(symlink(real, daemon.drop) == 0)
        try await daemon.start()
        let resolved = URL(fileURLWithPath: real).resolvingSymlinksInPath().path
        #expect(daemon.log().contains("the drop folder \(daemon.drop) is a symbolic link; watching \(resolved),"), "\(daemon.log())")
        try daemon.drop(Self.article("Resolved"), as: "resolved.txt")
        try await DeliveryPathTests.waitProcessed(daemon, ["resolved.txt"])
        #expect(filesUnder(real).isEmpty)
        #expect(try daemon.claims(containing: "outside the Resolved harbour").count == 1)
    }
}
