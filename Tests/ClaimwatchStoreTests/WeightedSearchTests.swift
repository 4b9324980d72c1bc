import ClaimwatchCore
import Foundation
import GRDB
import Testing

@testable import ClaimwatchStore

/// Candidate search and `ClaimDatabase.search`: rare names and numbers outweigh common words, the
/// time window, equal scores, and the v5 statistics.
struct WeightedSearchTests {
    /// A database of `fillers` claims made of common words, from outlet "Filler".
    static func database(fillers: Int = 40) throws -> ClaimDatabase {
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        try database.transaction { ledger in
            let article = try ledger.insertArticle(
                Article(outlet: "Filler", outletSource: .metadata, body: "b"), sha256: "filler", path: "f", claimsNote: nil, at: Date())
            let subjects = ["government", "ministry", "officials", "analysts", "economists"]
            for i in 0..<fillers {
                _ = try ledger.insertClaim(
                    text: "The \(subjects[i % subjects.count]) said the economy grew this year and prices rose.", articleID: article, outlet: "Filler"
                )
            }
        }
        return database
    }

    static func add(
        _ text: String, outlet: String, at time: Date = Timestamp.date("2026-11-24T08:00:00Z")!, to database: ClaimDatabase
    ) throws -> Int64 {
        try database.transaction { ledger in
            let article = try ledger.insertArticle(
                Article(outlet: outlet, outletSource: .metadata, body: text), sha256: UUID().uuidString,
                path: outlet, claimsNote: nil, at: time)
            return try ledger.insertClaim(
                Claim(text: text), terms: Words.contentTerms(text), articleID: article, outlet: outlet, clusterID: nil, at: time)
        }
    }

    @Test func aSharedRareNameOutranksSharedCommonWords() throws {
        let database = try Self.database()
        let common = try Self.add("The government said the economy grew this year.", outlet: "A", to: database)
        let name = try Self.add("Zelensky visited the front line on Tuesday.", outlet: "B", to: database)
        let query = "Zelensky says the economy grew this year"
        let found = try database.candidates(for: Words.searchTerms(query), excludingOutlet: "New", limit: 5)
        #expect(found.first?.id == name, "\(found.map(\.claim.text))")
        #expect(found.map(\.id).contains(common))
        let searched = try database.search(query, limit: 5)
        #expect(searched.first?.stored.id == name)
        #expect(searched.map(\.score) == searched.map(\.score).sorted(by: >), "best first")
    }

    @Test func aSharedRareNumberOutranksSharedCommonWords() throws {
        let database = try Self.database()
        let common = try Self.add("Officials said the economy grew this year and prices rose.", outlet: "A", to: database)
        let number = try Self.add("Observers counted 12,000 people in the square.", outlet: "B", to: database)
        let searched = try database.search("The economy grew by 12,000 jobs this year", limit: 50)
        #expect(searched.first?.stored.id == number, "\(searched.map(\.stored.claim.text))")
        #expect(searched.map(\.stored.id).contains(common), "found, below the number")
    }

    @Test func numbersMatchWhateverTheirDigitGrouping() throws {
        let database = try Self.database(fillers: 5)
        let number = try Self.add("Observers counted 12000 people.", outlet: "B", to: database)
        #expect(try database.search("12000 marchers", limit: 3).first?.stored.id == number)
        #expect(Words.numberKeys("12,000 and 12000 and 1.5") == ["12000", "1.5"])
    }

    @Test func theWindowLeavesOutClaimsFirstSeenBeforeIt() throws {
        let database = try Self.database(fillers: 5)
        let old = try Self.add("Zelensky said 800 drones were shot down.", outlet: "A", at: Timestamp.date("2026-01-01T00:00:00Z")!, to: database)
        let recent = try Self.add(
            "Zelensky said 800 drones were shot down overnight.", outlet: "B", at: Timestamp.date("2026-11-20T00:00:00Z")!, to: database)
        let terms = Words.searchTerms("Zelensky: 800 drones shot down")
        let (all, windowed) = try database.pool.read { db in
            (
                try Ledger(db).candidates(for: terms, excludingOutlet: "New", limit: 5),
                try Ledger(db, candidatesSince: Timestamp.date("2026-11-01T00:00:00Z")!).candidates(for: terms, excludingOutlet: "New", limit: 5)
            )
        }
        #expect(Set(all.map(\.id)) == [old, recent])
        #expect(windowed.map(\.id) == [recent])
        #expect(try database.search("Zelensky 800 drones", limit: 5, since: Timestamp.date("2026-11-01T00:00:00Z")!).map(\.stored.id) == [recent])
    }

