import Foundation

/// One alert: a new outlet repeats or contradicts a claim another outlet published first.
/// Its JSON form is the contract of `alerts.jsonl`; field names must not change.
public struct Alert: Sendable, Equatable, Codable {
    public struct ArticleRef: Sendable, Equatable, Codable {
        public var path: String
        public var title: String?
        public var url: String?
        public var published: String?
        public init(path: String, title: String?, url: String?, published: String?) {
            self.path = path; self.title = title; self.url = url; self.published = published
        }
    }

    public struct ClaimRef: Sendable, Equatable, Codable {
        public var id: Int64
        public var text: String
        public var speaker: String?
        public init(id: Int64, text: String, speaker: String?) {
            self.id = id; self.text = text; self.speaker = speaker
        }
    }

    public struct MatchedRef: Sendable, Equatable, Codable {
        public var claimID: Int64
        public var outlet: String
        public var text: String
        public var speaker: String?
        public var articleURL: String?
        @TimestampText public var firstSeen: Date
        enum CodingKeys: String, CodingKey {
            case claimID = "claim_id", outlet, text, speaker, articleURL = "article_url", firstSeen = "first_seen"
        }
        public init(claimID: Int64, outlet: String, text: String, speaker: String?, articleURL: String?, firstSeen: Date) {
            self.claimID = claimID; self.outlet = outlet; self.text = text; self.speaker = speaker
            self.articleURL = articleURL; self.firstSeen = firstSeen
        }
    }

    public var id: Int64
    /// When the alert was raised; ISO 8601 text, UTC, in its JSON.
    @TimestampText public var time: Date
    public var kind: MatchKind
    public var outlet: String
    public var article: ArticleRef
    public var claim: ClaimRef
    public var matched: MatchedRef
    public var score: Double
    public var reasons: [String]
    public var outletsCarrying: Int
    public var conflict: Conflict?

    enum CodingKeys: String, CodingKey {
        case id, time, kind, outlet, article, claim, matched, score, reasons, conflict
        case outletsCarrying = "outlets_carrying"
    }

    public init(
        id: Int64, time: Date, kind: MatchKind, outlet: String, article: ArticleRef, claim: ClaimRef,
        matched: MatchedRef, score: Double, reasons: [String], outletsCarrying: Int, conflict: Conflict?
    ) {
        self.id = id; self.time = time; self.kind = kind; self.outlet = outlet; self.article = article
        self.claim = claim; self.matched = matched; self.score = score; self.reasons = reasons
        self.outletsCarrying = outletsCarrying; self.conflict = conflict
    }
}
