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
    /// The stemmed content words, as stored when the claim was recorded.
    public var stems: [String]

    /// What the matcher compares, without tokenising and stemming the text again.
    public var features: ClaimFeatures {
        ClaimFeatures(stems: Set(stems), quantities: claim.quantities, negated: claim.negated, speaker: claim.speaker)
    }

    init(row: Row) {
        let json: String = row["quantities"]
        // Most claims have no numbers: skip the decoder for them.
        let quantities = json == "[]" ? [] : (try? JSONDecoder().decode([Quantity].self, from: Data(json.utf8))) ?? []
        stems = (row["stems"] as String).split(separator: " ").map(String.init)
        id = row["id"]
        articleID = row["article_id"]
        outlet = row["outlet"]
        clusterID = row["cluster_id"]
        createdAt = row["created_at"]
        articleURL = row["url"]
        articleTitle = row["title"]
        claim = Claim(
            text: row["text"], speaker: row["speaker"], cue: row["cue"], quantities: quantities,
            negated: row["negated"], sentenceIndex: row["sentence_index"])
    }

    static let selection = """
        SELECT claims.*, articles.url AS url, articles.title AS title
        FROM claims JOIN articles ON articles.id = claims.article_id
        """
}
