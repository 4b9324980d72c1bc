import ClaimwatchCore
import Foundation
import Logging
import TOMLKit

/// A configuration problem: the message names the file, the key and what to do.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension ClaimwatchConfig {
    /// Reads a TOML file. Unknown sections and keys are errors, so that a typo does not go unnoticed.
    public static func load(path: String) throws(ConfigError) -> ClaimwatchConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(message: "\(path): cannot read the configuration file; check the path given to --config")
        }
        return try parse(String(decoding: data, as: UTF8.self), source: path)
    }

    public static func parse(_ text: String, source: String) throws(ConfigError) -> ClaimwatchConfig {
        try rejectNUL(text, source: source)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(message: "\(source):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        } catch {
            throw ConfigError(message: "\(source): \(error)")
        }
        var config = ClaimwatchConfig()
        var reader = TableReader(source: source)
        for section in table.keys {
            guard let values = table[section]?.table else {
                throw ConfigError(message: "\(source): '\(section)' must be a [section]; see config/claimwatch.toml for the layout")
            }
            reader.section = section
            switch section {
            case "paths":
                try reader.read(
                    values,
                    [
                        "data": { config.dataDirectory = try $0.string() },
                        "drop": { config.dropDirectory = try $0.optionalPath() },
                        "processed": { config.processedDirectory = try $0.optionalPath() },
                        "failed": { config.failedDirectory = try $0.optionalPath() },
                        "database": { config.databasePath = try $0.optionalPath() },
                        "alerts_jsonl": { config.alertsJSONLPath = try $0.optionalPath() },
                        "alerts_log": { config.alertsLogPath = try $0.optionalPath() },
                    ])
            case "watch":
                try reader.read(
                    values,
                    [
                        "settle_seconds": { config.settleSeconds = try $0.number(in: 0...3600) },
                        "rescan_interval_seconds": { config.rescanIntervalSeconds = try $0.number(in: 1...86400) },
                        "batch_size": { config.batchSize = try $0.integer(in: 1...10000) },
                        "file_time_limit_seconds": { config.fileTimeLimitSeconds = try $0.number(in: 0...3600) },
                    ])
            case "intake":
                try reader.read(
                    values,
                    [
                        "max_file_bytes": { config.maxFileBytes = try $0.integer(in: 1...(1 << 40)) },
                        "public_suffix_list": { config.publicSuffixList = try $0.string() },
                        "outlet_furniture_articles": { config.outletFurnitureArticles = try $0.integer(in: 0...1_000_000) },
                    ])
            case "matching":
                try reader.read(
                    values,
                    [
                        "max_candidates": { config.maxCandidates = try $0.integer(in: 1...1000) },
                        "repeat_threshold": { config.repeatThreshold = try $0.number(in: 0...1) },
                        "topic_threshold": { config.topicThreshold = try $0.number(in: 0...1) },
                        "window_days": { config.windowDays = try $0.integer(in: 0...36500) },
                        "model": { config.model = try $0.string() },
                        "repeat_confidence": { config.repeatConfidence = try $0.number(in: 0...1) },
                    ])
            case "alerts":
                try reader.read(values, ["min_checkworthiness": { config.minCheckworthiness = try $0.number(in: 0...1) }])
            case "outlets":
                for key in values.keys {
                    guard let name = values[key]?.string, !name.isEmpty else {
                        throw ConfigError(message: "\(source): outlets.\(key) must be a non-empty string, the outlet's name")
                    }
                    config.outletAliases[key] = name
                }
            case "log":
                try reader.read(
                    values,
                    [
                        "level": { value in
                            let name = try value.string()
                            guard let level = Logger.Level(rawValue: name) else {
                                throw value.error("must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
                            }
                            config.logLevel = level
                        }
                    ])
            default:
                throw ConfigError(
                    message:
                        "\(source): unknown section [\(section)]; known sections are [paths], [watch], [intake], [matching], [alerts], [outlets], [log]"
                )
            }
        }
        return config
    }
}

extension ClaimwatchConfig {
    /// Refuses a NUL in any string of the file, escaped (`\u0000`, `\U00000000`) or raw. TOMLKit hands
    /// strings over as C strings, so a value holding one arrives cut at the NUL ("/tmp/a\u0000b" read
    /// as "/tmp/a") and cannot be checked after parsing: the text is checked before. The error names
    /// the key (`paths.data`) and the line. An escape inside a literal ('...') string is refused too.
    static func rejectNUL(_ text: String, source: String) throws(ConfigError) {
        var section = ""
        for (index, line) in LineEndings.split(text).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") {
                section = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            }
            guard line.unicodeScalars.contains("\u{0}") || hasNULEscape(line) else { continue }
            let key = line.firstIndex(of: "=").map { line[..<$0].trimmingCharacters(in: .whitespaces) }
            let name = key.map { section.isEmpty ? $0 : "\(section).\($0)" } ?? "a string"
            throw ConfigError(message: "\(source):\(index + 1): \(name) holds a NUL character (\\u0000); no path, name or value may contain one")
        }
    }

    /// Whether `line` holds "\u0000" or "\U00000000" after an odd number of backslashes.
    static func hasNULEscape(_ line: Substring) -> Bool {
        let chars = Array(line.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "\\" else { i += 1; continue }
            var run = 0
            while i < chars.count, chars[i] == "\\" { run += 1; i += 1 }
            guard run % 2 == 1, i < chars.count else { continue }
            let digits = chars[i] == "u" ? 4 : chars[i] == "U" ? 8 : 0
            if digits > 0, i + digits < chars.count, chars[(i + 1)...(i + digits)].allSatisfy({ $0 == "0" }) { return true }
        }
        return false
    }
}

/// One value of the TOML file, with the context needed for a clear error.
struct TOMLSetting {
    var value: TOMLValueConvertible
    var name: String
    var source: String

    func error(_ problem: String) -> ConfigError {
        ConfigError(message: "\(source): \(name) \(problem)")
    }

    func string() throws(ConfigError) -> String {
        guard let string = value.string else { throw error("must be a string") }
        return string
    }

    /// A path, where an empty string means "use the default".
    func optionalPath() throws(ConfigError) -> String? {
        let path = try string()
        return path.isEmpty ? nil : path
    }

    func integer(in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard let number = value.int else { throw error("must be a whole number") }
        guard range.contains(number) else { throw error("must be between \(range.lowerBound) and \(range.upperBound), not \(number)") }
        return number
    }

    func number(in range: ClosedRange<Double>) throws(ConfigError) -> Double {
        guard let number = value.double ?? value.int.map(Double.init) else { throw error("must be a number") }
        guard range.contains(number) else { throw error("must be between \(range.lowerBound) and \(range.upperBound), not \(number)") }
        return number
    }
}

struct TableReader {
    var source: String
    var section = ""

    func read(_ table: TOMLTable, _ handlers: [String: (TOMLSetting) throws -> Void]) throws(ConfigError) {
        for key in table.keys {
            guard let handler = handlers[key], let value = table[key] else {
                let known = handlers.keys.sorted().joined(separator: ", ")
                throw ConfigError(message: "\(source): unknown key '\(key)' in [\(section)]; known keys are \(known)")
            }
            do {
                try handler(TOMLSetting(value: value, name: "\(section).\(key)", source: source))
            } catch let error as ConfigError {
                throw error
            } catch {
                throw ConfigError(message: "\(source): \(section).\(key): \(error)")
            }
        }
    }
}
