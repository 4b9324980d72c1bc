/// What the watcher tells the pipeline. Events are hints: the folder is the truth.
public enum WatchEvent: Sendable, Equatable {
    /// Something happened to a file (`name` or `outlet/name`, exact bytes). `renamedIn` is true
    /// when it arrived by rename and is complete.
    case file(path: FileName, renamedIn: Bool)
    /// The folder must be scanned again: the kernel queue overflowed, or the folder came back.
    case rescan(reason: String)
    /// The drop folder is gone (deleted or moved away); the watcher waits for it to come back.
    case folderMissing
    /// A symbolic link (to `target`) stands where the drop folder was: it is not followed, and the
    /// watcher waits for a directory to be put back.
    case folderIsSymbolicLink(target: String)
}
