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
        entries(of: root).filter { $0.isDirectory }.map(\.name)
    }

    /// Every candidate file path relative to the root: `name` or `outlet/name`.
    public static func candidateFiles(under root: String) -> [String] {
        listing(of: root).files
    }

    /// Candidate files, and the folders nested deeper than one outlet level (`outlet/sub`), whose
    /// contents are never read.
    public static func listing(of root: String) -> (files: [String], tooDeep: [String]) {
        var files: [String] = []
        var tooDeep: [String] = []
        for entry in entries(of: root) {
            guard entry.isDirectory else { files.append(entry.name); continue }
            for inner in entries(of: root + "/" + entry.name) {
                if inner.isDirectory { tooDeep.append(entry.name + "/" + inner.name) }
                else { files.append(entry.name + "/" + inner.name) }
            }
        }
        return (files, tooDeep)
    }

    struct Entry { var name: String; var isDirectory: Bool }

    /// The name of a directory entry, read in place. A record from readdir can be shorter than
    /// `dirent`: copying its 256-byte `d_name` can read past the end of the buffer (a crash seen
    /// when listing 20,000 files).
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
    }

    static func entries(of directory: String) -> [Entry] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var result: [Entry] = []
        while let entry = readdir(dir) {
            let name = Self.name(of: entry)
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
        return result
    }
}
