import ClaimwatchWatch
import ServiceLifecycle

/// Owns the drop-folder watcher's thread for the daemon's lifetime. The watcher is started before
/// the group runs (`ClaimwatchBuilder.makeDaemon`), so that nothing dropped between the first scan
/// and the first inotify event is missed; this service stops it on shutdown, which ends its stream.
struct WatcherService: Service {
    let watcher: DropFolderWatcher

    func run() async {
        // Returns on graceful shutdown, or throws when the group is cancelled: both end the watch.
        try? await gracefulShutdown()
        watcher.stop()
    }
}
