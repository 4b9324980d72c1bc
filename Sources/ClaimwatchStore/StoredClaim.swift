import ClaimwatchCore
import Foundation
import GRDB

/// A claim as recorded: the extracted claim plus where and when it was first seen.
public struct StoredClaim: Sendable, Equatable {
    public var id: Int64
    public var articleID: Int64
    public var outlet: String
    public var clusterID: Int64
    public var createdAt: String
    public var articleURL: String?
    public var articleTitle: String?
    public var claim: Claim

    /// What the matcher compares.
    public var features: ClaimFeatures { ClaimFeatures(claim, outlet: outlet) }

    init(row: Row) {
        // Most claims have no numbers, dates or names: "[]" skips the decoder.
        let quantities = JSONText.decode([Quantity].self, from: row["quantities"], fallback: [])
        id = row["id"]
        articleID = row["article_id"]
        outlet = row["outlet"]
        clusterID = row["cluster_id"]
        createdAt = row["created_at"]
        articleURL = row["url"]
        articleTitle = row["title"]
        let quoteStart: Int? = row["quote_start"], quoteEnd: Int? = row["quote_end"]
        claim = Claim(
            text: row["text"], quote: row["quote"], quoteRange: quoteStart.flatMap { start in quoteEnd.map { start..<max(start, $0) } },
            content: row["content"], speaker: row["speaker"], speakerRole: row["speaker_role"], cue: row["cue"],
            quantities: quantities,
            dates: JSONText.decode([DateMention].self, from: row["dates"], fallback: []),
            entities: JSONText.decode([Entity].self, from: row["entities"], fallback: []),
            polarity: Polarity(rawValue: row["polarity"] ?? "") ?? ((row["negated"] as Bool?) == true ? .negated : .affirmed),
            modality: Modality(rawValue: row["modality"] ?? "") ?? .asserted,
            checkworthiness: row["checkworthiness"] ?? 0.5, sentenceIndex: row["sentence_index"])
    }

    static let selection = """
        SELECT claims.*, articles.url AS url, articles.title AS title
        FROM claims JOIN articles ON articles.id = claims.article_id
        """
}
