import ClaimwatchCore
import Foundation
import GRDB
import Testing

@testable import ClaimwatchStore

/// A database in a fresh temporary directory.
func temporaryDatabasePath() throws -> String {
    let directory = NSTemporaryDirectory() + "claimwatch-store-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory + "/claimwatch.sqlite"
}

struct ClaimDatabaseTests {
    @Test func opensInWALModeWithFullSynchronousWriter() throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        let mode = try database.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try database.writerSynchronous() == 2)
    }

    @Test func refusesADatabaseFromANewerClaimwatch() throws {
        let path = try temporaryDatabasePath()
        _ = try ClaimDatabase(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999: from the future')") }
        #expect {
            _ = try ClaimDatabase(path: path)
        } throws: { error in
            (error as? StoreError)?.code == .newerSchema
        }
    }

    @Test func candidatesAreFoundThroughStemmedWordsFromOtherOutletsOnly() throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        try database.transaction { ledger in
            let wion = try ledger.insertArticle(
                Article(outlet: "WION", outletSource: .subfolder, body: "b"), sha256: "a", path: "WION/a.txt", claimsNote: nil, at: Date())
            let kyiv = try ledger.insertArticle(
                Article(outlet: "Kyiv Wire", outletSource: .subfolder, body: "b"), sha256: "b", path: "K/b.txt", claimsNote: nil, at: Date())
            _ = try ledger.insertClaim(text: "Russian troops burned the faces of dead soldiers.", articleID: wion, outlet: "WION")
            _ = try ledger.insertClaim(text: "Russians are burning faces of soldiers.", articleID: kyiv, outlet: "Kyiv Wire")
            let found = try ledger.candidates(
                for: Words.contentTerms("The Russians burn the face of a soldier"), excludingOutlet: "Kyiv Wire", limit: 5)
            #expect(found.map(\.outlet) == ["WION"])
            #expect(found.first?.claim.text == "Russian troops burned the faces of dead soldiers.")
        }
    }

    @Test func aRepeatJoinsTheClusterAndCountsOutlets() throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        try database.transaction { ledger in
            let a = try ledger.insertArticle(
                Article(outlet: "A", outletSource: .metadata, body: "b"), sha256: "1", path: "a", claimsNote: nil, at: Date())
            let b = try ledger.insertArticle(
                Article(outlet: "B", outletSource: .metadata, body: "b"), sha256: "2", path: "b", claimsNote: nil, at: Date())
            let first = try ledger.insertClaim(text: "x", articleID: a, outlet: "A")
            let second = try ledger.insertClaim(text: "x", articleID: b, outlet: "B", clusterID: first)
            #expect(try ledger.outletsCarrying(cluster: first) == 2)
            #expect(try ledger.outlet("B", carries: first, except: second) == false)
            #expect(try ledger.outlet("A", carries: first, except: second) == true)
        }
    }

    @Test func logMarksKeepTheFilesPositionAndInode() throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        try database.setLogMark("/x/alerts.jsonl", to: 5, inode: 41)
        #expect(try database.logMark("/x/alerts.jsonl") == (5, 41))
        // A rebuilt (deleted, truncated) file starts again from the beginning, in a new inode.
        try database.setLogMark("/x/alerts.jsonl", to: 3, inode: 42)
        #expect(try database.logMark("/x/alerts.jsonl") == (3, 42))
        #expect(try database.logMark("/other") == (0, nil))
    }

    @Test func readingOpenNeverCreatesOrMigrates() throws {
        let path = try temporaryDatabasePath()
        #expect(throws: StoreError.self) { try ClaimDatabase(readingAt: path) }
        #expect(!FileManager.default.fileExists(atPath: path), "a read must not create the database")
        _ = try ClaimDatabase(path: path)
        let reader = try ClaimDatabase(readingAt: path)
        #expect(try reader.counts().claims == 0)
        #expect(throws: (any Error).self) { try reader.setLogMark("/x", to: 1, inode: 1) }
    }
}

extension Ledger {
    /// A claim of just this text, with its content terms, recorded at time "t".
    func insertClaim(text: String, articleID: Int64, outlet: String, clusterID: Int64? = nil) throws -> Int64 {
        try insertClaim(Claim(text: text), terms: Words.contentTerms(text), articleID: articleID, outlet: outlet, clusterID: clusterID, at: Date())
    }
}
