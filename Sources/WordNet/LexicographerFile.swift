/// The lexicographer file a synset was written in: its broad semantic class (`man 5 lexnames`),
/// for example `verb.communication` for "say", "tell", "deny" and `verb.motion` for "run".
public struct LexicographerFile: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let verbCognition = LexicographerFile(rawValue: 31)
    public static let verbCommunication = LexicographerFile(rawValue: 32)

    /// `noun.person`, `verb.communication`, ...; `lexfile.N` for a number outside the table.
    public var description: String {
        Self.names.indices.contains(rawValue) ? Self.names[rawValue] : "lexfile.\(rawValue)"
    }

    /// WordNet 3.0's lexicographer files in number order (`man 5 lexnames`).
    static let names = [
        "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
        "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
        "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
        "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
        "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition", "verb.consumption",
        "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession",
        "verb.social", "verb.stative", "verb.weather", "adj.ppl",
    ]
}
