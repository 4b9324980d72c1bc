/// A path as a system call takes it: its exact bytes, handed to the call NUL-terminated and never
/// round-tripped through `String`, and a description for the error when the call fails.
///
/// `String` conforms (its UTF-8), and so does `RawPath` (any bytes). ClaimwatchWatch makes its
/// `FileName` conform, so that the drop folder's names go to the calls byte for byte.
public protocol SystemPath {
    /// Calls `body` with the path as a NUL-terminated C string.
    func withSystemPath<T, E: Error>(_ body: (UnsafePointer<CChar>) throws(E) -> T) throws(E) -> T
    /// The path as an error message shows it.
    var systemPathDescription: String { get }
}

extension String: SystemPath {
    public func withSystemPath<T, E: Error>(_ body: (UnsafePointer<CChar>) throws(E) -> T) throws(E) -> T {
        // `withCString` only rethrows untyped; `utf8CString` keeps the error type.
        try utf8CString.withUnsafeBufferPointer { (buffer) throws(E) -> T in try body(buffer.baseAddress!) }
    }

    public var systemPathDescription: String { self }
}

/// A path as raw bytes (not necessarily UTF-8), for callers that have no type of their own.
public struct RawPath: SystemPath, Hashable, Sendable {
    public var bytes: [UInt8]

    public init<Bytes: Collection<UInt8>>(bytes: Bytes) { self.bytes = Array(bytes) }
    public init(_ path: String) { self.bytes = Array(path.utf8) }

    public func withSystemPath<T, E: Error>(_ body: (UnsafePointer<CChar>) throws(E) -> T) throws(E) -> T {
        try Self.withNULTerminated(bytes, body)
    }

    /// Invalid UTF-8 is shown with replacement characters; the call itself gets the bytes.
    public var systemPathDescription: String { String(decoding: bytes, as: UTF8.self) }

    /// Calls `body` with `bytes` and a NUL after them, as a C string.
    public static func withNULTerminated<T, E: Error>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) throws(E) -> T) throws(E) -> T {
        try (bytes + [0]).withUnsafeBufferPointer { (buffer) throws(E) -> T in
            try buffer.withMemoryRebound(to: CChar.self) { (chars) throws(E) -> T in try body(chars.baseAddress!) }
        }
    }
}
