/// What the watcher tells the pipeline. Events are hints: the folder is the truth.
public enum WatchEvent: Sendable, Equatable {
    /// Something happened to a file. `renamedIn` is true when it arrived by rename and is complete.
    case file(path: String, renamedIn: Bool)
    /// The folder must be scanned again: the kernel queue overflowed, or the folder came back.
    case rescan(reason: String)
    /// The drop folder is gone (deleted or moved away); the watcher waits for it to come back.
    case folderMissing
}
