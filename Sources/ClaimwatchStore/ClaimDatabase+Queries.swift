public import ClaimwatchCore
public import Foundation
import GRDB

/// An alert as stored: both of its rendered log lines.
public struct StoredAlert: Sendable, Equatable {
    public var id: Int64
    public var kind: String
    public var createdAt: String
    public var json: String
    public var line: String
}

/// Counts for `claimwatch status`.
public struct StoreCounts: Sendable {
    public var articles = 0
    public var claims = 0
    public var repeats = 0
    public var contradictions = 0
    public var processed = 0
    public var duplicates = 0
    public var failed = 0
    public var lastFailure: (name: String, reason: String, at: String)?
}

extension ClaimDatabase {
    /// Alerts in id order, optionally of one kind, at or after an ISO 8601 time, after an id.
    public func alerts(kind: String? = nil, since: Date? = nil, afterID: Int64 = 0, limit: Int = .max) throws -> [StoredAlert] {
        try pool.read { db in
            var sql = "SELECT id, kind, created_at, json, line FROM alerts WHERE id > ?"
            var arguments: StatementArguments = [afterID]
            if let kind { sql += " AND kind = ?"; arguments += [kind] }
            if let since { sql += " AND created_at >= ?"; arguments += [Timestamp.format(since)] }
            sql += " ORDER BY id LIMIT ?"
            arguments += [limit == .max ? -1 : limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                StoredAlert(id: $0["id"], kind: $0["kind"], createdAt: $0["created_at"], json: $0["json"], line: $0["line"])
            }
        }
    }

    /// Stored claims, newest first, optionally from one outlet or matching a full-text search.
    public func claims(outlet: String? = nil, search: String? = nil, limit: Int = 1000) throws -> [StoredClaim] {
        try pool.read { db in
            var sql = StoredClaim.selection
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let search, let query = CandidateQuery.broadQuery(for: search) {
                conditions.append("claims.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
                arguments += [query]
            }
            if let outlet { conditions.append("claims.outlet = ?"); arguments += [outlet] }
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY claims.id DESC LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(StoredClaim.init(row:))
        }
    }

    public func counts() throws -> StoreCounts {
        try pool.read { db in
            var counts = StoreCounts()
            counts.articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? 0
            counts.claims = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claims") ?? 0
            for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM alerts GROUP BY kind") {
                if row["kind"] == "repeat" { counts.repeats = row["n"] } else { counts.contradictions = row["n"] }
            }
            for row in try Row.fetchAll(db, sql: "SELECT outcome, COUNT(*) AS n FROM deliveries GROUP BY outcome") {
                switch row["outcome"] as String {
                case "processed": counts.processed = row["n"]
                case "duplicate": counts.duplicates = row["n"]
                default: counts.failed = row["n"]
                }
            }
            if let row = try Row.fetchOne(
                db, sql: "SELECT name, reason, received_at FROM deliveries WHERE outcome = 'failed' ORDER BY id DESC LIMIT 1")
            {
                counts.lastFailure = (row["name"], row["reason"] ?? "", row["received_at"])
            }
            return counts
        }
    }

    /// Records that these deliveries' files have left the drop folder.
    public func markMoved(deliveries ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let list = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        try pool.write {
            try $0.execute(sql: "UPDATE deliveries SET moved = 1 WHERE id IN (SELECT value FROM json_each(?))", arguments: [list])
        }
    }

    /// Deliveries recorded but not marked as moved, with the name, inode and mtime of their file.
    public func unmovedDeliveries() throws -> [(id: Int64, name: String, inode: UInt64, mtimeNs: Int64)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, inode, mtime_ns FROM deliveries WHERE moved = 0").map { row in
                (
                    id: row["id"] as Int64, name: row["name"] as String, inode: UInt64(bitPattern: row["inode"] as Int64),
                    mtimeNs: row["mtime_ns"] as Int64
                )
            }
        }
    }

    /// How many alerts have an id above `id`: what a log that holds alerts up to `id` lacks.
    public func alertCount(afterID id: Int64) throws -> Int {
        try pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM alerts WHERE id > ?", arguments: [id]) ?? 0 }
    }

    /// The last alert id known to be durably written (written, then fsync'd) to a log file, and
    /// the inode of the file it was written to (nil before schema v6, or never written).
    public func logMark(_ file: String) throws -> (lastID: Int64, inode: UInt64?) {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT last_alert_id, inode FROM log_marks WHERE file = ?", arguments: [file]) else {
                return (0, nil)
            }
            return (row["last_alert_id"], (row["inode"] as Int64?).map { UInt64(bitPattern: $0) })
        }
    }

    /// Records the log file's position: the last alert it durably holds, and its inode. It can go
    /// back: a deleted or truncated log is rebuilt from the start.
    public func setLogMark(_ file: String, to id: Int64, inode: UInt64) throws {
        try pool.write {
            try $0.execute(
                sql: """
                    INSERT INTO log_marks (file, last_alert_id, inode) VALUES (?, ?, ?)
                    ON CONFLICT(file) DO UPDATE SET last_alert_id = excluded.last_alert_id, inode = excluded.inode
                    """, arguments: [file, id, Int64(bitPattern: inode)])
        }
    }
}
