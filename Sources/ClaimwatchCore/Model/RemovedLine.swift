/// A line intake removed from an article as page furniture, kept so that a user can see why.
public struct RemovedLine: Sendable, Equatable, Codable {
    /// 1-based line number in the input text.
    public var line: Int
    public var text: String
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}
