import Glibc

/// The one owner of claimwatch's POSIX calls on files, in the style of swift-nio's
/// `NIOPosix/System.swift`: one thin wrapper per call, retried while it fails with EINTR, throwing
/// a `SystemCallError` with the call's name, the path (or, for a call on a descriptor, the path the
/// caller names it by) and the errno. Paths are `SystemPath`s: their exact bytes go to the call.
///
/// Nothing outside this module calls these functions or reads `errno` itself. A caller that needs
/// to tell errors apart switches on `SystemCallError.errno`.
public enum Posix {
    /// `AT_FDCWD`: a path relative to the working directory, for the `...at` calls.
    public static let currentDirectory: CInt = AT_FDCWD

    // MARK: Opening and closing

    public static func open(_ path: some SystemPath, _ flags: CInt, permissions: mode_t = 0) throws(SystemCallError) -> CInt {
        try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("open", path.systemPathDescription) { Glibc.open(cPath, flags, permissions) }
        }
    }

    /// `path` relative to the open directory `directory` (or `currentDirectory`).
    public static func openat(_ directory: CInt, _ path: some SystemPath, _ flags: CInt, permissions: mode_t = 0) throws(SystemCallError) -> CInt {
        try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("openat", path.systemPathDescription) { Glibc.openat(directory, cPath, flags, permissions) }
        }
    }

    /// Closes a descriptor. Not retried and not reported: on Linux the descriptor is released even
    /// when close(2) fails (EINTR included), so a retry could close a descriptor another thread just
    /// opened, and there is nothing left to do with the error.
    public static func close(_ descriptor: CInt) {
        _ = Glibc.close(descriptor)
    }

    // MARK: Reading and writing

    /// Reads at most `buffer.count` bytes; 0 at end of file.
    public static func read(_ descriptor: CInt, into buffer: UnsafeMutableRawBufferPointer, path: String? = nil) throws(SystemCallError) -> Int {
        try retrying("read", path) { Glibc.read(descriptor, buffer.baseAddress, buffer.count) }
    }

    public static func pread(
        _ descriptor: CInt, into buffer: UnsafeMutableRawBufferPointer, at offset: off_t, path: String? = nil
    ) throws(SystemCallError) -> Int {
        try retrying("pread", path) { Glibc.pread(descriptor, buffer.baseAddress, buffer.count, offset) }
    }

    /// Writes at most `bytes.count` bytes, returning how many were written.
    public static func write(_ descriptor: CInt, _ bytes: UnsafeRawBufferPointer, path: String? = nil) throws(SystemCallError) -> Int {
        try retrying("write", path) { Glibc.write(descriptor, bytes.baseAddress, bytes.count) }
    }

    /// Writes all of `bytes`, going on after a short write; the error of the write that failed.
    public static func writeAll(_ descriptor: CInt, _ bytes: UnsafeRawBufferPointer, path: String? = nil) throws(SystemCallError) {
        var offset = 0
        while offset < bytes.count {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[offset...])
            let written = try retrying("write", path) { Glibc.write(descriptor, rest.baseAddress, rest.count) }
            // A regular file returns 0 only for an empty write; never loop forever on it.
            guard written > 0 else { throw SystemCallError("write", path: path, errno: EIO) }
            offset += written
        }
    }

    public static func pwrite(
        _ descriptor: CInt, _ bytes: UnsafeRawBufferPointer, at offset: off_t, path: String? = nil
    ) throws(SystemCallError) -> Int {
        try retrying("pwrite", path) { Glibc.pwrite(descriptor, bytes.baseAddress, bytes.count, offset) }
    }

    // Array forms: `Array.withUnsafeBytes` only rethrows untyped errors, so callers with an array
    // use these rather than open-coding the pointer.

    /// Reads into `buffer[start...]`, returning how many bytes were read; 0 at end of file.
    public static func read(_ descriptor: CInt, into buffer: inout [UInt8], from start: Int = 0, path: String? = nil) throws(SystemCallError) -> Int {
        try buffer.withUnsafeMutableBufferPointer { (all) throws(SystemCallError) -> Int in
            try read(descriptor, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: all[start...])), path: path)
        }
    }

    /// Reads at most `buffer.count` bytes at `offset`, returning how many were read.
    public static func pread(_ descriptor: CInt, into buffer: inout [UInt8], at offset: off_t, path: String? = nil) throws(SystemCallError) -> Int {
        try buffer.withUnsafeMutableBufferPointer { (all) throws(SystemCallError) -> Int in
            try pread(descriptor, into: UnsafeMutableRawBufferPointer(all), at: offset, path: path)
        }
    }

    /// One write(2) of at most `bytes.count` bytes, returning how many were written.
    public static func write(_ descriptor: CInt, _ bytes: [UInt8], path: String? = nil) throws(SystemCallError) -> Int {
        try bytes.withUnsafeBufferPointer { (all) throws(SystemCallError) -> Int in try write(descriptor, UnsafeRawBufferPointer(all), path: path) }
    }

    public static func writeAll(_ descriptor: CInt, _ bytes: [UInt8], path: String? = nil) throws(SystemCallError) {
        try bytes.withUnsafeBufferPointer { (all) throws(SystemCallError) in try writeAll(descriptor, UnsafeRawBufferPointer(all), path: path) }
    }

    public static func pwrite(_ descriptor: CInt, _ bytes: [UInt8], at offset: off_t, path: String? = nil) throws(SystemCallError) -> Int {
        try bytes.withUnsafeBufferPointer { (all) throws(SystemCallError) -> Int in
            try pwrite(descriptor, UnsafeRawBufferPointer(all), at: offset, path: path)
        }
    }

    /// pwrite(2) of one byte, for a signal handler: async-signal-safe (no allocation, no Swift
    /// error, no retry), so it only says whether the byte was written.
    public static func pwriteSignalSafe(_ descriptor: CInt, byte: UInt8, at offset: off_t) -> Bool {
        var byte = byte
        return Glibc.pwrite(descriptor, &byte, 1, offset) == 1
    }

    public static func lseek(_ descriptor: CInt, _ offset: off_t, _ whence: CInt, path: String? = nil) throws(SystemCallError) -> off_t {
        try retrying("lseek", path) { Glibc.lseek(descriptor, offset, whence) }
    }

    public static func fsync(_ descriptor: CInt, path: String? = nil) throws(SystemCallError) {
        _ = try retrying("fsync", path) { Glibc.fsync(descriptor) }
    }

    public static func fdatasync(_ descriptor: CInt, path: String? = nil) throws(SystemCallError) {
        _ = try retrying("fdatasync", path) { Glibc.fdatasync(descriptor) }
    }

    public static func ftruncate(_ descriptor: CInt, _ size: off_t, path: String? = nil) throws(SystemCallError) {
        _ = try retrying("ftruncate", path) { Glibc.ftruncate(descriptor, size) }
    }

    /// flock(2): `LOCK_EX`, `LOCK_SH` or `LOCK_UN`, with `LOCK_NB` to fail with EWOULDBLOCK
    /// instead of waiting.
    public static func flock(_ descriptor: CInt, _ operation: CInt, path: String? = nil) throws(SystemCallError) {
        _ = try retrying("flock", path) { callFlock(descriptor, operation) }
    }

    // MARK: Status

    public static func fstat(_ descriptor: CInt, path: String? = nil) throws(SystemCallError) -> Glibc.stat {
        var info = Glibc.stat()
        _ = try retrying("fstat", path) { Glibc.fstat(descriptor, &info) }
        return info
    }

    /// `flags`: `AT_SYMLINK_NOFOLLOW` for the link itself (lstat).
    public static func fstatat(_ directory: CInt, _ path: some SystemPath, flags: CInt) throws(SystemCallError) -> Glibc.stat {
        var info = Glibc.stat()
        _ = try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("fstatat", path.systemPathDescription) { Glibc.fstatat(directory, cPath, &info, flags) }
        }
        return info
    }

    /// stat(2): follows symbolic links.
    public static func stat(_ path: some SystemPath) throws(SystemCallError) -> Glibc.stat {
        var info = Glibc.stat()
        _ = try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("stat", path.systemPathDescription) { callStat(cPath, &info) }
        }
        return info
    }

    /// lstat(2): the symbolic link itself, never what it points to.
    public static func lstat(_ path: some SystemPath) throws(SystemCallError) -> Glibc.stat {
        var info = Glibc.stat()
        _ = try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("lstat", path.systemPathDescription) { Glibc.lstat(cPath, &info) }
        }
        return info
    }

    /// access(2) with `R_OK`, `W_OK`, `X_OK` or `F_OK`.
    public static func access(_ path: some SystemPath, _ mode: CInt) throws(SystemCallError) {
        _ = try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("access", path.systemPathDescription) { Glibc.access(cPath, mode) }
        }
    }

    // MARK: Names

    /// linkat(2): a new name for a file; fails with EEXIST rather than replace one.
    public static func linkat(
        _ fromDirectory: CInt, _ from: some SystemPath, _ toDirectory: CInt, _ to: some SystemPath, flags: CInt = 0
    ) throws(SystemCallError) {
        _ = try from.withSystemPath { (cFrom) throws(SystemCallError) -> CInt in
            try to.withSystemPath { (cTo) throws(SystemCallError) -> CInt in
                try retrying("linkat", "\(from.systemPathDescription) -> \(to.systemPathDescription)") {
                    Glibc.linkat(fromDirectory, cFrom, toDirectory, cTo, flags)
                }
            }
        }
    }

    /// `flags`: `AT_REMOVEDIR` for a directory.
    public static func unlinkat(_ directory: CInt, _ path: some SystemPath, flags: CInt = 0) throws(SystemCallError) {
        _ = try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("unlinkat", path.systemPathDescription) { Glibc.unlinkat(directory, cPath, flags) }
        }
    }

    public static func unlink(_ path: some SystemPath) throws(SystemCallError) {
        _ = try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("unlink", path.systemPathDescription) { Glibc.unlink(cPath) }
        }
    }

    public static func mkdir(_ path: some SystemPath, permissions: mode_t = 0o777) throws(SystemCallError) {
        _ = try path.withSystemPath { (cPath) throws(SystemCallError) -> CInt in
            try retrying("mkdir", path.systemPathDescription) { Glibc.mkdir(cPath, permissions) }
        }
    }

    /// Where the symbolic link `path` (in `directory`) points, as its exact bytes.
    public static func readlinkat(_ directory: CInt, _ path: some SystemPath) throws(SystemCallError) -> [UInt8] {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
        let count = try path.withSystemPath { (cPath) throws(SystemCallError) -> Int in
            try buffer.withUnsafeMutableBufferPointer { (target) throws(SystemCallError) -> Int in
                try retrying("readlinkat", path.systemPathDescription) { Glibc.readlinkat(directory, cPath, target.baseAddress!, target.count) }
            }
        }
        return buffer[0..<count].map { UInt8(bitPattern: $0) }
    }

    /// realpath(3): the absolute path with every symbolic link resolved, as its exact bytes.
    public static func realpath(_ path: some SystemPath) throws(SystemCallError) -> [UInt8] {
        try path.withSystemPath { (cPath) throws(SystemCallError) -> [UInt8] in
            while true {
                if let resolved = Glibc.realpath(cPath, nil) {
                    defer { free(resolved) }
                    return Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
                }
                let code = Glibc.errno
                if code != EINTR { throw SystemCallError("realpath", path: path.systemPathDescription, errno: code) }
            }
        }
    }

    // MARK: Directories

    /// One entry of a directory: its exact name and the `d_type` that readdir(3) gave
    /// (`DT_UNKNOWN` when the file system does not say).
    public struct DirectoryEntry: Sendable, Equatable {
        public var name: [UInt8]
        public var type: UInt8
    }

    /// Every entry of the open directory `descriptor` but `.` and `..`, in directory order, read
    /// from the start through a duplicate of it (`descriptor` stays open and usable).
    public static func readDirectory(_ descriptor: CInt, path: String? = nil) throws(SystemCallError) -> [DirectoryEntry] {
        let copy = try retrying("dup", path) { Glibc.dup(descriptor) }
        guard let directory = fdopendir(copy) else {
            let code = Glibc.errno
            Glibc.close(copy)
            throw SystemCallError("fdopendir", path: path, errno: code)
        }
        defer { closedir(directory) }
        // The copy shares the offset of `descriptor`: start from the beginning.
        rewinddir(directory)
        var result: [DirectoryEntry] = []
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while true {
            Glibc.errno = 0
            guard let entry = readdir(directory) else {
                let code = Glibc.errno
                if code != 0 { throw SystemCallError("readdir", path: path, errno: code) }
                break
            }
            // Read in place: a record can be shorter than `dirent`, so copying `d_name` can read
            // past the end of the buffer (a crash seen when listing 20,000 files).
            let name = UnsafeRawPointer(entry) + offset
            let bytes = Array(UnsafeRawBufferPointer(start: name, count: strlen(name.assumingMemoryBound(to: CChar.self))))
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            result.append(DirectoryEntry(name: bytes, type: entry.pointee.d_type))
        }
        return result
    }

    // MARK: Retrying

    /// Runs `body` until it does not fail with EINTR; a failure (a negative result) is thrown as
    /// `call` on `path` with its errno.
    @inline(__always)
    static func retrying<Result: SignedInteger>(
        _ call: String, _ path: @autoclosure () -> String?, _ body: () -> Result
    ) throws(SystemCallError) -> Result {
        while true {
            let result = body()
            guard result < 0 else { return result }
            let code = Glibc.errno
            if code == EINTR { continue }
            throw SystemCallError(call, path: path(), errno: code)
        }
    }
}

// `Glibc.flock` and `Glibc.stat` also name structs; at file scope the calls resolve to the functions.
private func callFlock(_ descriptor: CInt, _ operation: CInt) -> CInt { flock(descriptor, operation) }
private func callStat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> CInt { stat(path, &info) }
