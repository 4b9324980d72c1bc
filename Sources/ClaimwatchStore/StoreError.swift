/// A database problem, with what to do about it.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The database was written by a newer claimwatch: this binary must not touch it.
        case newerSchema = "newer-schema"
        case cannotOpen = "cannot-open"
        /// The file is damaged or is not a claimwatch database: a restart cannot fix it.
        case damaged = "damaged"
        /// A read command found no claimwatch database: it never creates one.
        case missing = "missing"
        /// A read command found a database of an older schema: only the daemon migrates.
        case olderSchema = "older-schema"
    }

    public var code: Code
    public var message: String
    public var path: String

    public var description: String { "\(path): \(message)" }
}
