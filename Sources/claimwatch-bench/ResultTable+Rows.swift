import Foundation

/// The rows of each measurement, with the targets of issue 7.
extension ResultTable {
    mutating func addIngest(_ ours: IngestBench.Result, peer: PeerBench.Result?) {
        let store = storeLabel(ours.storedClaims)
        let target: (String, Bool?) =
            switch ours.storedClaims {
            case 100_000: ("≥ 500", ours.articlesPerSecond >= 500)
            case 1_000_000: ("≥ 200", ours.articlesPerSecond >= 200)
            default: ("", nil)
            }
        let ratio = peer.map { ours.articlesPerSecond / $0.articlesPerSecond }
        add(
            .init(
                figure: "ingest, articles/s, \(store) claims stored (\(ours.articles) articles)", ours: format(ours.articlesPerSecond, 1),
                peer: peer.map { format($0.articlesPerSecond, 1) } ?? "", ratio: ratio.map { format($0, 1) + "×" } ?? "",
                target: ratio == nil ? target.0 : [target.0, "≥ 20× peer"].filter { !$0.isEmpty }.joined(separator: "; "),
                met: ratio.map { $0 >= 20 && (target.1 ?? true) } ?? target.1))
        add(
            .init(
                figure: "ingest, claims/s, \(store) claims stored (\(ours.claims) claims, \(ours.alerts) alerts)", ours: format(ours.claimsPerSecond),
                peer: peer.map { format($0.claimsPerSecond) } ?? "",
                ratio: peer.map { format(ours.claimsPerSecond / $0.claimsPerSecond, 1) + "×" } ?? ""))
        add(
            .init(
                figure: "peak RSS of ingest, \(store) claims stored", ours: format(ours.peakRSSMiB) + " MiB",
                peer: peer.map { format($0.peakRSSMiB) + " MiB" } ?? "",
                target: ours.storedClaims == 1_000_000 ? "< 300 MiB" : "",
                met: ours.storedClaims == 1_000_000 ? ours.peakRSSMiB < 300 : nil))
    }

    mutating func addGrowth(_ ingests: [IngestBench.Result]) {
        guard let smallest = ingests.min(by: { $0.storedClaims < $1.storedClaims }) else { return }
        for result in ingests.sorted(by: { $0.storedClaims < $1.storedClaims }) {
            let growth = result.millisecondsPerArticle / smallest.millisecondsPerArticle
            let isTarget = smallest.storedClaims == 10_000 && result.storedClaims == 1_000_000
            add(
                .init(
                    figure: "cost per article, \(storeLabel(result.storedClaims)) claims stored (× the \(storeLabel(smallest.storedClaims)) cost)",
                    ours: format(result.millisecondsPerArticle, 2) + " ms (" + format(growth, 2) + "×)",
                    target: isTarget ? "< 2× from 10k to 1M" : "", met: isTarget ? growth < 2 : nil))
        }
    }

    mutating func addLatency(_ result: LatencyBench.Result, storedClaims: Int, seconds: Int) {
        let isTarget = result.rate == 20
        add(
            .init(
                figure:
                    "drop-to-alert at \(result.rate) files/s for \(seconds) s, \(storeLabel(storedClaims)) claims stored: p50 / p99 / max (\(result.alertingFiles) of \(result.files) files alerted; drained \(format(result.drainedAfter - result.feedSeconds, 1)) s after the last)",
                ours: format(result.p50, 1) + " / " + format(result.p99, 1) + " / " + format(result.max, 1) + " ms",
                target: isTarget ? "p99 < 100 ms" : "", met: isTarget ? result.p99 < 100 : nil))
    }
}
