import WordNet

/// Whether an annotated Cue reports an assertion (someone said, wrote, told, denied ...), by a
/// definition that owes nothing to the extractor: the cue has a verb whose first WordNet sense is
/// in `verb.communication`, or it is "according to" or "per".
///
/// polnear annotates more than assertions as attributions: intentions ("want", "hoping"), actions
/// ("visited the court to view", "offered his congratulations to") and feelings ("was happy to
/// hear"). The claim a monitor records for "Obama visited the court to view Scalia's casket" is the
/// outlet's, not Obama's; this class lets the reported figures be read apart for the two kinds.
public struct AssertionCue: Sendable {
    public let wordnet: WordNetDatabase

    public init(wordnet: WordNetDatabase) { self.wordnet = wordnet }

    public func isAssertion(_ cue: String) -> Bool {
        let words = cue.lowercased().split { !$0.isLetter }.map(String.init)
        if words.contains("per") { return true }
        if zip(words, words.dropFirst()).contains(where: { $0 == "according" && $1 == "to" }) { return true }
        return words.contains { word in
            wordnet.baseForms(of: word, .verb).contains { wordnet.senses(of: $0, .verb).first?.lexicographerFile == .verbCommunication }
        }
    }
}
