import ClaimwatchWatch

/// The drop folder and its outlet subfolders, each opened at most once per turn of the loop, one
/// component at a time without following symbolic links.
struct FolderCache {
    let root: String
    private var rootHandle: Result<DirectoryHandle, DirectoryHandle.Refusal>?
    private var outlets: [FileName: DirectoryHandle?] = [:]

    init(root: String) { self.root = root }

    /// The directory holding `path` (`name` or `outlet/name`), or nil when it cannot be opened:
    /// gone, or a symbolic link.
    mutating func folder(of path: FileName) -> DirectoryHandle? {
        if rootHandle == nil { rootHandle = DirectoryHandle.open(path: root) }
        guard case .success(let top) = rootHandle else { return nil }
        guard let outlet = path.folder else { return top }
        if let known = outlets[outlet] { return known }
        let opened = try? top.subdirectory(outlet).get()
        outlets[outlet] = opened
        return opened
    }
}
