import Foundation
import Testing

/// Start-up refusals with the exit codes the unit's RestartPreventExitStatus relies on:
/// 65 for a database from a newer claimwatch, 66 for a damaged database, 78 for a bad configuration.
@Suite(.serialized)
struct StartupRefusalTests {
    @Test func databaseFromANewerClaimwatchExits65() async throws {
        let daemon = try DaemonProcess()
        try daemon.createDatabase()
        _ = try ProcessHelpers.sqlite(daemon.database, "INSERT INTO grdb_migrations (identifier) VALUES ('v999: future')")
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM grdb_migrations WHERE identifier = 'v999: future'") == [["1"]])

        try await daemon.start(waitReady: false)
        let status = try await daemon.waitForExit(timeout: 20)
        #expect(daemon.process?.terminationReason == .exit && status == 65, "run exited \(status):\n\(daemon.log())")
        #expect(daemon.log().contains("newer claimwatch"), "the message should say a newer claimwatch wrote the database:\n\(daemon.log())")
        #expect(!daemon.log().contains("watching "))

        // The read-only commands refuse the same way, with the message on stderr.
        let run = try ProcessHelpers.claimwatch(["run", "--config", daemon.configPath])
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("newer claimwatch"), "stderr: \(run.stderr)")
        let status2 = try ProcessHelpers.claimwatch(["status", "--config", daemon.configPath])
        #expect(status2.status == 65, "\(status2.stderr)")
        // Nothing was migrated or written.
        #expect(try ProcessHelpers.sqlite(daemon.database, "SELECT identifier FROM grdb_migrations ORDER BY rowid").last == ["v999: future"])
    }

    /// A database file that is not one (random bytes), and one whose pages after the header are
    /// garbage: both exit 66 with what to do, for the daemon and the other commands alike.
    @Test(arguments: ["random bytes", "garbage after a valid header"])
    func damagedDatabaseExits66(_ damage: String) async throws {
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: (daemon.database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var bytes = damage == "random bytes" ? [] : Array("SQLite format 3\0".utf8)
        var generator = SystemRandomNumberGenerator()
        bytes += (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: URL(fileURLWithPath: daemon.database))

        try await daemon.start(waitReady: false)
        let status = try await daemon.waitForExit(timeout: 20)
        #expect(daemon.process?.terminationReason == .exit && status == 66, "run exited \(status):\n\(daemon.log())")
        #expect(daemon.log().contains("damaged or is not a claimwatch database"), "\(daemon.log())")
        #expect(daemon.log().contains("move it aside"), "the message should say what to do:\n\(daemon.log())")
        let status2 = try ProcessHelpers.claimwatch(["status", "--config", daemon.configPath])
        #expect(status2.status == 66, "\(status2.stderr)")
        // The file is left as it was, for a person to look at.
        #expect(try Data(contentsOf: URL(fileURLWithPath: daemon.database)) == Data(bytes))
    }

    /// A database damaged while claimwatch was stopped, in a table start-up does not read: the
    /// daemon starts, the first commit finds the damage, and it exits 66 instead of retrying forever.
    @Test func damageFoundAtRunTimeExits66() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        try daemon.drop("Source: WION\n\nZelensky said Russian troops are burning the faces of dead North Korean soldiers.\n", as: "a.txt")
        try await waitUntil(timeout: 30, "the first file") { filesUnder(daemon.processed).count == 1 }
        await daemon.stop()

        let page = try #require(Int(try ProcessHelpers.sqlite(daemon.database, "PRAGMA page_size").first?.first ?? ""))
        let root = try #require(
            Int(try ProcessHelpers.sqlite(daemon.database, "SELECT rootpage FROM sqlite_master WHERE name = 'articles'").first?.first ?? ""))
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: daemon.database))
        try handle.seek(toOffset: UInt64((root - 1) * page))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: page))
        try handle.close()

        try await daemon.start()
        try daemon.drop("Source: Kyiv Wire\n\nZelensky said Russian troops are burning the faces of dead North Korean soldiers.\n", as: "b.txt")
        let status = try await daemon.waitForExit(timeout: 30)
        #expect(daemon.process?.terminationReason == .exit && status == 66, "run exited \(status):\n\(daemon.log())")
        #expect(daemon.log().contains("damaged or is not a claimwatch database"), "\(daemon.log())")
        // The file was not lost: it waits in the drop folder for a repaired database.
        #expect(FileManager.default.fileExists(atPath: daemon.drop + "/b.txt"))
    }

    static func configFile(_ directory: TemporaryDirectory, _ body: String) throws -> String {
        let path = directory.file("claimwatch.toml")
        try Data(
            """
            [paths]
            data = "\(directory.file("data"))"

            \(body)
            """.utf8
        ).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [
        (body: "[watch]\nsettel_seconds = 0.5\n", key: "settel_seconds"),
        (body: "[watch]\nsettle_seconds = \"soon\"\n", key: "watch.settle_seconds"),
        (body: "[watch]\nbatch_size = 0\n", key: "watch.batch_size"),
        (body: "[log]\nlevel = \"loud\"\n", key: "log.level"),
        (body: "[matching]\nrepeat_threshold = 1.5\n", key: "matching.repeat_threshold"),
    ])
    func badConfigurationExits78NamingTheKey(body: String, key: String) throws {
        let directory = try TemporaryDirectory("cw-config")
        let config = try Self.configFile(directory, body)
        for command in ["check-config", "run"] {
            let result = try ProcessHelpers.claimwatch([command, "--config", config])
            #expect(result.status == 78, "\(command) exited \(result.status) for \(body.debugDescription):\n\(result.stderr)")
            #expect(result.stderr.contains(key), "\(command): the message should name \(key):\n\(result.stderr)")
        }
        // A refused run creates nothing.
        #expect(!FileManager.default.fileExists(atPath: directory.file("data")))
    }

    @Test func validConfigurationChecksOK() throws {
        let directory = try TemporaryDirectory("cw-config")
        let config = try Self.configFile(directory, "[watch]\nsettle_seconds = 0.5\nbatch_size = 50\n\n[log]\nlevel = \"info\"\n")
        let result = try ProcessHelpers.claimwatch(["check-config", "--config", config])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("OK"))
        #expect(result.stdout.contains("watch.batch_size = 50"))
        // The documented example configuration is valid too.
        let shipped = Paths.repository.appendingPathComponent("config/claimwatch.toml").path
        let example = try ProcessHelpers.claimwatch(["check-config", "--config", shipped])
        #expect(example.status == 0, "\(shipped): \(example.stderr)")
    }
}
