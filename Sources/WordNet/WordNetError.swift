/// A WordNet database file that is missing or cannot be read.
public struct WordNetError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public var description: String {
        "\(path): \(reason) (the WordNet 3.0 database comes with the Debian package wordnet-base: run `make deps`)"
    }
}
