import ClaimwatchCore
import ClaimwatchEngine
import Foundation

/// The engine's two ports in memory: every stored claim of another outlet is a candidate, newest
/// first. `atomically` keeps a copy of the state and puts it back when its body throws.
final class InMemoryLedger: ClaimLedger, CandidateSource {
    struct State {
        var deliveries: [Int64: Delivery] = [:]
        var failedLines: [Int64: [FailedLine]] = [:]
        var articles: [Int64: (article: Article, sha256: String, path: String, note: String?)] = [:]
        var claims: [Int64: StoredClaim] = [:]
        var matches: [(claim: Int64, matched: Int64, decision: MatchDecision)] = []
        var alerts: [Alert] = []
        var alertClusters: [Int64: Int64] = [:]
        var outletLines: [String: [Int64: Int]] = [:]
    }

    private(set) var state = State()

    func atomically<T>(_ body: () throws -> T) throws -> T {
        let saved = state
        do {
            return try body()
        } catch {
            state = saved
            throw error
        }
    }

    func unmovedDelivery(name: String, inode: UInt64, mtimeNs: Int64) throws -> PriorDelivery? {
        state.deliveries.filter { $0.value.name == name && $0.value.inode == inode && $0.value.mtimeNs == mtimeNs && !$0.value.moved }
            .max { $0.key < $1.key }
            .map { PriorDelivery(id: $0.key, outcome: $0.value.outcome, reason: $0.value.reason) }
    }

    func recordDelivery(_ delivery: Delivery) throws -> Int64 {
        let id = Int64(state.deliveries.count + 1)
        state.deliveries[id] = delivery
        return id
    }

    func processedBefore(sha256: String) throws -> Bool {
        state.deliveries.values.contains { $0.sha256 == sha256 && $0.outcome == .processed }
    }

    func articleID(sha256: String) throws -> Int64? {
        state.articles.first { $0.value.sha256 == sha256 }?.key
    }

    func failedLines(delivery: Int64) throws -> [FailedLine] { state.failedLines[delivery] ?? [] }

    func recordFailedLine(_ line: FailedLine, delivery: Int64) throws { state.failedLines[delivery, default: []].append(line) }

    func insertArticle(_ article: Article, sha256: String, path: String, claimsNote: String?, at time: Date) throws -> Int64 {
        let id = Int64(state.articles.count + 1)
        state.articles[id] = (article, sha256, path, claimsNote)
        return id
    }

    func insertClaim(_ claim: Claim, terms: [ContentTerm], articleID: Int64, outlet: String, clusterID: Int64?, at time: Date) throws -> Int64 {
        let id = (state.claims.keys.max() ?? 0) + 1
        let article = state.articles[articleID]?.article
        state.claims[id] = StoredClaim(
            id: id, articleID: articleID, outlet: outlet, clusterID: clusterID ?? id, createdAt: time,
            articleURL: article?.url, articleTitle: article?.title, claim: claim)
        return id
    }

    func insertMatch(claimID: Int64, matchedClaimID: Int64, decision: MatchDecision) throws {
        state.matches.append((claimID, matchedClaimID, decision))
    }

    func lineCounts(outlet: String, keys: [Int64]) throws -> [Int64: Int] {
        let counts = state.outletLines[outlet, default: [:]]
        return Dictionary(uniqueKeysWithValues: keys.compactMap { key in counts[key].map { (key, $0) } })
    }

    func countLines(outlet: String, keys: [Int64]) throws {
        for key in keys { state.outletLines[outlet, default: [:]][key, default: 0] += 1 }
    }

    func outletsCarrying(cluster: Int64) throws -> Int {
        Set(state.claims.values.filter { $0.clusterID == cluster }.map(\.outlet)).count
    }

    func outlet(_ outlet: String, carries cluster: Int64, except claimID: Int64) throws -> Bool {
        state.claims.values.contains { $0.clusterID == cluster && $0.outlet == outlet && $0.id != claimID }
    }

    func alertExists(cluster: Int64, outlet: String, kind: MatchKind) throws -> Bool {
        state.alerts.contains { state.alertClusters[$0.id] == cluster && $0.outlet == outlet && $0.kind == kind }
    }

    func takeAlertID() throws -> Int64 { Int64(state.alerts.count + 1) }

    func insertAlert(_ alert: Alert, clusterID: Int64) throws {
        state.alerts.append(alert)
        state.alertClusters[alert.id] = clusterID
    }

    func candidateIDs(for claim: Claim, excludingOutlet outlet: String, limit: Int) throws -> [Int64] {
        Array(state.claims.values.filter { $0.outlet != outlet }.map(\.id).sorted(by: >).prefix(limit))
    }

    func storedClaims(_ ids: [Int64]) throws -> [Int64: StoredClaim] {
        state.claims.filter { ids.contains($0.key) }
    }
}
