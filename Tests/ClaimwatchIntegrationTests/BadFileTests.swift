import Foundation
import Testing

/// A file the daemon cannot turn into an article, and what its `.reason` must say.
struct BadFile: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    /// The code word the reason starts with.
    var code: String
    /// Another phrase the reason must contain, so that it names this very problem.
    var mentions: String
    /// Written in place (settle window) rather than renamed in.
    var inPlace = false

    var testDescription: String { name }

    static let limit = 1000

    static let all: [BadFile] = [
        BadFile(name: "empty.txt", bytes: [], code: "empty", mentions: "0 bytes", inPlace: true),
        BadFile(name: "whitespace.txt", bytes: Array("  \n\t\n   \r\n\n".utf8), code: "empty", mentions: "whitespace", inPlace: true),
        BadFile(
            name: "header-only.txt", bytes: Array("Title: Drones over the capital\nSource: WION\nDate: 2026-11-24\n\n\n".utf8),
            code: "empty", mentions: "header block"),
        // "€" is E2 82 AC; the file stops after E2 82.
        BadFile(
            name: "truncated-utf8.txt", bytes: Array("The ministry said repairs would cost 4 million ".utf8) + [0xE2, 0x82],
            code: "truncated", mentions: "UTF-8"),
        BadFile(
            name: "nul-bytes.txt", bytes: Array("The ministry said 42 drones".utf8) + [0, 0, 0] + Array(" were shot down.".utf8),
            code: "binary", mentions: "NUL"),
        BadFile(name: "random-bytes.txt", bytes: randomBytes(900, seed: 0x5EED), code: "binary", mentions: "NUL", inPlace: true),
        // Shift-JIS Japanese ("日本語のニュース記事です。"): neither UTF-8 nor Windows-1252 text.
        // (Latin-1 / Windows-1252 text is decoded, see IntakeTests.)
        BadFile(
            name: "shift-jis.txt",
            bytes: [
                0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x6A, 0x83, 0x85, 0x81, 0x5B,
                0x83, 0x58, 0x8B, 0x4C, 0x8E, 0x96, 0x82, 0xC5, 0x82, 0xB7, 0x81, 0x42,
            ],
            code: "undecodable", mentions: "UTF-8"),
        BadFile(
            name: "too-large.txt", bytes: Array(String(repeating: "The ministry said 42 drones were shot down over the capital. ", count: 30).utf8),
            code: "too-large", mentions: "max_file_bytes"),
        BadFile(
            name: "unparseable.json", bytes: Array(#"{"outlet": "WION", "text": 'single quotes are not JSON'}"#.utf8),
            code: "unparseable", mentions: "JSON"),
        BadFile(
            name: "truncated.json", bytes: Array(#"{"outlet": "WION", "title": "Drones", "text": "The ministry said 42 drones were sh"#.utf8),
            code: "truncated", mentions: "cut off"),
        BadFile(
            name: "article.pdf", bytes: Array("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8),
            code: "unsupported-format", mentions: ".pdf", inPlace: true),
    ]

    /// Deterministic noise (SplitMix64), so that a failure can be reproduced byte for byte.
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }
}

/// What one daemon did with every bad file, then with good files dropped after them.
struct BadFileRun: Sendable {
    struct Seen: Sendable {
        var inDrop: Bool
        var inProcessed: Bool
        var inFailed: Bool
        var reason: String?
    }

    var seen: [String: Seen]
    var goodFilesProcessed: [String]
    var runningAfterwards: Bool
    var status: StatusReport
    var failedFolder: [String]

    static let good = ["after-rename.txt", "after-in-place.txt"]

    /// One daemon for all the bad files: drop them all, wait until each is handled, then drop good ones.
    static let shared = Task { try await collect() }

    private static func collect() async throws -> BadFileRun {
        let daemon = try DaemonProcess(settle: 0.3, extraConfig: "\n[intake]\nmax_file_bytes = \(BadFile.limit)\n")
        try await daemon.start()
        for file in BadFile.all {
            let path = daemon.drop + "/" + file.name
            if file.inPlace {
                try writeInPlace(file.bytes, to: path)
            } else {
                try deliverBytesByRename(file.bytes, to: path, staging: daemon.staging)
            }
        }
        try await waitUntil(timeout: 20, "every bad file to be handled") {
            filesUnder(daemon.drop).isEmpty && BadFile.all.allSatisfy { entryExists(daemon.failed + "/" + $0.name + ".reason") }
        }
        try daemon.drop("Port officials said 12 container ships waited outside the harbour on Monday.\n", as: good[0])
        try writeInPlace("The council said repairs to the northern pier would cost 4 million euros.\n", to: daemon.drop + "/" + good[1])
        try? await waitUntil(timeout: 10, "the good files to be processed") { Set(good).isSubset(of: filesUnder(daemon.processed)) }

        var seen: [String: Seen] = [:]
        for file in BadFile.all {
            let reason = try? String(contentsOfFile: daemon.failed + "/" + file.name + ".reason", encoding: .utf8)
            seen[file.name] = Seen(
                inDrop: entryExists(daemon.drop + "/" + file.name), inProcessed: entryExists(daemon.processed + "/" + file.name),
                inFailed: entryExists(daemon.failed + "/" + file.name), reason: reason)
        }
        let run = BadFileRun(
            seen: seen, goodFilesProcessed: filesUnder(daemon.processed), runningAfterwards: daemon.process?.isRunning == true,
            status: try daemon.status(), failedFolder: filesUnder(daemon.failed))
        await daemon.stop()
        return run
    }
}

/// Files that cannot be articles go to failed/ with a `.reason` naming the problem; the daemon
/// carries on with the next file.
@Suite(.serialized)
struct BadFileTests {
    @Test(arguments: BadFile.all)
    func badFileGoesToFailedWithReason(_ file: BadFile) async throws {
        let run = try await BadFileRun.shared.value
        let seen = try #require(run.seen[file.name])
        #expect(!seen.inDrop, "\(file.name) is still in the drop folder")
        #expect(!seen.inProcessed, "\(file.name) went to processed/")
        #expect(seen.inFailed, "\(file.name) is not in failed/")
        let reason = try #require(seen.reason, "failed/\(file.name).reason is missing")
        #expect(reason.hasPrefix(file.code + ":"), "reason for \(file.name) should start with '\(file.code):': \(reason)")
        #expect(reason.contains(file.mentions), "reason for \(file.name) should mention '\(file.mentions)': \(reason)")
    }

    @Test func daemonCarriesOnAfterBadFiles() async throws {
        let run = try await BadFileRun.shared.value
        #expect(run.runningAfterwards)
        #expect(run.goodFilesProcessed == BadFileRun.good.sorted())
        #expect(run.failedFolder == BadFile.all.map(\.name).sorted())
    }

    @Test func statusShowsFailedCountAndLastError() async throws {
        let run = try await BadFileRun.shared.value
        #expect(run.status.failed == BadFile.all.count, "\(run.status)")
        #expect(run.status.processed == BadFileRun.good.count, "\(run.status)")
        #expect(run.status.text.contains("(\(BadFile.all.count) files, each with a .reason)"), "\(run.status)")
        let lastError = try #require(run.status.lastError, "no last error in:\n\(run.status)")
        let named = BadFile.all.filter { lastError.contains($0.name + ": " + $0.code + ":") }
        #expect(named.count == 1, "last error should name one bad file and its reason: \(lastError)")
    }
}
