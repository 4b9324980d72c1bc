import Foundation
import Testing

/// Paths of the checkout, the built binary and the shared samples.
enum Paths {
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: `$CLAIMWATCH_BINARY`, or `.build/debug/claimwatch` (built by `make test`).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["CLAIMWATCH_BINARY"] { return path }
        return repository.appendingPathComponent(".build/debug/claimwatch").path
    }

    static let seeds: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/samples/seeds")

    static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// A temporary directory removed when the value goes away.
final class TemporaryDirectory {
    let path: String
    var url: URL { URL(fileURLWithPath: path) }

    init(_ label: String = "claimwatch-test") throws {
        var template = Array((NSTemporaryDirectory() + "/\(label).XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw HarnessError("mkdtemp failed: \(errno)") }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ relative: String) -> String { path + "/" + relative }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The result of running a `claimwatch` command to completion.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the binary with `arguments` and waits for it (killed after `timeout` seconds).
@discardableResult
func runClaimwatch(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 60) throws -> CommandResult {
    try ProcessHelpers.runTool(Paths.binary, arguments, environment: environment, timeout: timeout)
}

/// Polls `condition` every 50 ms until it holds or `timeout` seconds pass.
func waitUntil(timeout: Double = 30, _ what: String = "condition", _ condition: () throws -> Bool) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    if try condition() { return }
    throw HarnessError("timed out after \(timeout) s waiting for \(what)")
}

/// Regular files under `directory`, relative, one subfolder level deep, ignoring `.reason` sidecars.
func filesUnder(_ directory: String, includeReasons: Bool = false) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var result: [String] = []
    while let name = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
        if isDirectory.boolValue { continue }
        if !includeReasons, name.hasSuffix(".reason") { continue }
        result.append(name)
    }
    return result.sorted()
}

/// The JSON objects of an alerts.jsonl file.
func readAlerts(_ path: String) throws -> [[String: Any]] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw HarnessError("alert line is not a JSON object: \(line)")
        }
        return object
    }
}

/// Writes `contents` elsewhere and renames it into place: how scrapers should deliver.
func deliverByRename(_ contents: String, to path: String, staging: String) throws {
    let temporary = staging + "/" + UUID().uuidString
    try Data(contents.utf8).write(to: URL(fileURLWithPath: temporary))
    let directory = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    guard rename(temporary, path) == 0 else { throw HarnessError("rename failed: \(errno)") }
}
