public import ClaimwatchCore
public import ClaimwatchEngine
public import Foundation
import GRDB

/// The SQLite adapter of the engine's ports: the reads and writes of one processing
/// transaction. Created inside `ClaimDatabase.transaction`, never stored.
public struct Ledger: ClaimLedger, CandidateSource {
    let db: Database
    /// Claims first seen before this time are not candidates: the window of `matching.window_days`.
    /// Nil: every stored claim is.
    public var candidatesSince: Date?
    /// Stored claims' stems, numbers, outlets and times kept between searches (`candidateIDs`); nil
    /// reads them from the database for each search.
    public var shortlistCache: ShortlistCache?

    init(_ db: Database, candidatesSince: Date? = nil, shortlistCache: ShortlistCache? = nil) {
        self.db = db
        self.candidatesSince = candidatesSince
        self.shortlistCache = shortlistCache
    }

    /// Runs `body` in a savepoint: rolled back, and the error rethrown, if it throws.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        return result!
    }

    // MARK: Deliveries

    public func unmovedDelivery(name: String, inode: UInt64, mtimeNs: Int64) throws -> PriorDelivery? {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id, outcome, reason FROM deliveries
                    WHERE name = ? AND inode = ? AND mtime_ns = ? AND moved = 0 ORDER BY id DESC LIMIT 1
                    """), arguments: [name, Int64(bitPattern: inode), mtimeNs])
        return row.map { PriorDelivery(id: $0["id"], outcome: DeliveryOutcome(rawValue: $0["outcome"]) ?? .failed, reason: $0["reason"]) }
    }

    public func recordDelivery(_ delivery: Delivery) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO deliveries (sha256, name, inode, mtime_ns, size, outcome, reason, article_id, received_at, moved)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            delivery.sha256, delivery.name, Int64(bitPattern: delivery.inode), delivery.mtimeNs, delivery.size,
            delivery.outcome.rawValue, delivery.reason, delivery.articleID, Timestamp.format(delivery.time), delivery.moved,
        ])
        return db.lastInsertedRowID
    }

    // MARK: Articles and claims

    /// The id of the article with this content, if the same bytes were processed before.
    public func articleID(sha256: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE sha256 = ?"), arguments: [sha256])
    }

    /// Whether a file with these bytes was processed before (under any name).
    public func processedBefore(sha256: String) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT EXISTS (SELECT 1 FROM deliveries WHERE sha256 = ? AND outcome = 'processed')
                    """), arguments: [sha256]) ?? false
    }

    /// Records an article. `claimsNote` says why no claims were extracted, when that was on purpose.
    public func insertArticle(_ article: Article, sha256: String, path: String, claimsNote: String?, at time: Date) throws -> Int64 {
        let removed = article.removed.isEmpty ? "[]" : String(decoding: try JSONEncoder().encode(article.removed), as: UTF8.self)
        try db.cachedStatement(
            sql: """
                INSERT INTO articles (sha256, outlet, outlet_source, title, url, published, author, language, body, path, received_at,
                                      format, encoding, line, removed, claims_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            sha256, article.outlet, article.outletSource.rawValue, article.title, article.url, article.published,
            article.author, article.language, article.body, path, Timestamp.format(time),
            article.format.rawValue, article.encoding, article.line, removed, claimsNote,
        ])
        return db.lastInsertedRowID
    }

    public func failedLines(delivery: Int64) throws -> [FailedLine] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT line, reason, text FROM failed_lines WHERE delivery_id = ? ORDER BY line"),
            arguments: [delivery]
        ).map { FailedLine(line: $0["line"], reason: $0["reason"], text: $0["text"]) }
    }

    public func recordFailedLine(_ line: FailedLine, delivery: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO failed_lines (delivery_id, line, reason, text) VALUES (?, ?, ?, ?)")
            .execute(arguments: [delivery, line.line, line.reason, line.text])
    }

    /// Records a claim with its content terms (`Words.contentTerms(claim.text)`). A claim that
    /// repeats another joins its cluster; otherwise it starts its own.
    public func insertClaim(_ claim: Claim, terms: [ContentTerm], articleID: Int64, outlet: String, clusterID: Int64?, at time: Date) throws -> Int64
    {
        let quantities = claim.quantities.isEmpty ? "[]" : try JSONText.encode(claim.quantities)
        // The id is taken before the INSERT so that a new cluster can be named after it in the
        // same statement: an UPDATE would re-index the claim in FTS5.
        let id = try takeID(.claims)
        try db.cachedStatement(
            sql: """
                INSERT INTO claims (id, article_id, outlet, sentence_index, text, speaker, cue, quantities, stems, negated, cluster_id, created_at,
                                    quote, quote_start, quote_end, content, speaker_role, dates, entities, polarity, modality, checkworthiness)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            id, articleID, outlet, claim.sentenceIndex, claim.text, claim.speaker, claim.cue?.phrase, quantities,
            terms.map(\.stem).sorted().joined(separator: " "), claim.negated, clusterID ?? id, Timestamp.format(time),
            claim.quote, claim.quoteRange?.lowerBound, claim.quoteRange?.upperBound, claim.content, claim.speakerRole,
            claim.dates.isEmpty ? "[]" : try JSONText.encode(claim.dates),
            claim.entities.isEmpty ? "[]" : try JSONText.encode(claim.entities),
            claim.polarity.rawValue, claim.modality.rawValue, claim.checkworthiness,
        ])
        try TermStatistics.count(stems: terms.map(\.stem), numbers: Words.numberKeys(claim.text), in: db)
        return id
    }

    /// Claims from other outlets that share weighted terms with a new claim's content terms, best
    /// first (`WeightedSearch` with `SearchPlan.candidates`), within `candidatesSince` when set.
    public func candidates(for terms: [ContentTerm], excludingOutlet outlet: String, limit: Int) throws -> [StoredClaim] {
        try candidates(for: terms.map(SearchTerm.init), excludingOutlet: outlet, limit: limit)
    }

    /// Names and numbers weigh more in the search (`Words.searchTerms`): they tie two outlets'
    /// claims together.
    public func candidateIDs(for claim: Claim, excludingOutlet outlet: String, limit: Int) throws -> [Int64] {
        try candidateIDs(for: Words.searchTerms(claim.text), excludingOutlet: outlet, limit: limit)
    }

    /// The ids of the claims `candidates(for:…)` returns, best first, for a caller that keeps
    /// stored claims of its own (`storedClaims(_:)` reads the others).
    public func candidateIDs(for terms: [SearchTerm], excludingOutlet outlet: String, limit: Int, plan: SearchPlan = .candidates) throws -> [Int64] {
        try WeightedSearch(db: db, plan: plan, weighting: .standard, cache: shortlistCache)
            .rank(terms, excludingOutlet: outlet, since: candidatesSince.map(Timestamp.format), limit: limit)
            .map(\.id)
    }

    /// Stored claims by id; ids of no claim are left out.
    public func storedClaims(_ ids: [Int64]) throws -> [Int64: StoredClaim] {
        try WeightedSearch.load(ids, in: db)
    }

    /// Claims from other outlets that share weighted terms with a new claim, best first. Names and
    /// numbers count when the terms come from `Words.searchTerms(claim.text)`.
    public func candidates(
        for terms: [SearchTerm], excludingOutlet outlet: String, limit: Int, plan: SearchPlan = .candidates
    ) throws -> [StoredClaim] {
        try WeightedSearch(db: db, plan: plan, weighting: .standard)
            .run(terms, excludingOutlet: outlet, since: candidatesSince.map(Timestamp.format), limit: limit)
            .map(\.stored)
    }

    public func insertMatch(claimID: Int64, matchedClaimID: Int64, decision: MatchDecision) throws {
        let reasons = String(decoding: try JSONEncoder().encode(decision.reasons), as: UTF8.self)
        let conflict = try decision.conflict.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try db.cachedStatement(
            sql: """
                INSERT INTO matches (claim_id, matched_claim_id, kind, score, reasons, conflict) VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [claimID, matchedClaimID, decision.kind.rawValue, decision.score, reasons, conflict])
    }

    // MARK: Clusters and alerts

    public func outletsCarrying(cluster: Int64) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(DISTINCT outlet) FROM claims WHERE cluster_id = ?"), arguments: [cluster]) ?? 0
    }

    /// Whether `outlet` already carries a claim of the cluster, not counting claim `except`.
    public func outlet(_ outlet: String, carries cluster: Int64, except claimID: Int64) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT EXISTS (SELECT 1 FROM claims WHERE cluster_id = ? AND outlet = ? AND id != ?)
                    """), arguments: [cluster, outlet, claimID]) ?? false
    }

    public func alertExists(cluster: Int64, outlet: String, kind: MatchKind) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM alerts WHERE cluster_id = ? AND outlet = ? AND kind = ?)"),
            arguments: [cluster, outlet, kind.rawValue]) ?? false
    }

    public func takeAlertID() throws -> Int64 { try takeID(.alerts) }

    /// The tables whose ids come from `id_sequences` (schema v7).
    enum Sequence: String { case claims, alerts }

    // MARK: Lines an outlet repeats

    public func lineCounts(outlet: String, keys: [Int64]) throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        let statement = try db.cachedStatement(sql: "SELECT articles FROM outlet_lines WHERE outlet = ? AND key = ?")
        for key in keys {
            if let articles = try Int.fetchOne(statement, arguments: [outlet, key]) { counts[key] = articles }
        }
        return counts
    }

    public func countLines(outlet: String, keys: [Int64]) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO outlet_lines (outlet, key, articles) VALUES (?, ?, 1)
                ON CONFLICT (outlet, key) DO UPDATE SET articles = articles + 1
                """)
        for key in keys { try statement.execute(arguments: [outlet, key]) }
    }

    /// The next id of `sequence`, taken in this transaction: given back if it rolls back.
    func takeID(_ sequence: Sequence) throws -> Int64 {
        guard
            let id = try Int64.fetchOne(
                db.cachedStatement(
                    sql: """
                        UPDATE id_sequences SET next = next + 1 WHERE name = ? RETURNING next - 1
                        """), arguments: [sequence.rawValue])
        else {
            throw StoreError(
                code: .damaged, message: "the id sequence '\(sequence.rawValue)' is missing from id_sequences; restore the database from a backup",
                path: "id_sequences")
        }
        return id
    }

    public func insertAlert(_ alert: Alert, clusterID: Int64) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO alerts (id, created_at, kind, outlet, claim_id, cluster_id, json, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            alert.id, Timestamp.format(alert.time), alert.kind.rawValue, alert.outlet, alert.claim.id, clusterID, alert.jsonLine(), alert.humanLine(),
        ])
    }
}
