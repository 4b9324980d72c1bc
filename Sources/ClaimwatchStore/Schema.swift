import GRDB

/// The database schema, as migrations. Never edit a shipped migration: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, claims, deliveries, alerts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                        id INTEGER PRIMARY KEY,
                        sha256 TEXT NOT NULL UNIQUE,
                        outlet TEXT NOT NULL,
                        outlet_source TEXT NOT NULL,
                        title TEXT, url TEXT, published TEXT, author TEXT, language TEXT,
                        body TEXT NOT NULL,
                        path TEXT NOT NULL,
                        received_at TEXT NOT NULL
                    );
                    CREATE INDEX articles_outlet ON articles(outlet);

                    CREATE TABLE deliveries (
                        id INTEGER PRIMARY KEY,
                        sha256 TEXT,
                        name TEXT NOT NULL,
                        inode INTEGER NOT NULL,
                        mtime_ns INTEGER NOT NULL,
                        size INTEGER NOT NULL,
                        outcome TEXT NOT NULL CHECK (outcome IN ('processed', 'duplicate', 'failed')),
                        reason TEXT,
                        article_id INTEGER REFERENCES articles(id),
                        received_at TEXT NOT NULL,
                        -- 1 once the file has left the drop folder; until then a restart finishes the move.
                        moved INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX deliveries_identity ON deliveries(name, inode, mtime_ns);
                    CREATE INDEX deliveries_outcome ON deliveries(outcome);

                    CREATE TABLE claims (
                        id INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES articles(id),
                        outlet TEXT NOT NULL,
                        sentence_index INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        speaker TEXT, cue TEXT,
                        quantities TEXT NOT NULL,
                        -- The stemmed content words, space-separated: what the matcher compares.
                        stems TEXT NOT NULL,
                        negated INTEGER NOT NULL,
                        cluster_id INTEGER NOT NULL,
                        created_at TEXT NOT NULL
                    );
                    CREATE INDEX claims_cluster ON claims(cluster_id, outlet);
                    CREATE INDEX claims_outlet ON claims(outlet);

                    CREATE TABLE matches (
                        id INTEGER PRIMARY KEY,
                        claim_id INTEGER NOT NULL REFERENCES claims(id),
                        matched_claim_id INTEGER NOT NULL REFERENCES claims(id),
                        kind TEXT NOT NULL,
                        score REAL NOT NULL,
                        reasons TEXT NOT NULL,
                        conflict TEXT
                    );
                    CREATE INDEX matches_claim ON matches(claim_id);

                    CREATE TABLE alerts (
                        id INTEGER PRIMARY KEY,
                        created_at TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        outlet TEXT NOT NULL,
                        claim_id INTEGER NOT NULL REFERENCES claims(id),
                        cluster_id INTEGER NOT NULL,
                        json TEXT NOT NULL,
                        line TEXT NOT NULL
                    );
                    -- One alert per (claim cluster, new outlet, kind).
                    CREATE UNIQUE INDEX alerts_once ON alerts(cluster_id, outlet, kind);

                    -- The last alert id written to each alert log file.
                    CREATE TABLE log_marks (file TEXT PRIMARY KEY, last_alert_id INTEGER NOT NULL);
                    """)
            try db.create(virtualTable: "claims_fts", using: FTS5()) { t in
                t.synchronize(withTable: "claims")
                t.tokenizer = SnowballTokenizer.tokenizerDescriptor()
                t.column("text")
            }
        }
        migrator.registerMigration("v2: term statistics for candidate search") { db in
            // How many claims contain each stemmed content term, so that candidate search can query
            // by a claim's rarest terms instead of all of them. (fts5vocab cannot look terms up by
            // key: it scans the whole vocabulary.)
            try db.execute(
                sql: """
                    CREATE TABLE claim_terms (term TEXT PRIMARY KEY, claims INTEGER NOT NULL) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v3: article formats, removed lines, failed lines") { db in
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
                    ALTER TABLE articles ADD COLUMN encoding TEXT NOT NULL DEFAULT 'utf-8';
                    -- The line of a .jsonl file the article came from.
                    ALTER TABLE articles ADD COLUMN line INTEGER;
                    -- Page furniture removed from the body: a JSON array of {line, text, reason}.
                    ALTER TABLE articles ADD COLUMN removed TEXT NOT NULL DEFAULT '[]';
                    -- Why no claims were extracted, when none were on purpose (a language not supported yet).
                    ALTER TABLE articles ADD COLUMN claims_note TEXT;
                    CREATE INDEX deliveries_sha256 ON deliveries(sha256);
                    -- Lines of a .jsonl file that could not be read; the rest of the file went through.
                    CREATE TABLE failed_lines (
                        id INTEGER PRIMARY KEY,
                        delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
                        line INTEGER NOT NULL,
                        reason TEXT NOT NULL,
                        text TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v4: claim fields: quote, content, role, dates, entities, polarity, modality") { db in
            try db.execute(
                sql: """
                    ALTER TABLE claims ADD COLUMN quote TEXT;
                    -- The quotation's place in the sentence, in characters: [quote_start, quote_end).
                    ALTER TABLE claims ADD COLUMN quote_start INTEGER;
                    ALTER TABLE claims ADD COLUMN quote_end INTEGER;
                    ALTER TABLE claims ADD COLUMN content TEXT;
                    ALTER TABLE claims ADD COLUMN speaker_role TEXT;
                    -- JSON arrays of {written, kind, resolved} and {text, canonical, kind}.
                    ALTER TABLE claims ADD COLUMN dates TEXT NOT NULL DEFAULT '[]';
                    ALTER TABLE claims ADD COLUMN entities TEXT NOT NULL DEFAULT '[]';
                    ALTER TABLE claims ADD COLUMN polarity TEXT NOT NULL DEFAULT 'affirmed';
                    ALTER TABLE claims ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';
                    ALTER TABLE claims ADD COLUMN checkworthiness REAL NOT NULL DEFAULT 0.5;
                    UPDATE claims SET polarity = 'negated' WHERE negated = 1;
                    """)
        }
        migrator.registerMigration("v5: numbers in term statistics, claim statistics for weighted search") { db in
            // The collection size and the mean claim length (in distinct content terms) that BM25
            // weighting needs, kept up to date on insert: counting them per search would scan.
            try db.execute(
                sql: """
                    CREATE TABLE claim_stats (id INTEGER PRIMARY KEY CHECK (id = 1), claims INTEGER NOT NULL, stems INTEGER NOT NULL);
                    INSERT INTO claim_stats (id, claims, stems)
                    SELECT 1, COUNT(*), COALESCE(SUM(CASE WHEN stems = '' THEN 0 ELSE length(stems) - length(replace(stems, ' ', '')) + 1 END), 0)
                    FROM claims;
                    """)
            // Numbers are search terms now: count those of the claims already stored.
            try TermStatistics.countNumbersOfStoredClaims(in: db)
        }
        migrator.registerMigration("v6: the inode of each alert log with its mark") { db in
            // Start-up repair tells a log rotated away (its inode still in the folder, under another
            // name) from one deleted or truncated (rebuilt from the database).
            try db.execute(sql: "ALTER TABLE log_marks ADD COLUMN inode INTEGER")
        }
        migrator.registerMigration("v7: id sequences for claims and alerts") { db in
            // Ids are taken from the database in the writer's transaction (`IDSequence`), not
            // chosen as MAX(id) + 1 by the caller: a rolled-back transaction gives its ids back,
            // so they stay dense, and every writer of the store takes them the same way.
            try db.execute(
                sql: """
                    CREATE TABLE id_sequences (name TEXT PRIMARY KEY, next INTEGER NOT NULL) WITHOUT ROWID;
                    INSERT INTO id_sequences (name, next) SELECT 'claims', COALESCE(MAX(id), 0) + 1 FROM claims;
                    INSERT INTO id_sequences (name, next) SELECT 'alerts', COALESCE(MAX(id), 0) + 1 FROM alerts;
                    """)
        }
        migrator.registerMigration("v8: the lines each outlet repeats") { db in
            // How many articles of an outlet carried each body line (`OutletFurniture.key`): the
            // lines it prints on many pages are furniture. Starts empty: an upgraded store learns
            // from the articles that come after.
            try db.execute(
                sql: """
                    CREATE TABLE outlet_lines (
                        outlet TEXT NOT NULL, key INTEGER NOT NULL, articles INTEGER NOT NULL,
                        PRIMARY KEY (outlet, key)) WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
