import Foundation

/// One attribution relation of a polnear `.ann` file (BRAT standoff), its spans read from the
/// article's text by their offsets (Unicode code points, end-exclusive; a discontiguous span's
/// pieces joined by a space).
public struct PolnearAttribution: Sendable, Equatable {
    /// How the annotated Content is given.
    public enum Kind: String, Sendable {
        /// The Content starts with a quotation mark: `"`, `“` or the `''` NYT texts use.
        case direct
        /// Any other Content: reported speech, "according to", beliefs, paraphrase.
        case indirect
    }

    public var source: String?
    public var cue: String?
    public var content: String
    /// Where the Content starts in the text, in code points.
    public var contentStart: Int
    /// The pieces of the Source and of the Cue in the text, in code points (empty when absent).
    public var sourceSpans: [Range<Int>]
    public var cueSpans: [Range<Int>]

    public init(
        source: String?, cue: String?, content: String, contentStart: Int = 0, sourceSpans: [Range<Int>] = [], cueSpans: [Range<Int>] = []
    ) {
        self.source = source
        self.cue = cue
        self.content = content
        self.contentStart = contentStart
        self.sourceSpans = sourceSpans
        self.cueSpans = cueSpans
    }

    public var kind: Kind {
        let trimmed = content.drop { $0.isWhitespace }
        return trimmed.hasPrefix("\"") || trimmed.hasPrefix("“") || trimmed.hasPrefix("''") ? .direct : .indirect
    }

    /// The words that the annotators' pronouns, articles and demonstratives start with: a Source
    /// whose capitalised words are only these names nobody ("He", "The official", "This").
    public static let unnamedWords: Set<String> = ["He", "She", "They", "It", "We", "I", "You", "His", "Her", "The", "A", "An", "This", "That"]

    /// True when the Source names someone: it has a capitalised word (a run of letters starting
    /// with an upper-case letter) other than He/She/They/It/We/I/You/His/Her/The/A/An/This/That.
    /// This is the polnear README's rule, kept as it is so that the counts agree with its table.
    public var hasNamedSource: Bool {
        guard let source else { return false }
        return Self.letterRuns(source).contains { word in
            word.first.map(\.isUppercase) == true && !Self.unnamedWords.contains(word)
        }
    }

    /// The Content's distinct words (`ScoringWords`).
    public var distinctContentWords: Int { Set(ScoringWords.words(content)).count }

    static func letterRuns(_ text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init)
    }
}

/// Reads a BRAT `.ann` file against its text.
public enum PolnearAnnotationReader {
    /// The relations with their spans, in the order of their Content in the text. Relations of
    /// type `Attribution-no-source` have a nil `source`. Lines that are not `T` or `E` records (notes,
    /// and the continuation of a covered text that holds a newline) are skipped: spans are read
    /// from the text by their offsets, never from the covered text.
    public static func attributions(ann: String, text: String) throws -> [PolnearAttribution] {
        let scalars = Array(text.unicodeScalars)
        var spans: [String: [(Int, Int)]] = [:]
        var relations: [[String: [String]]] = []
        for line in ann.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let id = fields.first, id.count > 1 else { continue }
            if id.hasPrefix("T"), id.dropFirst().allSatisfy(\.isNumber) {
                // "Type start end[;start end…]"
                let typeAndOffsets = fields[1]
                guard let space = typeAndOffsets.firstIndex(of: " ") else { continue }
                var pieces: [(Int, Int)] = []
                for piece in typeAndOffsets[typeAndOffsets.index(after: space)...].split(separator: ";") {
                    let bounds = piece.split(separator: " ").compactMap { Int($0) }
                    guard bounds.count == 2, bounds[0] <= bounds[1], bounds[1] <= scalars.count else {
                        throw PolnearDataError(description: "bad span '\(line)'")
                    }
                    pieces.append((bounds[0], bounds[1]))
                }
                spans[String(id)] = pieces
            } else if id.hasPrefix("E"), id.dropFirst().allSatisfy(\.isNumber) {
                var roles: [String: [String]] = [:]
                for argument in fields[1].split(separator: " ") {
                    let parts = argument.split(separator: ":")
                    guard parts.count == 2 else { continue }
                    // "Content2" is a second Content: roles lose their trailing digits.
                    let role = String(parts[0].reversed().drop(while: \.isNumber).reversed())
                    roles[role, default: []].append(String(parts[1]))
                }
                relations.append(roles)
            }
        }
        func read(_ ids: [String]?) -> (text: String, start: Int)? {
            guard let ids else { return nil }
            let pieces = ids.flatMap { spans[$0] ?? [] }.sorted { $0.0 < $1.0 }
            guard let first = pieces.first else { return nil }
            let text = pieces.map { String(String.UnicodeScalarView(scalars[$0.0..<$0.1])) }.joined(separator: " ")
            return (text, first.0)
        }
        func pieces(_ ids: [String]?) -> [Range<Int>] { (ids ?? []).flatMap { spans[$0] ?? [] }.map { $0.0..<$0.1 } }
        return relations.compactMap { roles -> PolnearAttribution? in
            guard let content = read(roles["Content"]) else { return nil }
            return PolnearAttribution(
                source: read(roles["Source"])?.text, cue: read(roles["Cue"])?.text,
                content: content.text, contentStart: content.start, sourceSpans: pieces(roles["Source"]), cueSpans: pieces(roles["Cue"]))
        }.sorted { $0.contentStart < $1.contentStart }
    }
}
