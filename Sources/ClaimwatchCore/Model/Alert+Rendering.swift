import Foundation

extension Alert {
    /// The alert as one line of `alerts.jsonl` (no trailing newline).
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these value types cannot fail: every field is a string, number or array of them.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Self.escapeLineBreaks(String(decoding: data, as: UTF8.self))
    }

    /// JSONEncoder escapes only C0 controls; U+2028, U+2029, NEL and the other C1 controls, DEL and
    /// the bidirectional and zero-width characters stay raw, and readers that split lines on them
    /// (Python's `splitlines`, JavaScript) or terminals would see a line break, a control sequence
    /// or text turned around. Outside strings JSON has none of them, so `\uXXXX` here keeps the
    /// JSON valid and the decoded text the same.
    static func escapeLineBreaks(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && InvisibleControls.isHidden(scalar)
    }

    /// The alert as one human-readable line of `alerts.log` (no trailing newline), with newlines and
    /// control characters in the claim texts escaped so that one alert is always one line.
    public func humanLine() -> String {
        let who = claim.speaker.map { " — \($0)" } ?? ""
        switch kind {
        case .repeat:
            return
                "\(Timestamp.format(time)) #\(id) REPEAT  \(Self.escape(outlet)) repeats \(Self.escape(matched.outlet)) (\(outletsCarrying) outlets now): \"\(Self.escape(claim.text))\"\(Self.escape(who))"
        case .contradiction:
            let field = conflict.map { " on \($0.field.name): \(Self.escape($0.new)) vs \(Self.escape($0.existing))" } ?? ""
            return
                "\(Timestamp.format(time)) #\(id) CONTRADICTION  \(Self.escape(outlet)) vs \(Self.escape(matched.outlet))\(field): \"\(Self.escape(claim.text))\"\(Self.escape(who))"
        }
    }

    /// Escapes backslashes, newlines, tabs, other control characters and the invisible characters
    /// that reorder or hide text (`InvisibleControls`) as `\n`, `\t`, `\u{1b}`, `\u{202e}`.
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
                if InvisibleControls.isHidden(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
