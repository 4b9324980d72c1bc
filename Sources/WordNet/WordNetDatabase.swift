import Foundation

/// The WordNet 3.0 database, read from its files (`/usr/share/wordnet` with Debian's
/// `wordnet-base`; format in `man 5 wndb`): the senses of each lemma in WordNet's order (most
/// frequent first), each sense's synset, and the irregular forms of the exception lists.
///
/// Only the parts of speech asked for are read.
public struct WordNetDatabase: Sendable {
    public static let debianDirectory = "/usr/share/wordnet"

    private var senseOffsets: [PartOfSpeech: [String: [Int]]] = [:]
    private var synsets: [PartOfSpeech: [Int: Synset]] = [:]
    private var exceptions: [PartOfSpeech: [String: [String]]] = [:]

    public init(directory: String = debianDirectory, partsOfSpeech: [PartOfSpeech] = PartOfSpeech.allCases) throws {
        for pos in partsOfSpeech {
            senseOffsets[pos] = try Self.readIndex(Self.lines(directory, pos.indexFile))
            synsets[pos] = try Self.readData(Self.lines(directory, pos.dataFile), pos: pos)
            exceptions[pos] = Self.readExceptions(try Self.lines(directory, pos.exceptionFile))
        }
    }

    /// The synsets of `lemma` (a base form, any case) in sense order; empty when WordNet does not
    /// have it, or its part of speech was not read.
    public func senses(of lemma: String, _ pos: PartOfSpeech) -> [Synset] {
        let key = lemma.lowercased().replacingOccurrences(of: " ", with: "_")
        guard let offsets = senseOffsets[pos]?[key], let table = synsets[pos] else { return [] }
        return offsets.compactMap { table[$0] }
    }

    /// The base forms WordNet knows for an inflected `word` (morphy: the exception list first, then
    /// the suffix rules), the word itself first when it is a lemma. "said" → ["say"], "denies" →
    /// ["deny"], "saw" → ["saw", "see"].
    public func baseForms(of word: String, _ pos: PartOfSpeech) -> [String] {
        let word = word.lowercased()
        var forms: [String] = []
        func add(_ form: String) {
            if !forms.contains(form), senseOffsets[pos]?[form] != nil { forms.append(form) }
        }
        add(word)
        for base in exceptions[pos]?[word] ?? [] { add(base) }
        for rule in pos.detachmentRules where word.hasSuffix(rule.ending) && word.count > rule.ending.count {
            add(String(word.dropLast(rule.ending.count)) + rule.base)
        }
        return forms
    }

    // MARK: Reading the files

    /// The file's lines as byte slices, without the licence lines (which start with two spaces).
    private static func lines(_ directory: String, _ file: String) throws -> [ArraySlice<UInt8>] {
        let path = (directory as NSString).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WordNetError(path: path, reason: "cannot read the file")
        }
        return [UInt8](data).split(separator: UInt8(ascii: "\n")).filter { !($0.count >= 2 && $0.first == 0x20 && $0.dropFirst().first == 0x20) }
    }

    private static func fields(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        line.split(separator: UInt8(ascii: " "))
    }

    private static func int(_ field: ArraySlice<UInt8>, radix: Int = 10) -> Int? {
        var value = 0
        for byte in field {
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = Int(byte - UInt8(ascii: "a")) + 10
            default: return nil
            }
            value = value * radix + digit
        }
        return field.isEmpty ? nil : value
    }

    /// `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...`.
    private static func readIndex(_ lines: [ArraySlice<UInt8>]) throws -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for line in lines {
            let fields = Self.fields(line)
            guard fields.count >= 6, let synsetCount = int(fields[2]), let pointerCount = int(fields[3]) else { continue }
            let first = 4 + pointerCount + 2
            guard fields.count >= first + synsetCount else { continue }
            table[String(decoding: fields[0], as: UTF8.self)] = fields[first..<(first + synsetCount)].compactMap { int($0) }
        }
        return table
    }

    /// `synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt ... | gloss` (w_cnt in hex).
    private static func readData(_ lines: [ArraySlice<UInt8>], pos: PartOfSpeech) throws -> [Int: Synset] {
        var table: [Int: Synset] = [:]
        table.reserveCapacity(lines.count)
        for line in lines {
            let fields = Self.fields(line.prefix { $0 != UInt8(ascii: "|") })
            guard fields.count >= 4, let offset = int(fields[0]), let lexFile = int(fields[1]),
                let wordCount = int(fields[3], radix: 16), fields.count >= 4 + 2 * wordCount
            else { continue }
            let words = (0..<wordCount).map { Self.lemma(fields[4 + 2 * $0]) }
            table[offset] = Synset(offset: offset, partOfSpeech: pos, lexicographerFile: LexicographerFile(rawValue: lexFile), words: words)
        }
        return table
    }

    /// A word of `data.POS`: lower case, spaces for underscores, without an adjective's marker
    /// ("(a)", "(p)", "(ip)").
    private static func lemma(_ field: ArraySlice<UInt8>) -> String {
        let bytes = field.prefix { $0 != UInt8(ascii: "(") }.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "_"): UInt8(ascii: " ")
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
            default: byte
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `inflected base [base...]`.
    private static func readExceptions(_ lines: [ArraySlice<UInt8>]) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for line in lines {
            let fields = Self.fields(line)
            guard fields.count >= 2 else { continue }
            table[String(decoding: fields[0], as: UTF8.self), default: []].append(
                contentsOf: fields.dropFirst().map { String(decoding: $0, as: UTF8.self) })
        }
        return table
    }
}
