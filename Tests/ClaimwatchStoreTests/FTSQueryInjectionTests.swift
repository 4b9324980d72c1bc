import ClaimwatchCore
import Foundation
import GRDB
import Testing

@testable import ClaimwatchStore

/// Article text reaches FTS5 MATCH expressions (candidate search, `claimwatch claims --search`,
/// `claimwatch search`). FTS5 has its own query syntax inside the bound string: NEAR(), quotes,
/// prefix `*`, OR/AND/NOT, `-`, column filters `col:`, `^`. Each term goes in as a quoted string,
/// so such text is only ever words: no syntax error, and no operator changes what is found.
struct FTSQueryInjectionTests {
    static let hostile = [
        #"NEAR(drones capital, 2)"#,
        #"drones" OR "capital"#,
        #"unbalanced "quote"#,
        "drone*",
        "drones OR 1=1",
        "-drones",
        "text:drones",
        "^drones",
        "drones AND NOT capital",
        "'); DROP TABLE claims; --",
        "claims_fts MATCH 'x' + ( ) : * \"\" ",
    ]

    static let syntaxErrorsUnquoted: Set = [#"unbalanced "quote"#, "-drones", "'); DROP TABLE claims; --", "claims_fts MATCH 'x' + ( ) : * \"\" "]

    /// Any string, quoted, is a valid MATCH expression that looks for its words as written.
    @Test(arguments: hostile)
    func aQuotedTermIsAValidMatchExpression(_ raw: String) throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        try database.pool.read { db in
            _ = try Int64.fetchAll(db, sql: "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?", arguments: [CandidateQuery.quoted(raw)])
        }
        // Unquoted, some of them are FTS5 syntax errors (the others are operators): the quoting is
        // what keeps them out.
        if Self.syntaxErrorsUnquoted.contains(raw) {
            #expect(throws: DatabaseError.self) {
                try database.pool.read { db in
                    _ = try Int64.fetchAll(db, sql: "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?", arguments: [raw])
                }
            }
        }
    }

    /// Claims holding that text are stored, and every search path finds them by it without error.
    @Test func claimsWithQuerySyntaxAreStoredAndFound() throws {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        var ids: [String: Int64] = [:]
        try database.transaction { ledger in
            let article = try ledger.insertArticle(
                Article(outlet: "WION", outletSource: .metadata, body: "b"), sha256: "a", path: "a.txt", claimsNote: nil, at: Date())
            for (index, raw) in Self.hostile.enumerated() {
                let text = "Officials said \(raw) over the Zorvik\(index) district."
                ids[raw] = try ledger.insertClaim(text: text, articleID: article, outlet: "WION")
            }
            _ = try ledger.insertClaim(text: "The ministry counted drones over the capital.", articleID: article, outlet: "WION")
        }
        #expect(try database.claims().count == Self.hostile.count + 1, "a claim was lost")
        for (index, raw) in Self.hostile.enumerated() {
            let search = "\(raw) Zorvik\(index)"
            #expect(try database.claims(search: search).contains { $0.id == ids[raw] }, "claims --search \(search.debugDescription)")
            #expect(try database.search(search, limit: 3).first?.stored.id == ids[raw], "search \(search.debugDescription)")
            let terms = Words.searchTerms("Officials said \(raw) over the Zorvik\(index) district.")
            let candidates = try database.candidates(for: terms, excludingOutlet: "Kyiv Wire", limit: 3)
            #expect(candidates.first?.id == ids[raw], "candidates for \(raw.debugDescription)")
        }
    }
}
