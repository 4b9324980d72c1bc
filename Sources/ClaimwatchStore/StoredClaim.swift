import ClaimwatchCore
import Foundation
import GRDB

/// Reading a stored claim from a row of the `claims` table joined with its article.
extension StoredClaim {
    /// The columns of `selection`, in its order: the SELECT and the reading are both made from
    /// this one list, so they cannot fall out of line. Rows are read by position (a name look-up
    /// per column cost more than the rest of the decoding).
    enum Column: Int, CaseIterable {
        case id, articleID, outlet, clusterID, createdAt, articleURL, articleTitle, text, sentenceIndex, quote
        case quoteStart, quoteEnd, content, speaker, speakerRole, cue, quantities, dates, entities, polarity
        case negated, modality, checkworthiness

        /// The SQL of the column.
        var expression: String {
            switch self {
            case .id: "claims.id"
            case .articleID: "claims.article_id"
            case .outlet: "claims.outlet"
            case .clusterID: "claims.cluster_id"
            case .createdAt: "claims.created_at"
            case .articleURL: "articles.url"
            case .articleTitle: "articles.title"
            case .text: "claims.text"
            case .sentenceIndex: "claims.sentence_index"
            case .quote: "claims.quote"
            case .quoteStart: "claims.quote_start"
            case .quoteEnd: "claims.quote_end"
            case .content: "claims.content"
            case .speaker: "claims.speaker"
            case .speakerRole: "claims.speaker_role"
            case .cue: "claims.cue"
            case .quantities: "claims.quantities"
            case .dates: "claims.dates"
            case .entities: "claims.entities"
            case .polarity: "claims.polarity"
            case .negated: "claims.negated"
            case .modality: "claims.modality"
            case .checkworthiness: "claims.checkworthiness"
            }
        }
    }

    /// Reads a row of `selection`.
    init(row: Row) {
        func value<T: DatabaseValueConvertible>(_ column: Column) -> T { row[column.rawValue] }
        func optional<T: DatabaseValueConvertible>(_ column: Column) -> T? { row[column.rawValue] }
        // Most claims have no numbers, dates or names: "[]" skips the decoder.
        let quoteStart: Int? = optional(.quoteStart), quoteEnd: Int? = optional(.quoteEnd)
        let claim = Claim(
            text: value(.text), quote: optional(.quote),
            quoteRange: quoteStart.flatMap { start in quoteEnd.map { start..<max(start, $0) } },
            content: optional(.content), speaker: optional(.speaker), speakerRole: optional(.speakerRole),
            cue: (optional(.cue) as String?).map { Cue($0) },
            quantities: JSONText.decode([Quantity].self, from: optional(.quantities), fallback: []),
            dates: JSONText.decode([DateMention].self, from: optional(.dates), fallback: []),
            entities: JSONText.decode([Entity].self, from: optional(.entities), fallback: []),
            polarity: Polarity(rawValue: optional(.polarity) ?? "") ?? ((optional(.negated) as Bool?) == true ? .negated : .affirmed),
            modality: Modality(rawValue: optional(.modality) ?? "") ?? .asserted,
            checkworthiness: optional(.checkworthiness) ?? 0.5, sentenceIndex: value(.sentenceIndex))
        self.init(
            id: value(.id), articleID: value(.articleID), outlet: value(.outlet), clusterID: value(.clusterID),
            createdAt: Timestamp.date(value(.createdAt)) ?? Date(timeIntervalSince1970: 0), articleURL: optional(.articleURL),
            articleTitle: optional(.articleTitle), claim: claim)
    }

    /// The columns `init(row:)` reads, in its order.
    static let selection =
        "SELECT " + Column.allCases.map(\.expression).joined(separator: ", ")
        + " FROM claims JOIN articles ON articles.id = claims.article_id"
}
