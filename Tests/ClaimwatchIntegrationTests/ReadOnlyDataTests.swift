import Foundation
import Testing

/// A data directory claimwatch cannot write: start-up refuses with exit 73 (EX_CANTCREAT) and a
/// message naming the directory that stops it and what to do, before anything is written. The
/// folder is read-only through a bind mount in the command's own mount namespace (root) or chmod
/// 0555 (not root); see `ReadOnlyFolder`.
@Suite(.serialized, .enabled(if: ReadOnlyFolder.here != .unavailable, "\(ReadOnlyFolder.reason)"))
struct ReadOnlyDataTests {
    /// The data directory as a first start finds it, as a start after `mkdir` of the folders finds
    /// it, and with a database of an earlier run in it.
    @Test(arguments: ["empty", "folders only", "with a database"])
    func readOnlyDataDirectoryExits73(_ state: String) throws {
        let daemon = try DaemonProcess()
        try FileManager.default.removeItem(atPath: daemon.staging)
        if state == "folders only" {
            for folder in [daemon.drop, daemon.processed, daemon.failed] {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            }
        } else if state == "with a database" {
            try daemon.createDatabase()
        }
        let before = try entries(daemon.data.path)

        let mode = ReadOnlyFolder.here
        let run = try mode.claimwatch(["run", "--config", daemon.configPath], readOnly: daemon.data.path)
        let data = tidy(daemon.data.path)
        #expect(run.status == 73, "run exited \(run.status):\n\(run.stderr)")
        #expect(run.stderr.hasPrefix("claimwatch: cannot "), "stderr: \(run.stderr)")
        #expect(
            run.stderr.contains(": \(data) \(mode.refusal)") || run.stderr.contains(": \(data)/incoming \(mode.refusal)"),
            "the message should name the data directory and why:\n\(run.stderr)")
        #expect(run.stderr.contains("paths.data"), "the message should say what to do:\n\(run.stderr)")
        #expect(!run.stderr.contains("watching "))
        // The read commands create nothing: without a database they say so (exit 69), with one
        // they read it, read-only directory and all.
        let status = try mode.claimwatch(["status", "--config", daemon.configPath], readOnly: daemon.data.path)
        if state == "with a database" {
            #expect(status.status == 0, "status exited \(status.status):\n\(status.stderr)")
            #expect(status.stdout.contains("articles:       1"), "\(status.stdout)")
            let claims = try mode.claimwatch(["claims", "--data", daemon.data.path], readOnly: daemon.data.path)
            #expect(claims.status == 0, "claims exited \(claims.status):\n\(claims.stderr)")
        } else {
            #expect(status.status == 69, "status exited \(status.status):\n\(status.stderr)")
            #expect(status.stderr.contains("no claimwatch database here"), "\(status.stderr)")
        }
        // Nothing was written.
        #expect(try entries(daemon.data.path) == before)
    }

    /// A data directory that does not exist, under a folder that cannot be written: the message
    /// names that folder, not only the missing path.
    @Test func missingDataDirectoryUnderAReadOnlyFolderExits73() throws {
        let directory = try TemporaryDirectory("cw-ro-parent")
        let locked = tidy(directory.file("locked"))
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        let config = directory.file("claimwatch.toml")
        try Data("[paths]\ndata = \"\(locked)/claimwatch/data\"\n".utf8).write(to: URL(fileURLWithPath: config))

        let mode = ReadOnlyFolder.here
        let run = try mode.claimwatch(["run", "--config", config], readOnly: locked)
        #expect(run.status == 73, "run exited \(run.status):\n\(run.stderr)")
        #expect(
            run.stderr.contains("cannot write the drop folder \(locked)/claimwatch/data/incoming:"),
            "the message should name the missing path:\n\(run.stderr)")
        #expect(run.stderr.contains(": \(locked) \(mode.refusal)"), "the message should name the folder that stops it:\n\(run.stderr)")
        #expect(run.stderr.contains("paths.data"), "the message should say what to do:\n\(run.stderr)")
        #expect(try entries(locked).isEmpty)
    }

    /// The path as messages show it: `/tmp//x` (NSTemporaryDirectory ends with a slash) as `/tmp/x`.
    func tidy(_ path: String) -> String { path.replacingOccurrences(of: "//", with: "/") }

    /// The files and folders under `path`, recursively, with their sizes: what a refused start must not change.
    func entries(_ path: String) throws -> [String] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: path).sorted()
        return try names.map { name in
            let size = try FileManager.default.attributesOfItem(atPath: path + "/" + name)[.size] as? Int ?? -1
            return "\(name) \(size)"
        }
    }
}
