/// Exit codes of `claimwatch`, so that systemd and scripts can tell failures apart.
/// The unit's `RestartPreventExitStatus` lists the ones a restart cannot fix.
public enum ClaimwatchExit: Int32, Sendable {
    case success = 0
    /// Something failed at run time (an I/O error the daemon could not get past).
    case failure = 1
    /// The database was written by a newer claimwatch (sysexits EX_DATAERR).
    case databaseTooNew = 65
    /// The database file is damaged or is not a claimwatch database (sysexits EX_NOINPUT).
    case databaseDamaged = 66
    /// A folder or the database cannot be created or written: a read-only file system, missing
    /// permissions (sysexits EX_CANTCREAT). Restarted by the unit: a remount, a fixed permission or
    /// a mount that comes up later lets the next start succeed.
    case cannotCreate = 73
    /// A read command found no claimwatch database, or one only the daemon can upgrade (sysexits
    /// EX_UNAVAILABLE). Read commands never create or migrate a database.
    case noDatabase = 69
    /// Another process (a daemon, or `claimwatch ingest`) holds the data directory's writer lock
    /// (sysexits EX_TEMPFAIL): one writer at a time. Restarted by the unit: once the other writer
    /// is done, the next start succeeds.
    case anotherWriter = 75
    /// A bad or unreadable configuration file or option (sysexits EX_CONFIG).
    case configuration = 78
}
