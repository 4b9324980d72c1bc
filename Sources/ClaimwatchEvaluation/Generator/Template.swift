/// A sentence template: `{name}` stands for a value, `[a|b|c]` for one of its alternatives
/// (the synonym swaps that make two outlets' sentences differ). No nesting.
struct Template: Sendable {
    var text: String

    init(_ text: String) { self.text = text }

    /// The template with every `{name}` replaced from `values` (unknown names are kept as written)
    /// and every alternative chosen by `random`.
    func render(_ values: [String: String], _ random: inout SeededGenerator) -> String {
        var out = ""
        var rest = Substring(text)
        while let c = rest.first {
            if c == "[", let close = rest.firstIndex(of: "]") {
                let options = rest[rest.index(after: rest.startIndex)..<close].split(separator: "|", omittingEmptySubsequences: false)
                out += Template(String(random.pick(options))).render(values, &random)
                rest = rest[rest.index(after: close)...]
            } else if c == "{", let close = rest.firstIndex(of: "}") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                out += values[name] ?? "{\(name)}"
                rest = rest[rest.index(after: close)...]
            } else {
                out.append(c)
                rest = rest.dropFirst()
            }
        }
        return out
    }
}

extension String {
    /// The string with its first letter upper-cased ("the agency said" → "The agency said").
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

/// Writes whole numbers as news copy does: digits with thousands separators ("4,500").
func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (value < 0 ? "-" : "") + out
}
