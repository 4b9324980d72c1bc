import ClaimwatchCore
public import Foundation
import GRDB

extension ClaimDatabase {
    /// Runs `body` in one write transaction, committed when it returns and rolled back when it
    /// throws. The ledger it gets is the engine's port onto this transaction; inside, each
    /// `ledger.atomically` is a savepoint.
    /// - Parameters:
    ///   - candidatesSince: claims first seen before this time are not candidates (the window of
    ///     `matching.window_days`); nil: every stored claim is.
    ///   - shortlistCache: what candidate search keeps of stored claims between transactions.
    public func transaction<T>(candidatesSince: Date? = nil, shortlistCache: ShortlistCache? = nil, _ body: (Ledger) throws -> T) throws -> T {
        try pool.write { db in try body(Ledger(db, candidatesSince: candidatesSince, shortlistCache: shortlistCache)) }
    }
}
