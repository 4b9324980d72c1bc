import Foundation

/// The one table `make bench` prints: every figure, the Python peer's beside it where it ran the
/// same work, their ratio, and the project's target with whether it was met.
struct ResultTable {
    struct Row {
        var figure: String
        var ours: String
        var peer: String = ""
        var ratio: String = ""
        var target: String = ""
        var met: Bool?
    }

    var rows: [Row] = []

    mutating func add(_ row: Row) { rows.append(row) }

    func markdown() -> String {
        let header = "| figure | claimwatch | Python peer | ratio | target | met |\n|---|---:|---:|---:|---|---|\n"
        return header
            + rows.map { row in
                let met = row.met.map { $0 ? "yes" : "**no**" } ?? ""
                return "| \(row.figure) | \(row.ours) | \(row.peer) | \(row.ratio) | \(row.target) | \(met) |"
            }.joined(separator: "\n") + "\n"
    }
}

/// `value` with `decimals` decimals and thousands separated by commas: 12,345.6.
func format(_ value: Double, _ decimals: Int = 0) -> String {
    guard value.isFinite else { return "–" }
    let fixed = String(format: "%.\(decimals)f", abs(value))
    let parts = fixed.split(separator: ".", maxSplits: 1)
    var whole = String(parts[0])
    var grouped = ""
    while whole.count > 3 {
        grouped = "," + whole.suffix(3) + grouped
        whole.removeLast(3)
    }
    return (value < 0 ? "-" : "") + whole + grouped + (parts.count > 1 ? "." + parts[1] : "")
}

func storeLabel(_ claims: Int) -> String {
    claims >= 1_000_000 && claims % 1_000_000 == 0
        ? "\(claims / 1_000_000)M" : claims >= 1000 && claims % 1000 == 0 ? "\(claims / 1000)k" : "\(claims)"
}
