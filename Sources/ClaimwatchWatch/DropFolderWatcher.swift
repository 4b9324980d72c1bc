import CInotifyTools
import ClaimwatchSystem
import Foundation
import Logging
import Synchronization

/// Watches the drop folder and one level of outlet subfolders on a dedicated thread, and delivers
/// what it sees as an `AsyncStream` of hints.
///
/// - Overflow of the kernel queue becomes `.rescan`.
/// - When the drop folder is deleted or moved away, the watcher reports `.folderMissing`, waits for
///   it to come back, re-initialises inotify and reports `.rescan`.
public final class DropFolderWatcher: Sendable {
    public let root: String
    private let logger: Logger
    private let stopped = Atomic<Bool>(false)

    public init(root: String, logger: Logger) {
        self.root = root
        self.logger = logger
    }

    /// Starts the watching thread. Call once. The stream ends after `stop()`.
    /// - Throws: when inotify cannot be set up on the folder at all.
    public func start() throws -> AsyncStream<WatchEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: WatchEvent.self, bufferingPolicy: .unbounded)
        // libinotifytools is used from this one thread only, set-up included.
        let setUpResult = Mutex<InotifySession.Failure?>(nil)
        let setUpDone = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            var session = InotifySession()
            do throws(InotifySession.Failure) {
                try Self.setUp(&session, root: root)
            } catch {
                InotifySession.cleanup()
                setUpResult.withLock { $0 = error }
                setUpDone.signal()
                continuation.finish()
                return
            }
            setUpDone.signal()
            self.run(session: session, continuation: continuation)
        }
        thread.name = "claimwatch-inotify"
        thread.start()
        setUpDone.wait()
        if let failure = setUpResult.withLock({ $0 }) { throw failure }
        return stream
    }

    /// Asks the thread to stop; it notices within one poll (one second).
    public func stop() { stopped.store(true, ordering: .relaxed) }

    private static func setUp(_ session: inout InotifySession, root: String) throws(InotifySession.Failure) {
        try InotifySession.initialize()
        session.reset()
        try session.watch(directory: FileName(root), relative: FileName(""))
        guard case .success(let handle) = DirectoryHandle.open(path: root) else { return }
        for name in DropFolderListing.outletSubfolders(of: handle) {
            try? session.watch(directory: FileName(root).appending(name), relative: name)
        }
    }

    private func run(session initial: InotifySession, continuation: AsyncStream<WatchEvent>.Continuation) {
        var session = initial
        defer {
            InotifySession.cleanup()
            continuation.finish()
        }
        while !stopped.load(ordering: .relaxed) {
            guard let event = session.nextEvent() else { continue }
            if event.has(IN_Q_OVERFLOW) {
                logger.warning("inotify queue overflowed; rescanning the drop folder")
                continuation.yield(.rescan(reason: "inotify queue overflow"))
                continue
            }
            guard let directory = session.directories[event.wd] else { continue }
            if event.has(InotifySession.selfMask) || event.has(IN_IGNORED) {
                if directory.bytes.isEmpty {
                    continuation.yield(.folderMissing)
                    guard waitForRoot(&session, continuation: continuation) else { return }
                    continuation.yield(.rescan(reason: "drop folder came back"))
                } else {
                    session.forget(wd: event.wd)
                }
                continue
            }
            if event.has(IN_ISDIR) {
                if directory.bytes.isEmpty, event.has(IN_CREATE | IN_MOVED_TO), DropFolderListing.isCandidateName(event.name) {
                    try? session.watch(directory: FileName(root).appending(event.name), relative: event.name)
                    continuation.yield(.rescan(reason: "new outlet folder \(event.name)"))
                }
                continue
            }
            guard !event.name.bytes.isEmpty else { continue }
            continuation.yield(.file(path: directory.appending(event.name), renamedIn: event.has(IN_MOVED_TO)))
        }
    }

    /// After the root went away: drop every watch, wait for a directory to stand at the path again
    /// (a symbolic link there is reported once and not followed), watch anew.
    /// Returns false when asked to stop while waiting.
    private func waitForRoot(_ session: inout InotifySession, continuation: AsyncStream<WatchEvent>.Continuation) -> Bool {
        logger.warning("drop folder is gone; waiting for it to come back", metadata: ["drop.path": "\(root)"])
        InotifySession.cleanup()
        var reportedLink: String?
        while !stopped.load(ordering: .relaxed) {
            if let info = try? Posix.lstat(root) {
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    do {
                        try Self.setUp(&session, root: root)
                        logger.notice("drop folder is back; watching again", metadata: ["drop.path": "\(root)"])
                        return true
                    } catch {
                        logger.error("cannot watch the drop folder again: \(error)", metadata: ["drop.path": "\(root)"])
                        InotifySession.cleanup()
                    }
                case S_IFLNK:
                    if let target = DirectoryHandle.symbolicLinkTarget(of: root), reportedLink != target {
                        reportedLink = target
                        logger.warning(
                            "the drop folder \(root) has been replaced by a symbolic link to \(target); claimwatch does not follow it; put a directory back",
                            metadata: ["drop.path": "\(root)"])
                        continuation.yield(.folderIsSymbolicLink(target: target))
                    }
                default: break
                }
            }
            Thread.sleep(forTimeInterval: 0.5)
        }
        return false
    }
}
