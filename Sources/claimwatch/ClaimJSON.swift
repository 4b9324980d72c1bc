import ClaimwatchCore
import ClaimwatchStore
import Foundation

/// A claim as `claims --json` and `extract --json` print it: every extracted field, plus where it
/// is stored when it is. Absent values are written as null, so every object has the same keys.
struct ClaimJSON: Encodable {
    var claim: Claim
    var stored: StoredClaim?

    init(_ claim: Claim) {
        self.claim = claim
    }

    init(_ stored: StoredClaim) {
        self.claim = stored.claim
        self.stored = stored
    }

    enum Key: String, CodingKey {
        case id, outlet, text, markedText = "marked_text", quote, content, speaker, speakerRole = "speaker_role", cue
        case numbers, dates, entities, polarity, modality, negated, checkworthiness, sentence
        case articleURL = "article_url", articleTitle = "article_title", cluster, firstSeen = "first_seen"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        if let stored {
            try c.encode(stored.id, forKey: .id)
            try c.encode(stored.outlet, forKey: .outlet)
            try c.encode(stored.articleURL, forKey: .articleURL)
            try c.encode(stored.articleTitle, forKey: .articleTitle)
            try c.encode(stored.clusterID, forKey: .cluster)
            try c.encode(Timestamp.format(stored.createdAt), forKey: .firstSeen)
        }
        try c.encode(claim.text, forKey: .text)
        try c.encode(claim.markedText, forKey: .markedText)
        try c.encode(claim.quote, forKey: .quote)
        try c.encode(claim.content, forKey: .content)
        try c.encode(claim.speaker, forKey: .speaker)
        try c.encode(claim.speakerRole, forKey: .speakerRole)
        try c.encode(claim.cue, forKey: .cue)
        try c.encode(claim.quantities, forKey: .numbers)
        try c.encode(claim.dates, forKey: .dates)
        try c.encode(claim.entities, forKey: .entities)
        try c.encode(claim.polarity, forKey: .polarity)
        try c.encode(claim.modality, forKey: .modality)
        try c.encode(claim.negated, forKey: .negated)
        try c.encode(claim.checkworthiness, forKey: .checkworthiness)
        try c.encode(claim.sentenceIndex, forKey: .sentence)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
