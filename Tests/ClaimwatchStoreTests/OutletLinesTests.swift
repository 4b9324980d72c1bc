import ClaimwatchCore
import ClaimwatchStore
import Testing

/// The SQLite ledger counts, per outlet, the articles that carried each line; a rollback keeps nothing.
struct OutletLinesTests {
    @Test func countsPerOutletAndKeyAndARollbackKeepsNone() throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        try database.transaction { ledger in
            try ledger.countLines(outlet: "News18", keys: [1, 2])
            try ledger.countLines(outlet: "News18", keys: [2])
            try ledger.countLines(outlet: "WION", keys: [2])
        }
        struct Rollback: Error {}
        _ = try? database.transaction { ledger in
            try ledger.countLines(outlet: "News18", keys: [1, 2, 3])
            throw Rollback()
        }
        let (news18, wion, unknown) = try database.transaction { ledger in
            (
                try ledger.lineCounts(outlet: "News18", keys: [1, 2, 3]), try ledger.lineCounts(outlet: "WION", keys: [1, 2]),
                try ledger.lineCounts(outlet: "unknown", keys: [1, 2])
            )
        }
        #expect(news18 == [1: 1, 2: 2])
        #expect(wion == [2: 1])
        #expect(unknown.isEmpty)
    }
}
