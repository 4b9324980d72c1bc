/// A WordNet part of speech, and the names of its database files (`man 5 wndb`).
public enum PartOfSpeech: String, Sendable, CaseIterable {
    case noun, verb
    case adjective = "adj"
    case adverb = "adv"

    /// `index.noun`, `index.verb`, ...
    var indexFile: String { "index.\(rawValue)" }
    /// `data.noun`, `data.verb`, ...
    var dataFile: String { "data.\(rawValue)" }
    /// `noun.exc`, `verb.exc`, ...: irregular inflected forms and their base forms.
    var exceptionFile: String { "\(rawValue).exc" }

    /// The suffix rules of WordNet's morphology (`man 7 morphy`): an inflected ending and the
    /// ending of the base form it may come from.
    var detachmentRules: [(ending: String, base: String)] {
        switch self {
        case .noun:
            [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")]
        case .verb:
            [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
        case .adjective:
            [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
        case .adverb:
            []
        }
    }
}
