import ClaimwatchCore
import Foundation

/// The use case: records one article inside its owner's transaction. It extracts the claims,
/// finds each one's candidates among other outlets' claims, lets the matcher decide, joins the
/// claim to the cluster of the claim it repeats, and raises one alert per cluster and new outlet
/// for claims at least `minimumCheckworthiness` worth checking.
///
/// It sees the record only through its two ports, `ClaimLedger` and `CandidateSource`; the
/// extractor and the matcher are given to it (`ClaimwatchBuilder` for the daemon).
public struct ArticleRecorder: Sendable {
    public struct Recorded: Sendable {
        public var articleID: Int64
        public var claims: Int
        public var alerts: [Alert]
    }

    public var extractor: any ClaimExtracting
    public var matcher: any ClaimMatching
    /// The most candidates each claim is compared with (`matching.max_candidates`).
    public var maxCandidates: Int
    /// A body line that this many earlier articles of the same outlet carried is furniture
    /// (`intake.outlet_furniture_articles`; `OutletFurniture`). 0 learns nothing.
    public var outletFurnitureArticles = 3
    /// Claims that score less checkworthiness than this (`alerts.min_checkworthiness`) raise no
    /// alert. They are still stored, searchable and matched, and join their clusters, so that a
    /// later claim that clears the bar finds them.
    public var minimumCheckworthiness: Double
    /// Stored claims and their features, kept between articles. Call `forgetClaims()` after every
    /// rollback of the owner's transaction.
    let cache = FeatureCache()

    public init(extractor: any ClaimExtracting, matcher: any ClaimMatching, maxCandidates: Int, minimumCheckworthiness: Double = 0) {
        self.extractor = extractor
        self.matcher = matcher
        self.maxCandidates = maxCandidates
        self.minimumCheckworthiness = minimumCheckworthiness
    }

    /// After a rollback: claims kept in memory may be gone, and their ids given to other claims.
    public func forgetClaims() { cache.removeAll() }

    /// Throws `DeadlineExceeded` when `deadline` passes between claims: the caller rolls back.
    public func record(
        _ article: Article, sha256: String, path: String, at time: Date, in ledger: some ClaimLedger & CandidateSource,
        deadline: Deadline = .none
    ) throws -> Recorded {
        let article = try withoutOutletFurniture(article, in: ledger)
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
            let ids = try ledger.candidateIDs(for: claim, excludingOutlet: article.outlet, limit: maxCandidates)
            for entry in try cache.entries(for: ids, load: ledger.storedClaims) {
                let candidate = entry.stored
                guard let decision = matcher.decide(new: features, existing: entry.features) else { continue }
                switch decision.kind {
                case .repeat where decision.score > (bestRepeat?.1.score ?? -1): bestRepeat = (candidate, decision)
                case .contradiction where decision.score > (bestContradiction?.1.score ?? -1): bestContradiction = (candidate, decision)
                default: break
                }
            }
            // A claim joins a cluster only if it also repeats the cluster's first claim: repeats of
            // repeats do not chain one story into another.
            let joined = try bestRepeat.flatMap { try repeatsRepresentative(features, of: $0.0, in: ledger) ? $0 : nil }
            let claimID = try ledger.insertClaim(
                claim, terms: terms, articleID: articleID, outlet: article.outlet, clusterID: joined?.0.clusterID, at: time)
            // The next claims' candidates are mostly the latest ones: kept with the features already
            // computed, they are not read back and featured again.
            cache.insert(
                FeatureCache.Entry(
                    stored: StoredClaim(
                        id: claimID, articleID: articleID, outlet: article.outlet, clusterID: joined?.0.clusterID ?? claimID, createdAt: time,
                        articleURL: article.url, articleTitle: article.title, claim: claim),
                    features: features))
            for (matched, decision) in [bestRepeat, bestContradiction].compactMap({ $0 }) {
                try ledger.insertMatch(claimID: claimID, matchedClaimID: matched.id, decision: decision)
                // A repeat of a member that the cluster's first claim does not share is recorded as
                // a match, and raises nothing.
                if decision.kind == .repeat, joined == nil { continue }
                guard claim.checkworthiness >= minimumCheckworthiness else { continue }
                let cluster = matched.clusterID
                // One alert per (cluster, new outlet): an outlet that already carries the claim raises nothing.
                if decision.kind == .repeat, try ledger.outlet(article.outlet, carries: cluster, except: claimID) { continue }
                if try ledger.alertExists(cluster: cluster, outlet: article.outlet, kind: decision.kind) { continue }
                let alert = Alert(
                    id: try ledger.takeAlertID(), time: time, kind: decision.kind, outlet: article.outlet,
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

    /// Whether the new claim repeats the first claim of `member`'s cluster (trivially, when
    /// `member` is that claim).
    func repeatsRepresentative(_ features: ClaimFeatures, of member: StoredClaim, in ledger: some ClaimLedger & CandidateSource) throws -> Bool {
        guard member.id != member.clusterID else { return true }
        guard let first = try cache.entries(for: [member.clusterID], load: ledger.storedClaims).first else { return true }
        return matcher.decide(new: features, existing: first.features)?.kind == .repeat
    }

    /// Why an article gets no claims on purpose: claim extraction reads English only, for now.
    /// Articles too short to tell ("und") are read as English.
    public static func claimsNote(for article: Article) -> String? {
        guard let language = article.language?.lowercased(), !language.hasPrefix("en"), language != "und" else { return nil }
        return "language '\(language)': claims are extracted from English articles only; the article is stored without claims"
    }
}

extension ArticleRecorder {
    /// The article without the lines its outlet printed in `outletFurnitureArticles` earlier
    /// articles, after counting this article's lines. Articles of no known outlet teach nothing:
    /// "unknown" mixes every source.
    func withoutOutletFurniture(_ article: Article, in ledger: some ClaimLedger) throws -> Article {
        guard outletFurnitureArticles > 0, article.outletSource != .unknown else { return article }
        let keys = OutletFurniture.keys(of: article.body)
        guard !keys.isEmpty else { return article }
        let counts = try ledger.lineCounts(outlet: article.outlet, keys: keys)
        try ledger.countLines(outlet: article.outlet, keys: keys)
        return OutletFurniture.removing(recurring: counts, threshold: outletFurnitureArticles, from: article)
    }
}
