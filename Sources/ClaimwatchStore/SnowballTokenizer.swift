import ClaimwatchCore
import GRDB

/// FTS5 tokenizer `snowball`: SQLite's unicode61 (diacritics removed) followed by the Snowball
/// English stemmer, so that "burning", "burned" and "burns" index and match as "burn".
final class SnowballTokenizer: FTS5WrapperTokenizer {
    static let name = "snowball"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
    }

    func accept(token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization, tokenCallback: FTS5WrapperTokenCallback) throws {
        try tokenCallback(Stemmer.english.stem(token), flags)
    }
}
