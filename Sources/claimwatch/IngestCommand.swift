import ArgumentParser
import ClaimwatchDaemon
import ClaimwatchWatch
import Foundation
import Logging

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Run files through the same pipeline once, in the order given, without moving them.",
        discussion: """
            Prints one line per file: its outcome, claims and alerts. Exits 1 if any file failed.
            Writes the data directory as its one writer: while a daemon runs on it, ingest refuses (exit 75); drop the files into the daemon's drop folder instead.
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The outlet for files that name none (instead of 'unknown').", valueName: "name"))
    var outlet: String?

    @Argument(help: ArgumentHelp("Article files (.txt, .md, .json, .jsonl, .html).", valueName: "file"))
    var files: [String]

    func run() async throws {
        try await reportingFailures {
            let config = try common.load()
            Logging.bootstrap(level: .warning)
            let logger = Logger(label: "claimwatch")
            // The data directory's one writer for this run: beside a running daemon, ingest refuses.
            let (lock, database) = try common.openForWriting(config, role: "ingest")
            defer { withExtendedLifetime(lock) {} }
            let alertLog = try ClaimwatchBuilder.openAlertLog(config, database: database, logger: logger)
            defer { alertLog.close() }
            let processor = FileProcessor(
                config: config, database: database,
                recorder: try CommonOptions.mappingFailures { try ClaimwatchBuilder.recorder(config, logger: logger) }, alertLog: alertLog,
                moveFiles: false, logger: logger
            )
            var failures = 0
            let start = ContinuousClock.now
            let paths = Self.exactBytes(of: files)
            for chunk in stride(from: 0, to: paths.count, by: config.batchSize) {
                let items = paths[chunk..<min(chunk + config.batchSize, paths.count)].map {
                    FileProcessor.Item(path: $0, name: $0, outlet: outlet)
                }
                let outcomes: [FileOutcome]
                do {
                    outcomes = try processor.process(items)
                } catch {
                    throw Failure("claimwatch: cannot commit to \(config.database): \(error)", exit: .failure)
                }
                for (item, outcome) in zip(items, outcomes) {
                    print("\(item.name.display): \(outcome.summary)")
                    if case .failed = outcome { failures += 1 }
                    if case .skipped = outcome { failures += 1 }
                    if case .vanished = outcome { failures += 1 }
                    if case .changed = outcome { failures += 1 }
                }
            }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = seconds > 0 ? Double(files.count) / seconds : 0
            FileHandle.standardError.write(Data(String(format: "%d files in %.3f s (%.1f files/s)\n", files.count, seconds, rate).utf8))
            if failures > 0 { throw ExitCode(ClaimwatchExit.failure.rawValue) }
        }
    }
}

extension IngestCommand {
    /// The file arguments as the exact bytes given: the parsed strings have bytes that are not
    /// UTF-8 replaced by U+FFFD, so each is matched, in order, with its argument in argv.
    static func exactBytes(of files: [String]) -> [FileName] {
        var arguments = (1..<Int(CommandLine.argc)).compactMap { index -> [UInt8]? in
            guard let argument = CommandLine.unsafeArgv[index] else { return nil }
            return Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
        }
        return files.map { file in
            guard let index = arguments.firstIndex(where: { String(decoding: $0, as: UTF8.self) == file }) else { return FileName(file) }
            let bytes = arguments[index]
            arguments.removeSubrange(...index)
            return FileName(bytes: bytes)
        }
    }
}

extension FileOutcome {
    var summary: String {
        switch self {
        case .processed(let claims, let alerts, let failedLines):
            "processed, \(claims) claims, \(alerts) alerts" + failedLines.map { "\n  \($0.reason)" }.joined()
        case .duplicate: "duplicate of content already processed"
        case .failed(let reason): "failed: \(reason)"
        case .skipped(let reason): "skipped: \(reason)"
        case .vanished: "failed: no such file"
        case .changed: "failed: the file changed while it was read; nothing recorded, run ingest again once it is complete"
        case .deferred: "not processed: stopping"
        }
    }
}
