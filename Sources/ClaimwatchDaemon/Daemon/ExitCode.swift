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
    /// A bad or unreadable configuration file or option (sysexits EX_CONFIG).
    case configuration = 78
}
