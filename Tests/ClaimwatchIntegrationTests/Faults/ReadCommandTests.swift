import Foundation
import Testing

/// Read commands never create anything: on a data directory with no claimwatch database they say
/// so and exit 69 (EX_UNAVAILABLE), and the directory stays as it was (or absent).
struct ReadCommandTests {
    static let readCommands: [[String]] = [["status"], ["alerts"], ["claims"], ["search", "ministry bridge"]]

    @Test(arguments: readCommands)
    func aReadCommandOnATypoSaysThereIsNoDatabase(_ command: [String]) throws {
        let parent = try TemporaryDirectory("cw-typo")
        let typo = parent.file("typo")
        let result = try runClaimwatch(command + ["--data", typo])
        #expect(result.status == 69, "\(command) exited \(result.status):\n\(result.stderr)")
        #expect(result.stderr.contains("no claimwatch database here"), "\(result.stderr)")
        #expect(result.stderr.contains("--data"), "the message should say what to check:\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: typo), "\(command) created \(typo)")
    }

    @Test func aReadCommandOnAnOlderSchemaDoesNotMigrateIt() throws {
        let directory = try TemporaryDirectory("cw-old-schema")
        let database = directory.file("claimwatch.sqlite")
        // A database of the first schema only: what a claimwatch of that time left.
        _ = try ProcessHelpers.sqlite(
            database,
            """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)
            """)
        _ = try ProcessHelpers.sqlite(database, "INSERT INTO grdb_migrations VALUES ('v1: articles, claims, deliveries, alerts')")
        let result = try runClaimwatch(["status", "--data", directory.path])
        #expect(result.status == 69, "status exited \(result.status):\n\(result.stderr)")
        #expect(result.stderr.contains("start the daemon (claimwatch run) once to upgrade it"), "\(result.stderr)")
        #expect(try ProcessHelpers.sqlite(database, "SELECT COUNT(*) FROM grdb_migrations") == [["1"]], "nothing migrated")
    }
}
