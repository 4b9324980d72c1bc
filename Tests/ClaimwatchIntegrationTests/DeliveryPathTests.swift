import Foundation
import Testing

/// Every way a scraper can put a file into the drop folder, against the running daemon: each file
/// is processed exactly once and whole, and what is not an article is left alone.
@Suite(.serialized)
struct DeliveryPathTests {
    /// A short article with claims; `tag` makes its content (and its claims) unique.
    static func article(_ tag: String) -> String {
        """
        Port officials said 12 container ships waited outside the \(tag) harbour on Monday.
        The \(tag) council said repairs to the northern pier would cost 4 million euros.
        """
    }

    /// The file is gone from the drop folder, sits once in processed/, and was recorded once.
    static func expectProcessedOnce(_ daemon: DaemonProcess, name: String, sentence: String) throws {
        #expect(filesUnder(daemon.drop).isEmpty, "left in the drop folder: \(filesUnder(daemon.drop))")
        #expect(filesUnder(daemon.processed) == [name])
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)
        let status = try daemon.status()
        #expect(status.processed == 1, "\(status)")
        #expect(status.duplicates == 0, "\(status)")
        #expect(status.failed == 0, "\(status)")
        #expect(try daemon.claims(containing: sentence).count == 1, "claim '\(sentence)' not stored exactly once")
    }

    static func waitProcessed(_ daemon: DaemonProcess, _ names: [String], timeout: Double = 10) async throws {
        try await waitUntil(timeout: timeout, "\(names) to reach processed/") {
            Set(names).isSubset(of: filesUnder(daemon.processed))
        }
    }

    @Test func writtenElsewhereThenRenamedIn() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(Self.article("Rename"), as: "renamed.txt")
        try await Self.waitProcessed(daemon, ["renamed.txt"])
        try Self.expectProcessedOnce(daemon, name: "renamed.txt", sentence: "outside the Rename harbour")
    }

    @Test func writtenInPlaceLikeCp() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try writeInPlace(Self.article("Copied"), to: daemon.drop + "/copied.txt")
        try await Self.waitProcessed(daemon, ["copied.txt"])
        try Self.expectProcessedOnce(daemon, name: "copied.txt", sentence: "outside the Copied harbour")
    }

    /// Chunks arrive with pauses shorter than the settle window: the file must not be taken until
    /// the writer stops, and then whole.
    @Test func slowInPlaceWriterIsTakenWhole() async throws {
        // Pauses of 150 ms against a 1 s window: a margin that holds on a loaded 2-core machine.
        let daemon = try DaemonProcess(settle: 1.0)
        try await daemon.start()
        let last = "Harbour pilot Miriam Oyelaran said 311 cormorants nested on the breakwater this spring."
        let chunks = [
            "Port officials said 12 container ships waited outside the Slow harbour on Monday.\n",
            "The Slow council said repairs to the northern pier would cost 4 million euros.\n",
            "Dock workers said 58 cranes stood idle during the two-day strike.\n",
            "The shipping agency reported 1,200 containers delayed by the storm.\n",
            "Customs officers said 9 tonnes of cargo were inspected on Sunday.\n",
            last + "\n",
        ]
        try await Self.writeSlowlyThenExpectWhole(chunks, as: "slow.txt", pause: .milliseconds(150), to: daemon)
        try Self.expectProcessedOnce(daemon, name: "slow.txt", sentence: "311 cormorants nested on the breakwater")
        let found = try daemon.claims(search: "Oyelaran cormorants breakwater")
        #expect(found.contains { ($0["text"] as? String) == last }, "the last chunk's claim is not stored: \(found)")
        #expect(try daemon.claims(containing: "58 cranes stood idle").count == 1)
    }

    /// Writes `chunks` in place, pausing after each: the file must not be taken before the writer
    /// is done, and then must be processed with every chunk.
    static func writeSlowlyThenExpectWhole(_ chunks: [String], as name: String, pause: Duration, to daemon: DaemonProcess) async throws {
        let path = daemon.drop + "/" + name
        try await writeSlowly(chunks, to: path, pause: pause) { index in
            #expect(filesUnder(daemon.processed).isEmpty, "taken after chunk \(index + 1) of \(chunks.count), before the writer finished")
            #expect(entryExists(path), "\(name) left the drop folder after chunk \(index + 1)")
        }
        try await waitProcessed(daemon, [name])
        #expect(try String(contentsOfFile: daemon.processed + "/" + name, encoding: .utf8) == chunks.joined())
    }

    /// `link()` from a staging folder raises IN_CREATE only: no close-after-write, no rename.
    @Test func hardLinkedFromStaging() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try deliverByLink(Self.article("Linked"), to: daemon.drop + "/linked.txt", staging: daemon.staging)
        try await Self.waitProcessed(daemon, ["linked.txt"])
        try Self.expectProcessedOnce(daemon, name: "linked.txt", sentence: "outside the Linked harbour")
    }

    @Test func filesPresentBeforeStartAreProcessed() async throws {
        let daemon = try DaemonProcess()
        try writeInPlace(Self.article("Early"), to: daemon.drop + "/early.txt")
        try writeInPlace(Self.article("Earlier"), to: daemon.drop + "/WION/earlier.txt")
        try await daemon.start()
        try await Self.waitProcessed(daemon, ["early.txt", "WION/earlier.txt"])
        #expect(filesUnder(daemon.drop).isEmpty)
        let status = try daemon.status()
        #expect(status.processed == 2, "\(status)")
        #expect(status.failed == 0, "\(status)")
        let earlier = try daemon.claims(containing: "outside the Earlier harbour")
        #expect(earlier.count == 1)
        #expect(earlier.first?["outlet"] as? String == "WION")
        #expect(try daemon.claims(containing: "outside the Early harbour").count == 1)
    }

    @Test func outletSubfolderNamesTheOutletUnlessTheHeaderDoes() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(Self.article("Subfolder"), as: "WION/a.txt")
        try daemon.drop("Source: Kyiv Wire\nTitle: Pier repairs\n\n" + Self.article("Header"), as: "WION/b.txt")
        try await Self.waitProcessed(daemon, ["WION/a.txt", "WION/b.txt"])
        let fromFolder = try daemon.claims(containing: "outside the Subfolder harbour")
        #expect(fromFolder.count == 1)
        #expect(fromFolder.first?["outlet"] as? String == "WION")
        let fromHeader = try daemon.claims(containing: "outside the Header harbour")
        #expect(fromHeader.count == 1)
        #expect(fromHeader.first?["outlet"] as? String == "Kyiv Wire")
        #expect(fromHeader.first?["article_title"] as? String == "Pier repairs")
    }

    /// Only one outlet level is read: a deeper folder is reported once and left alone.
    @Test func foldersNestedDeeperThanAnOutletAreReportedAndLeft() async throws {
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: daemon.drop + "/WION/2024", withIntermediateDirectories: true)
        try writeInPlace(Self.article("Deep"), to: daemon.drop + "/WION/2024/deep.txt")
        try writeInPlace(Self.article("Shallow"), to: daemon.drop + "/WION/shallow.txt")
        try await daemon.start()
        try await Self.waitProcessed(daemon, ["WION/shallow.txt"])
        #expect(filesUnder(daemon.drop) == ["WION/2024/deep.txt"])
        #expect(daemon.log().contains("the folder WION/2024 is nested too deep"))
    }

    @Test func temporaryAndHiddenNamesAreIgnoredUntilRenamed() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let ignored = [".hidden.txt", "x.part", "y.tmp", "z.txt~", ".staging/inside.txt"]
        for (index, name) in ignored.enumerated() {
            try writeInPlace(Self.article("Ignored\(index)"), to: daemon.drop + "/" + name)
        }
        // Written after the ignored ones: once it is processed, they have had their chance.
        try writeInPlace(Self.article("Control"), to: daemon.drop + "/control.txt")
        try await Self.waitProcessed(daemon, ["control.txt"])
        try await Task.sleep(for: .seconds(1))
        #expect(filesUnder(daemon.drop) == ignored.sorted())
        #expect(filesUnder(daemon.processed) == ["control.txt"])
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)

        #expect(rename(daemon.drop + "/x.part", daemon.drop + "/x.txt") == 0)
        try await Self.waitProcessed(daemon, ["x.txt"])
        #expect(filesUnder(daemon.drop) == ignored.filter { $0 != "x.part" }.sorted())
        #expect(try daemon.claims(containing: "outside the Ignored1 harbour").count == 1)
        // A hidden staging folder inside the drop folder works too.
        #expect(rename(daemon.drop + "/.staging/inside.txt", daemon.drop + "/inside.txt") == 0)
        try await Self.waitProcessed(daemon, ["inside.txt"])
        #expect(filesUnder(daemon.drop) == [".hidden.txt", "y.tmp", "z.txt~"])
        let status = try daemon.status()
        #expect(status.processed == 3, "\(status)")
    }

    @Test func symlinkAndFIFOAreSkippedAndLeftInPlace() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let target = daemon.staging + "/target.txt"
        try writeInPlace(Self.article("Target"), to: target)
        #expect(symlink(target, daemon.drop + "/link.txt") == 0)
        #expect(mkfifo(daemon.drop + "/pipe.txt", 0o644) == 0)
        try await waitUntil(timeout: 10, "both skips to be logged") {
            let skips = daemon.log().split(separator: "\n").filter { $0.contains("skipped") }
            return skips.contains { $0.contains("link.txt") } && skips.contains { $0.contains("pipe.txt") }
        }
        let skips = daemon.log().split(separator: "\n").filter { $0.contains("skipped") }
        #expect(skips.contains { $0.contains("link.txt") && $0.contains("symbolic link") }, "\(skips)")
        #expect(skips.contains { $0.contains("pipe.txt") && $0.contains("FIFO") }, "\(skips)")
        // The daemon goes on with real files.
        try daemon.drop(Self.article("After"), as: "after.txt")
        try writeInPlace(Self.article("AfterInPlace"), to: daemon.drop + "/after2.txt")
        try await Self.waitProcessed(daemon, ["after.txt", "after2.txt"])
        #expect(daemon.process?.isRunning == true)
        #expect(filesUnder(daemon.drop) == ["link.txt", "pipe.txt"])
        var info = stat()
        #expect(lstat(daemon.drop + "/link.txt", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(lstat(daemon.drop + "/pipe.txt", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(filesUnder(daemon.processed) == ["after.txt", "after2.txt"])
        #expect(filesUnder(daemon.failed, includeReasons: true).isEmpty)
        #expect(try daemon.claims(containing: "outside the Target harbour").isEmpty, "the symlink's target was read")
        let status = try daemon.status()
        #expect(status.processed == 2, "\(status)")
        #expect(status.failed == 0, "\(status)")
    }

    @Test func dropFolderDeletedAndRecreated() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop(Self.article("Before"), as: "before.txt")
        try await Self.waitProcessed(daemon, ["before.txt"])

        try FileManager.default.removeItem(atPath: daemon.drop)
        try await waitUntil(timeout: 10, "the daemon to notice the drop folder is gone") { daemon.log().contains("is gone") }
        try FileManager.default.createDirectory(atPath: daemon.drop, withIntermediateDirectories: false)
        // Straight away, possibly before the folder is watched again: the rescan must find it.
        try daemon.drop(Self.article("Recreated"), as: "recreated.txt")
        try await Self.waitProcessed(daemon, ["recreated.txt"])
        try await waitUntil(timeout: 10, "the daemon to watch the folder again") { daemon.log().contains("watching again") }
        // Now through the new watch, written in place.
        try writeInPlace(Self.article("Rewatched"), to: daemon.drop + "/rewatched.txt")
        try await Self.waitProcessed(daemon, ["rewatched.txt"])
        #expect(daemon.process?.isRunning == true)
        #expect(filesUnder(daemon.drop).isEmpty)
        #expect(try daemon.claims(containing: "outside the Rewatched harbour").count == 1)
        let status = try daemon.status()
        #expect(status.processed == 3, "\(status)")
    }
}
