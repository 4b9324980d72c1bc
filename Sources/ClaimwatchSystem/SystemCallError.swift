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
        "\(call)\(path.map { " \($0)" } ?? ""): \(reason)"
    }

    /// What the errno means, without the call and path: "No space left on device".
    public var reason: String { Self.reason(errno) }

    /// What an errno means: `strerror`, for messages that hold an errno without a call.
    public static func reason(_ errno: Int32) -> String { String(cString: strerror(errno)) }
}
