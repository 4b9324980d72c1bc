import ClaimwatchSystem
import Foundation

/// What the drop folder holds: names the pipeline considers, one outlet subfolder level deep.
/// The folder and its subfolders are opened without following symbolic links.
public enum DropFolderListing {
    /// Names that are never articles: dotfiles and temporary names (`*.part`, `*.tmp`, `*~`).
    public static func isCandidateName(_ name: FileName) -> Bool {
        let bytes = name.bytes
        func ends(_ suffix: String) -> Bool { bytes.count >= suffix.utf8.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        return !(bytes.isEmpty || bytes.first == UInt8(ascii: ".") || ends(".part") || ends(".tmp") || ends("~") || ends(".reason"))
    }

    /// Outlet subfolders directly under the root (not symlinks, not dot-folders).
    public static func outletSubfolders(of root: DirectoryHandle) -> [FileName] {
        root.entries().filter { $0.isDirectory && isCandidateName($0.name) }.map(\.name)
    }

    /// Every candidate file path relative to the root: `name` or `outlet/name`. A root that is a
    /// symbolic link is resolved first, as the daemon does at start-up (for `claimwatch status`).
    public static func candidateFiles(under root: String) -> [FileName] {
        guard let resolved = try? Posix.realpath(root) else { return listing(of: root).files }
        return listing(of: String(decoding: resolved, as: UTF8.self)).files
    }

    /// What a scan of the drop folder finds.
    public struct Listing: Sendable {
        /// Candidate files, relative to the root, under their exact bytes.
        public var files: [FileName] = []
        /// Folders nested deeper than one outlet level (`outlet/sub`), whose contents are never read.
        public var tooDeep: [FileName] = []
        /// Why the root itself could not be read (a symbolic link is refused), if it could not.
        public var refused: DirectoryHandle.Refusal?
    }

    public static func listing(of root: String) -> Listing {
        switch DirectoryHandle.open(path: root) {
        case .success(let handle): return listing(of: handle)
        case .failure(let refusal):
            var listing = Listing()
            listing.refused = refusal
            return listing
        }
    }

    public static func listing(of root: DirectoryHandle) -> Listing {
        var listing = Listing()
        for entry in root.entries() where isCandidateName(entry.name) {
            guard entry.isDirectory else { listing.files.append(entry.name); continue }
            guard case .success(let folder) = root.subdirectory(entry.name) else { continue }
            for inner in folder.entries() where isCandidateName(inner.name) {
                let path = entry.name.appending(inner.name)
                if inner.isDirectory { listing.tooDeep.append(path) } else { listing.files.append(path) }
            }
        }
        return listing
    }
}
