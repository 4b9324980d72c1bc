import ClaimwatchCore
import ClaimwatchStore
import Foundation

/// Records one article inside a transaction: the article, its claims, their matches against other
/// outlets' claims, and the alerts those matches raise.
struct ArticleRecorder: Sendable {
    struct Recorded {
        var articleID: Int64
        var claims: Int
        var alerts: [Alert]
    }

    var extractor: any ClaimExtracting
    var matcher: any ClaimMatching
    var maxCandidates: Int
    var cache = FeatureCache()

    /// Throws `DeadlineExceeded` when `deadline` passes between claims: the caller rolls back.
    func record(_ article: Article, sha256: String, path: String, at time: String, in ledger: Ledger, deadline: Deadline = .none) throws -> Recorded {
        let note = Self.claimsNote(for: article)
        let articleID = try ledger.insertArticle(article, sha256: sha256, path: path, claimsNote: note, at: time)
        var alerts: [Alert] = []
        let claims = note == nil ? try extractor.claims(in: article, deadline: deadline) : []
        for claim in claims {
            try deadline.check()
            let terms = Words.contentTerms(claim.text)
            let features = ClaimFeatures(claim, outlet: article.outlet)
            var bestRepeat: (StoredClaim, MatchDecision)?
            var bestContradiction: (StoredClaim, MatchDecision)?
            // Names and numbers weigh more in the search: they tie two outlets' claims together.
            let ids = try ledger.candidateIDs(for: Words.searchTerms(claim.text), excludingOutlet: article.outlet, limit: maxCandidates)
            for entry in try cache.entries(for: ids, load: ledger.storedClaims) {
                let candidate = entry.stored
                guard let decision = matcher.decide(new: features, existing: entry.features) else { continue }
                switch decision.kind {
                case .repeat where decision.score > (bestRepeat?.1.score ?? -1): bestRepeat = (candidate, decision)
                case .contradiction where decision.score > (bestContradiction?.1.score ?? -1): bestContradiction = (candidate, decision)
                default: break
                }
            }
            let claimID = try ledger.insertClaim(claim, terms: terms, articleID: articleID, outlet: article.outlet, clusterID: bestRepeat?.0.clusterID, at: time)
            // The next claims' candidates are mostly the latest ones: kept with the features already
            // computed, they are not read back and featured again.
            cache.insert(FeatureCache.Entry(
                stored: StoredClaim(
                    id: claimID, articleID: articleID, outlet: article.outlet, clusterID: bestRepeat?.0.clusterID ?? claimID, createdAt: time,
                    articleURL: article.url, articleTitle: article.title, claim: claim),
                features: features))
            for (matched, decision) in [bestRepeat, bestContradiction].compactMap({ $0 }) {
                try ledger.insertMatch(claimID: claimID, matchedClaimID: matched.id, decision: decision)
                let cluster = matched.clusterID
                // One alert per (cluster, new outlet): an outlet that already carries the claim raises nothing.
                if decision.kind == .repeat, try ledger.outlet(article.outlet, carries: cluster, except: claimID) { continue }
                if try ledger.alertExists(cluster: cluster, outlet: article.outlet, kind: decision.kind) { continue }
                let alert = Alert(
                    id: try ledger.nextAlertID(), time: time, kind: decision.kind, outlet: article.outlet,
                    article: .init(path: path, title: article.title, url: article.url, published: article.published),
                    claim: .init(id: claimID, text: claim.text, speaker: claim.speaker),
                    matched: .init(
                        claimID: matched.id, outlet: matched.outlet, text: matched.claim.text, speaker: matched.claim.speaker,
                        articleURL: matched.articleURL, firstSeen: matched.createdAt),
                    score: decision.score, reasons: decision.reasons,
                    outletsCarrying: try ledger.outletsCarrying(cluster: cluster), conflict: decision.conflict)
                try ledger.insertAlert(alert, clusterID: cluster)
                alerts.append(alert)
            }
        }
        return Recorded(articleID: articleID, claims: claims.count, alerts: alerts)
    }

    /// Why an article gets no claims on purpose: claim extraction reads English only, for now.
    /// Articles too short to tell ("und") are read as English.
    static func claimsNote(for article: Article) -> String? {
        guard let language = article.language?.lowercased(), !language.hasPrefix("en"), language != "und" else { return nil }
        return "language '\(language)': claims are extracted from English articles only; the article is stored without claims"
    }
}
