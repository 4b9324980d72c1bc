/// Why a file could not become an article. The message names the problem and what to do about it.
public struct IntakeError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case empty, truncated, binary, undecodable, unparseable, unsupportedFormat = "unsupported-format"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
