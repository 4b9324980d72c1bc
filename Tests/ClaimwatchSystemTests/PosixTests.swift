import Foundation
import Glibc
import Testing

@testable import ClaimwatchSystem

/// The wrappers on real files in a temporary directory: each works, and each failure names the
/// call, the path and the errno.
struct PosixTests {
    /// A fresh directory, removed after `body`.
    func inTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let directory = NSTemporaryDirectory() + "claimwatch-posix-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    func expectFailure(_ call: String, _ path: String?, _ errno: Int32, _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("\(call) should have failed")
        } catch {
            guard let error = error as? SystemCallError else {
                Issue.record("\(call) threw \(error), not a SystemCallError")
                return
            }
            #expect(error == SystemCallError(call, path: path, errno: errno))
            #expect(error.description == "\(call)\(path.map { " \($0)" } ?? ""): \(String(cString: strerror(errno)))")
            if let path { #expect(error.description.contains(path)) }
        }
    }

    @Test func writeFsyncAndReadBack() throws {
        try inTemporaryDirectory { directory in
            let path = directory + "/a.txt"
            let fd = try Posix.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions: 0o640)
            try Posix.writeAll(fd, Array("hello ".utf8), path: path)
            #expect(try Posix.write(fd, Array("world".utf8), path: path) == 5)
            try Posix.fsync(fd, path: path)
            try Posix.fdatasync(fd, path: path)
            #expect(try Posix.fstat(fd, path: path).st_size == 11)
            Posix.close(fd)

            let reader = try Posix.open(path, O_RDONLY | O_CLOEXEC)
            defer { Posix.close(reader) }
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = try Posix.read(reader, into: &buffer, path: path)
            #expect(String(decoding: buffer[0..<n], as: UTF8.self) == "hello world")
            #expect(try Posix.read(reader, into: &buffer, path: path) == 0)
            var tail = [UInt8](repeating: 0, count: 5)
            #expect(try Posix.pread(reader, into: &tail, at: 6) == 5)
            #expect(tail == Array("world".utf8))
            #expect(try Posix.lseek(reader, 0, SEEK_END) == 11)
        }
    }

    @Test func readIntoTheRestOfABuffer() throws {
        try inTemporaryDirectory { directory in
            let path = directory + "/a"
            try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
            let fd = try Posix.open(path, O_RDONLY)
            defer { Posix.close(fd) }
            var buffer: [UInt8] = [0x78, 0x78, 0, 0, 0]
            #expect(try Posix.read(fd, into: &buffer, from: 2) == 3)
            #expect(buffer == Array("xxabc".utf8))
        }
    }

    @Test func pwriteAndFtruncate() throws {
        try inTemporaryDirectory { directory in
            let path = directory + "/state"
            let fd = try Posix.open(path, O_RDWR | O_CREAT, permissions: 0o640)
            defer { Posix.close(fd) }
            #expect(try Posix.pwrite(fd, Array("0123456789".utf8), at: 0) == 10)
            #expect(try Posix.pwrite(fd, Array("ab".utf8), at: 2) == 2)
            try Posix.ftruncate(fd, 6, path: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "01ab45")
            #expect(Posix.pwriteSignalSafe(fd, byte: UInt8(ascii: "F"), at: 0))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "F1ab45")
        }
    }

    @Test func linkUnlinkAndStatRelativeToADirectory() throws {
        try inTemporaryDirectory { directory in
            try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/a.txt"))
            let folder = try Posix.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { Posix.close(folder) }
            let info = try Posix.fstatat(folder, "a.txt", flags: AT_SYMLINK_NOFOLLOW)
            #expect(info.st_mode & S_IFMT == S_IFREG)
            #expect(info.st_size == 1)

            try Posix.mkdir(directory + "/processed")
            try Posix.linkat(folder, "a.txt", Posix.currentDirectory, directory + "/processed/a.txt")
            #expect(try Posix.lstat(directory + "/processed/a.txt").st_ino == info.st_ino)
            #expect(try Posix.stat(directory + "/processed/a.txt").st_nlink == 2)
            try Posix.unlinkat(folder, "a.txt")
            #expect((try? Posix.fstatat(folder, "a.txt", flags: AT_SYMLINK_NOFOLLOW)) == nil)
            try Posix.unlink(directory + "/processed/a.txt")
            try Posix.unlinkat(folder, "processed", flags: AT_REMOVEDIR)
            #expect(try Posix.readDirectory(folder).isEmpty)
        }
    }

    @Test func exactBytesReachTheCall() throws {
        try inTemporaryDirectory { directory in
            // "caf\xe9.txt": not UTF-8, so no String could carry it.
            let name = RawPath(bytes: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
            let folder = try Posix.open(directory, O_RDONLY | O_DIRECTORY)
            defer { Posix.close(folder) }
            let fd = try Posix.openat(folder, name, O_WRONLY | O_CREAT | O_EXCL, permissions: 0o640)
            Posix.close(fd)
            try Posix.mkdir(directory + "/sub")
            let entries = try Posix.readDirectory(folder).sorted { $0.name.lexicographicallyPrecedes($1.name) }
            #expect(entries.map(\.name) == [name.bytes, Array("sub".utf8)])
            #expect(entries.allSatisfy { $0.type == UInt8(DT_REG) || $0.type == UInt8(DT_DIR) || $0.type == UInt8(DT_UNKNOWN) })
            #expect(try Posix.fstatat(folder, name, flags: AT_SYMLINK_NOFOLLOW).st_mode & S_IFMT == S_IFREG)
        }
    }

    @Test func symbolicLinksAndRealpath() throws {
        try inTemporaryDirectory { directory in
            try Posix.mkdir(directory + "/target")
            try FileManager.default.createSymbolicLink(atPath: directory + "/link", withDestinationPath: "target")
            #expect(try Posix.readlinkat(Posix.currentDirectory, directory + "/link") == Array("target".utf8))
            #expect(try Posix.lstat(directory + "/link").st_mode & S_IFMT == S_IFLNK)
            #expect(try Posix.stat(directory + "/link").st_mode & S_IFMT == S_IFDIR)
            let resolved = String(decoding: try Posix.realpath(directory + "/link"), as: UTF8.self)
            #expect(resolved == String(decoding: try Posix.realpath(directory), as: UTF8.self) + "/target")
            expectFailure("openat", "link", ELOOP) {
                let folder = try Posix.open(directory, O_RDONLY | O_DIRECTORY)
                defer { Posix.close(folder) }
                _ = try Posix.openat(folder, "link", O_RDONLY | O_NOFOLLOW)
            }
        }
    }

    @Test func flockIsExclusiveAcrossDescriptions() throws {
        try inTemporaryDirectory { directory in
            let path = directory + "/db.lock"
            let first = try Posix.open(path, O_RDWR | O_CREAT, permissions: 0o640)
            defer { Posix.close(first) }
            let second = try Posix.open(path, O_RDWR)
            defer { Posix.close(second) }
            try Posix.flock(first, LOCK_EX | LOCK_NB, path: path)
            expectFailure("flock", path, EWOULDBLOCK) { try Posix.flock(second, LOCK_SH | LOCK_NB, path: path) }
            try Posix.flock(first, LOCK_UN, path: path)
            try Posix.flock(second, LOCK_SH | LOCK_NB, path: path)
        }
    }

    @Test func eachFailureNamesTheCallThePathAndTheErrno() throws {
        try inTemporaryDirectory { directory in
            let missing = directory + "/missing.txt"
            try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/a.txt"))
            expectFailure("open", missing, ENOENT) { _ = try Posix.open(missing, O_RDONLY) }
            expectFailure("open", directory + "/a.txt", EEXIST) {
                _ = try Posix.open(directory + "/a.txt", O_WRONLY | O_CREAT | O_EXCL, permissions: 0o640)
            }
            expectFailure("openat", "missing.txt", ENOENT) { _ = try Posix.openat(Posix.currentDirectory, "missing.txt", O_RDONLY) }
            expectFailure("fstatat", missing, ENOENT) { _ = try Posix.fstatat(Posix.currentDirectory, missing, flags: AT_SYMLINK_NOFOLLOW) }
            expectFailure("stat", missing, ENOENT) { _ = try Posix.stat(missing) }
            expectFailure("lstat", missing, ENOENT) { _ = try Posix.lstat(missing) }
            expectFailure("unlinkat", missing, ENOENT) { try Posix.unlinkat(Posix.currentDirectory, missing) }
            expectFailure("unlink", missing, ENOENT) { try Posix.unlink(missing) }
            expectFailure("mkdir", directory, EEXIST) { try Posix.mkdir(directory) }
            expectFailure("mkdir", directory + "/a.txt/sub", ENOTDIR) { try Posix.mkdir(directory + "/a.txt/sub") }
            expectFailure("access", missing, ENOENT) { try Posix.access(missing, W_OK) }
            expectFailure("readlinkat", directory + "/a.txt", EINVAL) { _ = try Posix.readlinkat(Posix.currentDirectory, directory + "/a.txt") }
            expectFailure("realpath", missing, ENOENT) { _ = try Posix.realpath(missing) }
            expectFailure("linkat", "\(directory)/a.txt -> \(directory)/a.txt", EEXIST) {
                try Posix.linkat(Posix.currentDirectory, directory + "/a.txt", Posix.currentDirectory, directory + "/a.txt")
            }
            expectFailure("linkat", "\(missing) -> \(directory)/b.txt", ENOENT) {
                try Posix.linkat(Posix.currentDirectory, missing, Posix.currentDirectory, directory + "/b.txt")
            }
        }
    }

    @Test func failuresOnADescriptorNameThePathTheCallerGives() throws {
        try inTemporaryDirectory { directory in
            let path = directory + "/a.txt"
            let readOnly = try Posix.open(path, O_RDONLY | O_CREAT, permissions: 0o640)
            defer { Posix.close(readOnly) }
            expectFailure("write", path, EBADF) { _ = try Posix.write(readOnly, Array("x".utf8), path: path) }
            expectFailure("write", path, EBADF) { try Posix.writeAll(readOnly, Array("x".utf8), path: path) }
            expectFailure("pwrite", path, EBADF) { _ = try Posix.pwrite(readOnly, Array("x".utf8), at: 0, path: path) }
            expectFailure("ftruncate", path, EINVAL) { try Posix.ftruncate(readOnly, 0, path: path) }
            expectFailure("lseek", path, EINVAL) { _ = try Posix.lseek(readOnly, -1, SEEK_SET, path: path) }
            expectFailure("flock", "closed", EBADF) { try Posix.flock(-1, LOCK_EX, path: "closed") }
            let writeOnly = try Posix.open(path, O_WRONLY)
            defer { Posix.close(writeOnly) }
            var buffer = [UInt8](repeating: 0, count: 4)
            expectFailure("read", path, EBADF) { _ = try Posix.read(writeOnly, into: &buffer, path: path) }
            expectFailure("pread", path, EBADF) { _ = try Posix.pread(writeOnly, into: &buffer, at: 0, path: path) }
            let folder = try Posix.open(directory, O_RDONLY | O_DIRECTORY)
            defer { Posix.close(folder) }
            expectFailure("read", directory, EISDIR) { _ = try Posix.read(folder, into: &buffer, path: directory) }
            expectFailure("fsync", nil, EBADF) { try Posix.fsync(-1) }
            expectFailure("fdatasync", nil, EBADF) { try Posix.fdatasync(-1) }
            expectFailure("fstat", "gone", EBADF) { _ = try Posix.fstat(-1, path: "gone") }
            expectFailure("dup", nil, EBADF) { _ = try Posix.readDirectory(-1) }
            expectFailure("fdopendir", path, ENOTDIR) { _ = try Posix.readDirectory(readOnly, path: path) }
        }
    }
}
