import Foundation

/// How a delivered file was recorded. The raw values are what the store keeps.
public enum DeliveryOutcome: String, Sendable, Equatable, CaseIterable {
    /// Its articles, claims, matches and alerts were recorded.
    case processed
    /// The same bytes were processed before, under some name: nothing new was recorded.
    case duplicate
    /// It could not be read or recorded; `Delivery.reason` says why.
    case failed
}

/// One file handed to the engine, as it is recorded.
public struct Delivery: Sendable, Equatable {
    public var sha256: String?
    public var name: String
    public var inode: UInt64
    public var mtimeNs: Int64
    public var size: Int64
    public var outcome: DeliveryOutcome
    public var reason: String?
    public var articleID: Int64?
    public var time: Date
    /// Nothing is left to move: the file is not in a drop folder (`claimwatch ingest`).
    public var moved: Bool

    public init(
        sha256: String?, name: String, inode: UInt64, mtimeNs: Int64, size: Int64, outcome: DeliveryOutcome,
        reason: String? = nil, articleID: Int64? = nil, at time: Date, moved: Bool = false
    ) {
        self.sha256 = sha256
        self.name = name
        self.inode = inode
        self.mtimeNs = mtimeNs
        self.size = size
        self.outcome = outcome
        self.reason = reason
        self.articleID = articleID
        self.time = time
        self.moved = moved
    }
}

/// A delivery recorded by an earlier run that was never moved.
public struct PriorDelivery: Sendable, Equatable {
    public var id: Int64
    public var outcome: DeliveryOutcome
    public var reason: String?

    public init(id: Int64, outcome: DeliveryOutcome, reason: String?) {
        self.id = id
        self.outcome = outcome
        self.reason = reason
    }
}

/// A line of a `.jsonl` file that could not be read, and why.
public struct FailedLine: Sendable, Equatable {
    public var line: Int
    public var reason: String
    public var text: String

    public init(line: Int, reason: String, text: String) {
        self.line = line
        self.reason = reason
        self.text = text
    }
}
