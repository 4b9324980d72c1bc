import Foundation

/// Tab-separated files as pandas writes them: a field may be quoted (`"…"`, with `""` for a quote),
/// and a quoted field may hold tabs and line breaks.
enum TabSeparated {
    /// The rows of the file, the header row included.
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = 0
        let quote = UInt8(ascii: "\""), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let c = bytes[i]
            if quoted {
                if c == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == quote, field.isEmpty {
                quoted = true
            } else if c == tab {
                endField()
            } else if c == newline {
                endField()
                rows.append(row)
                row = []
            } else if c != cr {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }
}
