import Foundation

/// What the drop folder holds: names the pipeline considers, one outlet subfolder level deep.
public enum DropFolderListing {
    /// Names that are never articles: dotfiles and temporary names (`*.part`, `*.tmp`, `*~`).
    public static func isCandidateName(_ name: String) -> Bool {
        !(name.isEmpty || name.hasPrefix(".") || name.hasSuffix(".part") || name.hasSuffix(".tmp")
          || name.hasSuffix("~") || name.hasSuffix(".reason"))
    }

    /// Outlet subfolders directly under the root (not symlinks, not dot-folders).
    public static func outletSubfolders(of root: String) -> [String] {
        entries(of: root).entries.filter { $0.isDirectory }.map(\.name)
    }

    /// Every candidate file path relative to the root: `name` or `outlet/name`.
    public static func candidateFiles(under root: String) -> [String] {
        listing(of: root).files
    }

    /// What a scan of the drop folder finds.
    public struct Listing: Sendable {
        /// Candidate files, relative to the root.
        public var files: [String] = []
        /// Folders nested deeper than one outlet level (`outlet/sub`), whose contents are never read.
        public var tooDeep: [String] = []
        /// Names that are not valid UTF-8, escaped (`bad\xff.txt`): they cannot be processed under
        /// their exact bytes yet, and are reported instead of being skipped in silence.
        public var undecodable: [String] = []
    }

    public static func listing(of root: String) -> Listing {
        var listing = Listing()
        let top = entries(of: root)
        listing.undecodable = top.undecodable
        for entry in top.entries {
            guard entry.isDirectory else { listing.files.append(entry.name); continue }
            let inside = entries(of: root + "/" + entry.name)
            listing.undecodable += inside.undecodable.map { entry.name + "/" + $0 }
            for inner in inside.entries {
                if inner.isDirectory { listing.tooDeep.append(entry.name + "/" + inner.name) }
                else { listing.files.append(entry.name + "/" + inner.name) }
            }
        }
        return listing
    }

    struct Entry { var name: String; var isDirectory: Bool }

    /// The name of a directory entry, read in place, or nil with its bytes escaped when it is not
    /// valid UTF-8. A record from readdir can be shorter than `dirent`: copying its 256-byte
    /// `d_name` can read past the end of the buffer (a crash seen when listing 20,000 files).
    static func name(of entry: UnsafeMutablePointer<dirent>) -> (name: String?, escaped: String) {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let bytes = (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self)
        if let name = String(validatingCString: bytes) { return (name, name) }
        let raw = UnsafeBufferPointer(start: UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: strlen(bytes))
        let printable: ClosedRange<UInt8> = 0x20...0x7E
        return (nil, raw.map { printable.contains($0) && $0 != UInt8(ascii: "\\") ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined())
    }

    static func entries(of directory: String) -> (entries: [Entry], undecodable: [String]) {
        guard let dir = opendir(directory) else { return ([], []) }
        defer { closedir(dir) }
        var result: [Entry] = []
        var undecodable: [String] = []
        while let entry = readdir(dir) {
            let read = Self.name(of: entry)
            guard let name = read.name else { undecodable.append(read.escaped); continue }
            guard isCandidateName(name) else { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                if lstat(directory + "/" + name, &info) == 0 {
                    type = info.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                }
            }
            result.append(Entry(name: name, isDirectory: type == UInt8(DT_DIR)))
        }
        return (result, undecodable)
    }
}
