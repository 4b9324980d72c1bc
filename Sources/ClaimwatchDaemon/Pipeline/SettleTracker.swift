import ClaimwatchWatch

/// Decides when a file in the drop folder is ready: renamed-in files at once, files written in
/// place once their size and mtime have not changed for the settle window.
///
/// Pure: the caller supplies each observation and the monotonic time in seconds.
struct SettleTracker {
    struct Observation: Equatable {
        var size: Int64
        var mtimeNs: Int64
        var inode: UInt64
    }

    private struct Pending {
        var last: Observation?
        var stableSince: Double
        var renamedIn: Bool
        /// Order of arrival, so that files are processed first come, first served.
        var sequence: Int
    }

    var settleSeconds: Double
    private var pending: [FileName: Pending] = [:]
    private var nextSequence = 0

    init(settleSeconds: Double) {
        self.settleSeconds = settleSeconds
    }

    var count: Int { pending.count }
    /// The pending paths in order of arrival.
    var paths: [FileName] { pending.sorted { $0.value.sequence < $1.value.sequence }.map(\.key) }

    /// A hint that `path` may have changed.
    mutating func hint(_ path: FileName, renamedIn: Bool, now: Double) {
        if var entry = pending[path] {
            entry.renamedIn = entry.renamedIn || renamedIn
            pending[path] = entry
        } else {
            pending[path] = Pending(last: nil, stableSince: now, renamedIn: renamedIn, sequence: nextSequence)
            nextSequence += 1
        }
    }

    /// Records what `lstat` saw; returns true when the file is ready to process.
    mutating func observe(_ path: FileName, _ observation: Observation, now: Double) -> Bool {
        guard var entry = pending[path] else { return false }
        defer { pending[path] = entry }
        if entry.last != observation {
            // A renamed-in file is complete the moment it appears; anything else must sit still.
            let wasRenamedIn = entry.renamedIn && entry.last == nil
            entry.last = observation
            entry.stableSince = now
            return wasRenamedIn
        }
        return now - entry.stableSince >= settleSeconds
    }

    mutating func forget(_ path: FileName) { pending[path] = nil }
}