    @Test func equalScoresGoToTheClaimFirstSeen() throws {
        let database = try Self.database(fillers: 5)
        let first = try Self.add("Zelensky said 800 drones were shot down.", outlet: "A", to: database)
        let second = try Self.add("Zelensky said “800 drones” were shot down.", outlet: "B", to: database)
        let found = try database.search("800 drones shot down, Zelensky says", limit: 2)
        #expect(found.map(\.stored.id) == [first, second])
        #expect(found[0].score == found[1].score)
    }

    @Test func candidatesFromContentTermsStillComeBestFirst() throws {
        let database = try Self.database()
        let name = try Self.add("Zelensky visited the front line on Tuesday.", outlet: "B", to: database)
        let found = try database.pool.read { db in
            try Ledger(db).candidates(for: Words.contentTerms("Zelensky says the economy grew this year"), excludingOutlet: "New", limit: 3)
        }
        #expect(found.first?.id == name)
        #expect(found.count == 3)
    }

    @Test func statisticsCountClaimsStemsAndNumbers() throws {
        let database = try Self.database(fillers: 0)
        _ = try Self.add("Observers counted 12,000 people in 2024.", outlet: "A", to: database)
        _ = try Self.add("About 12,000 people marched.", outlet: "B", to: database)
        try database.pool.read { db in
            let collection = try TermStatistics.collection(in: db)
            #expect(collection.claims == 2)
            #expect(collection.averageStems == 2.5)  // observ count peopl; peopl march ("in", "about" are stopwords)
            #expect(try TermStatistics.documentCounts(["12000", "2024", "peopl"], in: db) == ["12000": 2, "2024": 1, "peopl": 2])
        }
    }

