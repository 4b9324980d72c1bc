/// One pair of the Microsoft Research Paraphrase Corpus: two news sentences and whether people
/// judged them paraphrases.
public struct ParaphrasePair: Sendable, Equatable {
    public var isParaphrase: Bool
    public var id1: String
    public var id2: String
    public var s1: String
    public var s2: String

    public init(isParaphrase: Bool, id1: String, id2: String, s1: String, s2: String) {
        self.isParaphrase = isParaphrase
        self.id1 = id1
        self.id2 = id2
        self.s1 = s1
        self.s2 = s2
    }
}

/// Parses MSRP's tab-separated files (`Quality`, `#1 ID`, `#2 ID`, `#1 String`, `#2 String`).
public enum ParaphraseCorpus {
    /// The pairs of a file's text. A byte-order mark and a header line (one whose first field is
    /// not 0 or 1) are skipped, and so are lines without five fields.
    public static func parse(_ text: String) -> [ParaphrasePair] {
        var pairs: [ParaphrasePair] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { continue }
            if fields[0].hasPrefix("\u{FEFF}") { fields[0].removeFirst() }
            guard fields[0] == "0" || fields[0] == "1" else { continue }
            pairs.append(ParaphrasePair(isParaphrase: fields[0] == "1", id1: fields[1], id2: fields[2], s1: fields[3], s2: fields[4]))
        }
        return pairs
    }
}
