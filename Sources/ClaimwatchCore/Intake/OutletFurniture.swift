/// The lines an outlet prints on many of its pages — a promotion ("Follow News18.com on
/// Twitter…"), an app or subscription offer, an editor's note — are furniture, though no fixed
/// rule knows them. The store counts, per outlet, how many articles carried each line
/// (`ClaimLedger.lineCounts`); a line that `threshold` earlier articles of the outlet carried is
/// taken out of the next one before its claims are read.
///
/// A line the outlet already printed in that many articles is, if not furniture, a claim the outlet
/// already carries: taking it out loses no alert, since an outlet never repeats itself in an alert.
/// Pure, no I/O.
public enum OutletFurniture {
    /// The fewest words a line has to be counted: shorter lines ("Advertisement", "Share") are the
    /// fixed rules' to judge, and a short heading may recur by chance.
    public static let fewestWords = 4

    /// The keys of the body's lines, distinct, in order of first appearance.
    public static func keys(of body: String) -> [Int64] {
        var seen = Set<Int64>()
        var keys: [Int64] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
            if let key = key(of: line), seen.insert(key).inserted { keys.append(key) }
        }
        return keys
    }

    /// A line's key: FNV-1a (64 bits) of its lower-cased letters and digits, words separated by one
    /// space, so that case, punctuation and spacing do not make two copies differ; nil for a line
    /// of fewer than `fewestWords` words.
    public static func key(of line: Substring) -> Int64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var words = 0
        var inWord = false
        for scalar in line.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord {
                    if words > 0 { hash = (hash ^ 0x20) &* 0x100_0000_01b3 }
                    words += 1
                    inWord = true
                }
                for lower in scalar.properties.lowercaseMapping.utf8 { hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3 }
            } else {
                inWord = false
            }
        }
        return words >= fewestWords ? Int64(bitPattern: hash) : nil
    }

    /// `article` without the body lines whose key `counts` gives at least `threshold` earlier
    /// articles; each is added to `removed` with how many earlier articles carried it (its `line` is
    /// the line of the body). A removed line leaves one blank line, as the fixed rules do.
    public static func removing(recurring counts: [Int64: Int], threshold: Int, from article: Article) -> Article {
        guard threshold > 0, counts.values.contains(where: { $0 >= threshold }) else { return article }
        var article = article
        var kept: [Substring] = []
        for (index, line) in article.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let key = key(of: line), let count = counts[key], count >= threshold else {
                kept.append(line)
                continue
            }
            article.removed.append(
                RemovedLine(line: index + 1, text: String(line), reason: "recurs in \(count) earlier articles of \(article.outlet)"))
            if let last = kept.last, !last.isEmpty { kept.append("") }
        }
        article.body = kept.joined(separator: "\n")
        return article
    }
}
