import Foundation

// File names as exact bytes, for names that are not UTF-8: `String` would repair them into U+FFFD,
// so these helpers never turn a name into a `String` before the file system sees it.

/// `base/` followed by the bytes of `name`, NUL-terminated, for C calls.
func rawPath(_ base: String, _ name: [UInt8]) -> [CChar] {
    (Array((base + "/").utf8) + name + [0]).map { CChar(bitPattern: $0) }
}

/// Writes `contents` to the file `base/name` in place (what `cp` does).
func writeRaw(_ contents: String, to base: String, _ name: [UInt8]) throws {
    let fd = open(rawPath(base, name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw HarnessError("open \(base)/\(name) failed: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    let bytes = Array(contents.utf8)
    guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else { throw HarnessError("short write") }
}

/// Writes `contents` in `staging` and renames it to `base/name`: one IN_MOVED_TO with the raw name.
func deliverRaw(_ contents: String, to base: String, _ name: [UInt8], staging: String) throws {
    let temporary = staging + "/" + UUID().uuidString
    try Data(contents.utf8).write(to: URL(fileURLWithPath: temporary))
    guard rename(temporary, rawPath(base, name)) == 0 else { throw HarnessError("rename to \(base)/\(name) failed: \(errno)") }
}

/// Creates the folder `base/name`.
func makeRawDirectory(_ base: String, _ name: [UInt8]) throws {
    guard mkdir(rawPath(base, name), 0o755) == 0 else { throw HarnessError("mkdir \(base)/\(name) failed: \(errno)") }
}

/// The names in `directory` as readdir returns them (not `.` and `..`), sorted by bytes.
func rawNames(in directory: [CChar]) -> [[UInt8]] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [[UInt8]] = []
    while let entry = readdir(dir) {
        let start = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: UInt8.self)
        let name = Array(UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))))
        if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
    }
    return names.sorted { $0.lexicographicallyPrecedes($1) }
}

func rawNames(in directory: String) -> [[UInt8]] {
    rawNames(in: Array(directory.utf8CString))
}

/// Whether `base/name` exists (not following a symlink).
func rawEntryExists(_ base: String, _ name: [UInt8]) -> Bool {
    var info = stat()
    return lstat(rawPath(base, name), &info) == 0
}

/// The contents of `base/name`, or nil when it cannot be read.
func readRaw(_ base: String, _ name: [UInt8]) -> [UInt8]? {
    let fd = open(rawPath(base, name), O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return n == 0 ? bytes : nil }
        bytes += buffer[0..<n]
    }
}
