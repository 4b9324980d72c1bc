/// One synset: a set of words that share a sense, as `data.POS` records it.
public struct Synset: Hashable, Sendable {
    /// The byte offset of its line in `data.POS`: its identity within that part of speech.
    public var offset: Int
    public var partOfSpeech: PartOfSpeech
    public var lexicographerFile: LexicographerFile
    /// Its words in lower case, with spaces where WordNet writes underscores ("take on").
    public var words: [String]
}
