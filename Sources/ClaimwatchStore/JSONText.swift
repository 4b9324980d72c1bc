import Foundation

/// JSON columns: values in and out as compact text.
enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    /// The decoded value, or `fallback` for an empty array, a NULL or text that does not decode.
    static func decode<T: Decodable>(_ type: T.Type, from text: String?, fallback: T) -> T {
        guard let text, text != "[]" else { return fallback }
        return (try? JSONDecoder().decode(type, from: Data(text.utf8))) ?? fallback
    }
}
