import ClaimwatchCore
import Foundation
import GRDB

/// Reading a stored claim from a row of the `claims` table joined with its article.
extension StoredClaim {
    /// Reads a row of `selection`, by column position (a name lookup per column cost more than
    /// the rest of the decoding).
    init(row: Row) {
        // Most claims have no numbers, dates or names: "[]" skips the decoder.
        let quoteStart: Int? = row[10], quoteEnd: Int? = row[11]
        let claim = Claim(
            text: row[7], quote: row[9], quoteRange: quoteStart.flatMap { start in quoteEnd.map { start..<max(start, $0) } },
            content: row[12], speaker: row[13], speakerRole: row[14], cue: row[15],
            quantities: JSONText.decode([Quantity].self, from: row[16], fallback: []),
            dates: JSONText.decode([DateMention].self, from: row[17], fallback: []),
            entities: JSONText.decode([Entity].self, from: row[18], fallback: []),
            polarity: Polarity(rawValue: row[19] ?? "") ?? ((row[20] as Bool?) == true ? .negated : .affirmed),
            modality: Modality(rawValue: row[21] ?? "") ?? .asserted,
            checkworthiness: row[22] ?? 0.5, sentenceIndex: row[8])
        self.init(
            id: row[0], articleID: row[1], outlet: row[2], clusterID: row[3], createdAt: row[4], articleURL: row[5],
            articleTitle: row[6], claim: claim)
    }

    /// The columns `init(row:)` reads, in its order.
    static let selection = """
        SELECT claims.id, claims.article_id, claims.outlet, claims.cluster_id, claims.created_at,
               articles.url, articles.title, claims.text, claims.sentence_index, claims.quote,
               claims.quote_start, claims.quote_end, claims.content, claims.speaker, claims.speaker_role,
               claims.cue, claims.quantities, claims.dates, claims.entities, claims.polarity,
               claims.negated, claims.modality, claims.checkworthiness
        FROM claims JOIN articles ON articles.id = claims.article_id
        """
}
