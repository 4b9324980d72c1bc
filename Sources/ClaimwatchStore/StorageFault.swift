import GRDB

/// Which errors while recording a file are the storage's, and which are the file's.
///
/// The rule: an error that comes from one file's content is that file's failure (it goes to
/// `failed/` with a reason), never the batch's. Only a fault of the storage itself (a full disk,
/// an I/O error, a lock held too long, a damaged file) holds the batch back, to be retried: every
/// other file would fail the same way, and none of them is to blame.
public enum StorageFault {
    /// SQLite's primary result codes that say the storage, not the statement, failed.
    static let storageCodes: [ResultCode] = [
        .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CANTOPEN, .SQLITE_READONLY,
        .SQLITE_NOMEM, .SQLITE_PROTOCOL, .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_INTERRUPT, .SQLITE_NOLFS,
        .SQLITE_PERM, .SQLITE_AUTH,
    ]

    /// Whether `error` must fail the whole batch (the files stay in the drop folder and are tried
    /// again) rather than the one file being recorded.
    public static func holdsTheBatch(_ error: any Error) -> Bool {
        guard let database = error as? DatabaseError else { return false }
        return storageCodes.contains(database.resultCode.primaryResultCode)
    }

    /// The reason recorded for a file whose content made recording fail.
    public static func reason(for error: any Error) -> String {
        let detail: String
        if let database = error as? DatabaseError {
            detail = "database error while recording the file: \(database.message ?? "\(database)")"
        } else {
            detail = "\(error)"
        }
        return "unrecordable: \(detail); the file is set aside so that other files go on (please report it with the file)"
    }
}
