import ClaimwatchSystem
import ClaimwatchWatch
import Foundation
import Synchronization

/// The files lately moved out of the drop folder, kept for a while to see whether a writer is
/// still writing to them. The move checked that the file was the one read, but a writer that
/// pauses longer than the settle window and then goes on writes into `processed/`, and what it
/// adds there is never read. Such a change cannot be undone; it is logged, once per file, so
/// that the operator can deliver by rename or lengthen `watch.settle_seconds`.
final class MovedFiles: Sendable {
    struct Moved {
        var path: FileName
        var inode: UInt64
        var size: Int64
        var mtimeNs: Int64
        var movedAt: ContinuousClock.Instant
    }

    /// How long a moved file is watched, and how many are watched at most (the oldest go first).
    static let watchedFor: Duration = .seconds(600)
    static let mostWatched = 2_000

    private let moved = Mutex<[Moved]>([])

    func record(_ path: FileName, inode: UInt64, size: Int64, mtimeNs: Int64) {
        moved.withLock { list in
            list.append(Moved(path: path, inode: inode, size: size, mtimeNs: mtimeNs, movedAt: .now))
            if list.count > Self.mostWatched { list.removeFirst(list.count - Self.mostWatched) }
        }
    }

    /// The moved files whose size or mtime changed since they were read, each reported once;
    /// files watched long enough, or gone or replaced, are forgotten.
    func changed() -> [(file: Moved, now: stat)] {
        moved.withLock { list in
            var changes: [(Moved, stat)] = []
            let now = ContinuousClock.now
            list.removeAll { file in
                guard now - file.movedAt < Self.watchedFor else { return true }
                guard let info = try? Posix.lstat(file.path), UInt64(info.st_ino) == file.inode else { return true }
                guard Int64(info.st_size) != file.size || info.mtimeNs != file.mtimeNs else { return false }
                changes.append((file, info))
                return true
            }
            return changes
        }
    }
}
