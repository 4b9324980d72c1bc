import Foundation

extension Alert {
    /// The alert as one line of `alerts.jsonl` (no trailing newline).
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these value types cannot fail: every field is a string, number or array of them.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The alert as one human-readable line of `alerts.log` (no trailing newline), with newlines and
    /// control characters in the claim texts escaped so that one alert is always one line.
    public func humanLine() -> String {
        let who = claim.speaker.map { " — \($0)" } ?? ""
        switch kind {
        case .repeat:
            return "\(time) #\(id) REPEAT  \(Self.escape(outlet)) repeats \(Self.escape(matched.outlet)) (\(outletsCarrying) outlets now): \"\(Self.escape(claim.text))\"\(Self.escape(who))"
        case .contradiction:
            let field = conflict.map { " on \($0.field): \(Self.escape($0.new)) vs \(Self.escape($0.existing))" } ?? ""
            return "\(time) #\(id) CONTRADICTION  \(Self.escape(outlet)) vs \(Self.escape(matched.outlet))\(field): \"\(Self.escape(claim.text))\"\(Self.escape(who))"
        }
    }

    /// Escapes backslashes, newlines, tabs and other control characters as `\n`, `\t`, `\u{1b}`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
