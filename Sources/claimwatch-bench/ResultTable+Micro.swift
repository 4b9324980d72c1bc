import Foundation

extension ResultTable {
    /// Adds the micro-benchmarks' lines: `NAME<TAB>VALUE` per line, as `make bench-micro` writes them.
    mutating func addMicro(from path: String) throws {
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { continue }
            add(.init(figure: "micro: " + fields[0], ours: String(fields[1])))
        }
    }
}
