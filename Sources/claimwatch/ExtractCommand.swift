import ArgumentParser
import ClaimwatchCore
import ClaimwatchDaemon
import Foundation
import Logging

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what intake makes of a file: metadata, outlet, sentences, removed lines and claims.",
        discussion: "Nothing is recorded. Exits 1 if the file (or any line of a .jsonl file) cannot be read.")

    @Option(name: .long, help: ArgumentHelp("The TOML configuration file (for [outlets] aliases).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("The outlet subfolder the file would sit in.", valueName: "name"))
    var outlet: String?

    @Flag(name: .long, help: "One JSON object per article.")
    var json = false

    @Argument(help: ArgumentHelp("An article file (.txt, .md, .json, .jsonl, .html).", valueName: "file"))
    var file: String

    func run() async throws {
        try await reportingFailures {
            let settings = try CommonOptions(config: config, data: nil).load()
            Logging.bootstrap(level: .warning)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Failure("claimwatch: cannot read \(file)", exit: .failure)
            }
            let reader = settings.articleReader(logger: Logger(label: "claimwatch"))
            let items: [IntakeItem]
            do {
                items = try reader.read(Array(data), fileName: file, subfolder: outlet)
            } catch {
                throw Failure("\(file): \(error)", exit: .failure)
            }
            var failures = 0
            for item in items {
                switch item.result {
                case .success(let article):
                    let report = ExtractReport(article, claims: ClaimExtractor().claims(in: article))
                    print(json ? try report.jsonLine() : report.text())
                case .failure(let error):
                    failures += 1
                    FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
                }
            }
            if failures > 0 { throw ExitCode(ClaimwatchExit.failure.rawValue) }
        }
    }
}
