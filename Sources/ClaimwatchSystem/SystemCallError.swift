import Glibc

/// A system call that failed: which call, on which path, and the errno it set.
public struct SystemCallError: Error, Sendable, Equatable, CustomStringConvertible {
    public var call: String
    public var path: String?
    public var errno: Int32

    public init(_ call: String, path: String? = nil, errno: Int32 = Glibc.errno) {
        self.call = call
        self.path = path
        self.errno = errno
    }

    public var description: String {
        "\(call)\(path.map { " \($0)" } ?? ""): \(String(cString: strerror(errno)))"
    }
}
