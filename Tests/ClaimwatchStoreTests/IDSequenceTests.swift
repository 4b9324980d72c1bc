import ClaimwatchCore
import Foundation
import GRDB
import Testing

@testable import ClaimwatchStore

/// Claim and alert ids come from the database's `id_sequences` (schema v7), in the writer's
/// transaction: dense, in order, and given back by a rollback.
struct IDSequenceTests {
    struct Rollback: Error {}

    func claim(_ ledger: Ledger, _ article: Int64) throws -> Int64 {
        try ledger.insertClaim(
            Claim(text: "The ministry said 42 drones were shot down."), terms: [], articleID: article, outlet: "WION", clusterID: nil, at: Date())
    }

    @Test func idsAreDenseAndARollbackGivesThemBack() throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        let first = try database.transaction { ledger in
            let article = try ledger.insertArticle(
                Article(outlet: "WION", outletSource: .subfolder, body: "b"), sha256: "a", path: "a.txt", claimsNote: nil, at: Date())
            return [try claim(ledger, article), try claim(ledger, article), try ledger.takeAlertID()]
        }
        #expect(first == [1, 2, 1])
        #expect(throws: Rollback.self) {
            try database.transaction { ledger in
                _ = try claim(ledger, 1)
                _ = try ledger.takeAlertID()
                throw Rollback()
            }
        }
        let after = try database.transaction { ledger in [try claim(ledger, 1), try ledger.takeAlertID()] }
        #expect(after == [3, 2])
        // A claim that starts its own cluster is named after its id, in the same INSERT.
        let clusters = try database.pool.read { try Int64.fetchAll($0, sql: "SELECT cluster_id FROM claims ORDER BY id") }
        #expect(clusters == [1, 2, 3])
    }

    /// A database of schema v6 gets its sequences from the ids it holds.
    @Test func theMigrationStartsEachSequenceAfterTheIdsStored() throws {
        let path = try temporaryDatabasePath()
        var configuration = Configuration()
        configuration.prepareDatabase { $0.add(tokenizer: SnowballTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue, upTo: "v6: the inode of each alert log with its mark")
        try queue.write { db in
            try db.execute(
                sql:
                    "INSERT INTO articles (id, sha256, outlet, outlet_source, body, path, received_at) VALUES (1, 'a', 'WION', 'subfolder', 'b', 'a.txt', 't')"
            )
            try db.execute(
                sql:
                    "INSERT INTO claims (id, article_id, outlet, sentence_index, text, quantities, stems, negated, cluster_id, created_at) VALUES (41, 1, 'WION', 0, 'x', '[]', '', 0, 41, 't')"
            )
        }
        try queue.close()
        let database = try ClaimDatabase(path: path)
        #expect(try database.transaction { ledger in [try claim(ledger, 1), try ledger.takeAlertID()] } == [42, 1])
    }
}