    /// A database written before v5 gets its claims' numbers and the claim statistics counted.
    @Test func theV5MigrationCountsTheNumbersOfStoredClaims() throws {
        let path = try temporaryDatabasePath()
        let queue = try DatabaseQueue(
            path: path,
            configuration: {
                var config = Configuration()
                config.prepareDatabase { $0.add(tokenizer: SnowballTokenizer.self) }
                return config
            }())
        try Schema.migrator.migrate(queue, upTo: "v4: claim fields: quote, content, role, dates, entities, polarity, modality")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO articles (id, sha256, outlet, outlet_source, body, path, received_at) VALUES (1, 'x', 'A', 'metadata', 'b', 'p', 't');
                    INSERT INTO claims (id, article_id, outlet, sentence_index, text, quantities, stems, negated, cluster_id, created_at)
                    VALUES (1, 1, 'A', 0, 'Observers counted 12,000 people.', '[]', 'count observ peopl', 0, 1, 't');
                    INSERT INTO claim_terms (term, claims) VALUES ('count', 1), ('observ', 1), ('peopl', 1);
                    """)
        }
        try queue.close()
        let database = try ClaimDatabase(path: path)
        try database.pool.read { db in
            #expect(try TermStatistics.documentCounts(["12000", "peopl"], in: db) == ["12000": 1, "peopl": 1])
            let collection = try TermStatistics.collection(in: db)
            #expect(collection.claims == 1)
            #expect(collection.averageStems == 3)
        }
        #expect(try database.search("12,000", limit: 1).first?.stored.id == 1)
    }
}

/// The pure parts: BM25 weights and the byte search.
struct TermWeightingTests {
    let weighting = TermWeighting.standard

    @Test func rarerTermsWeighMoreAndNoWeightIsNegative() {
        #expect(weighting.rarity(claimsWithTerm: 1, claims: 1000) > weighting.rarity(claimsWithTerm: 100, claims: 1000))
        #expect(weighting.rarity(claimsWithTerm: 1000, claims: 1000) > 0)
    }

    @Test func namesAndNumbersWeighMoreThanWordsOfTheSameRarity() {
        let word = weighting.weight(of: .word, claimsWithTerm: 10, claims: 1000)
        #expect(weighting.weight(of: .name, claimsWithTerm: 10, claims: 1000) > word)
        #expect(weighting.weight(of: .number, claimsWithTerm: 10, claims: 1000) > word)
    }

    @Test func longerClaimsGainLessFromASharedTerm() {
        #expect(weighting.lengthFactor(stems: 5, averageStems: 10) > weighting.lengthFactor(stems: 20, averageStems: 10))
    }

    @Test func byteSearch() {
        let text = Array("counted 12,000 people".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(ShortlistScorer.bytes(bytes, contain: Array("12".utf8)))
            #expect(!ShortlistScorer.bytes(bytes, contain: Array("13".utf8)))
            #expect(ShortlistScorer.bytes(bytes, contain: Array("people".utf8)))
        }
    }

}

/// Candidate search's bounded steps keep the results of the plain ones.
extension WeightedSearchTests {
    /// The selection of the best found claims keeps the order of the full sort, ties included.
    @Test func bestIsTheStartOfTheFullSort() {
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        for round in 0..<200 {
            var found: [Int64: Double] = [:]
            let size = Int(next() % 3000)
            // Few distinct values: many ties, broken by id.
            for _ in 0..<size { found[Int64(next() % 100_000)] = Double(next() % UInt64(1 + round % 20)) * 0.25 }
            let sorted = found.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            for count in [1, 7, 200, 800, 5000] {
                #expect(WeightedSearch.best(found, count: count) == Array(sorted.prefix(count)))
            }
        }
    }

    /// Search terms reach SQLite as a JSON array written without an encoder: it reads back the same.
    @Test func termArrayReadsBackAsWritten() throws {
        let keys = ["zelenski", "10000", "quote\"d", "back\\slash", "tab\there", "new\nline", "\u{01}", "café", "", "ünïcödé’s"]
        let json = JSONText.array(of: keys)
        #expect(try JSONDecoder().decode([String].self, from: Data(json.utf8)) == keys)
        let database = try ClaimDatabase(path: try temporaryDatabasePath())
        let read = try database.pool.read { try String.fetchAll($0, sql: "SELECT value FROM json_each(?)", arguments: [json]) }
        #expect(read == keys)
    }

    /// Candidate search through a `ShortlistCache` ranks as the query does: outlet and window
    /// filters, numbers (written with and without digit groups, and where only the text shows
    /// them), equal scores, on a cold and then a warm cache.
    @Test func cachedShortlistScoresAsTheQuery() throws {
        let database = try Self.database(fillers: 30)
        let texts = [
            ("Observers counted 12,000 people in the square on Tuesday.", "A", "2026-11-20T08:00:00Z"),
            ("Observers counted 12000 people in the square.", "B", "2026-11-24T08:00:00Z"),
            ("Zelensky said 1,0000 drones were shot down.", "C", "2026-11-24T09:00:00Z"),
            ("Zelensky said the drones were shot down over Kyiv.", "A", "2026-11-24T09:00:00Z"),
            ("Zelensky’s office said 800 drones were shot down, café owners said.", "B", "2026-11-23T09:00:00Z"),
            ("The government said the economy grew 5G this year.", "C", "2026-11-24T10:00:00Z"),
        ]
        for (text, outlet, time) in texts { _ = try Self.add(text, outlet: outlet, at: Timestamp.date(time)!, to: database) }
        let cache = ShortlistCache()
        let queries = [
            "Zelensky says 800 drones shot down", "12,000 people counted in the square", "10000 drones", "economy grew 5G this year",
            "The government said the economy grew",
        ]
        var found = 0
        for round in 0..<2 {
            for query in queries {
                for outlet in ["A", "B", "New"] {
                    for since in [nil, Timestamp.date("2026-11-24T00:00:00Z")] {
                        let (plain, cached) = try database.pool.read { db in
                            (
                                try Ledger(db, candidatesSince: since).candidateIDs(
                                    for: Words.searchTerms(query), excludingOutlet: outlet, limit: 20),
                                try Ledger(db, candidatesSince: since, shortlistCache: cache).candidateIDs(
                                    for: Words.searchTerms(query), excludingOutlet: outlet, limit: 20)
                            )
                        }
                        #expect(plain == cached, "round \(round): \(query), not \(outlet), since \(since.map(Timestamp.format) ?? "-")")
                        found += plain.count
                    }
                }
            }
        }
        #expect(found > 100, "most searches find something")
        #expect(cache.count > 0)
        cache.removeAll()
        #expect(cache.count == 0)
    }
}
