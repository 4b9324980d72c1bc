import Foundation

/// JSON columns: values in and out as compact text.
enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    /// Strings as a JSON array, as `encode` writes them but without an encoder: quotes,
    /// backslashes and C0 controls escaped (for `json_each`, which reads them back as they were).
    static func array(of strings: [String]) -> String {
        var json = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { json += "," }
            json += "\""
            if string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                for scalar in string.unicodeScalars {
                    switch scalar {
                    case "\"": json += "\\\""
                    case "\\": json += "\\\\"
                    case _ where scalar.value < 0x20:
                        let hex = String(scalar.value, radix: 16)
                        json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    default: json.unicodeScalars.append(scalar)
                    }
                }
            } else {
                json += string
            }
            json += "\""
        }
        return json + "]"
    }

    /// The decoded value, or `fallback` for an empty array, a NULL or text that does not decode.
    static func decode<T: Decodable>(_ type: T.Type, from text: String?, fallback: T) -> T {
        guard let text, text != "[]" else { return fallback }
        return (try? JSONDecoder().decode(type, from: Data(text.utf8))) ?? fallback
    }
}
