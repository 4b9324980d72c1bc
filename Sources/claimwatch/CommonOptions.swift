import ArgumentParser
import ClaimwatchDaemon
import ClaimwatchStore
import Foundation
import Logging

/// `--config` and `--data`, shared by the commands that read the configuration.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The TOML configuration file (see config/claimwatch.toml).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("The data directory; overrides paths.data (default ./claimwatch-data).", valueName: "dir"))
    var data: String?

    /// The configuration: the file's settings (or the defaults), then the command-line overrides.
    func load() throws -> ClaimwatchConfig {
        var loaded = ClaimwatchConfig()
        do {
            if let config { loaded = try ClaimwatchConfig.load(path: config) }
        } catch {
            throw Failure(error.description, exit: .configuration)
        }
        if let data { loaded.dataDirectory = data }
        return loaded
    }

    /// The database for a read command: never created, migrated or written.
    func openDatabase(_ config: ClaimwatchConfig) throws -> ClaimDatabase {
        try Self.mappingFailures { try ClaimwatchBuilder.openForReading(config) }
    }

    /// The data directory's writer lock and its database, for a command that writes.
    func openForWriting(_ config: ClaimwatchConfig, role: String) throws -> (lock: WriterLock, database: ClaimDatabase) {
        try Self.mappingFailures { try ClaimwatchBuilder.openForWriting(config, role: role) }
    }

    /// Each start-up failure as its message and exit code.
    static func mappingFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            let exit: ClaimwatchExit =
                switch error.code {
                case .newerSchema: .databaseTooNew
                case .damaged: .databaseDamaged
                case .cannotOpen: .cannotCreate
                case .missing, .olderSchema: .noDatabase
                }
            throw Failure("claimwatch: \(error)", exit: exit)
        } catch let error as StorageError {
            throw Failure("claimwatch: \(error)", exit: .cannotCreate)
        } catch let error as WriterLock.Held {
            throw Failure("claimwatch: \(error)", exit: .anotherWriter)
        } catch let error as ConfigError {
            throw Failure(error.description, exit: .configuration)
        }
    }
}

extension CommonOptions {
    /// Options given in code rather than parsed: every property wrapper must be set.
    init(config: String?, data: String?) {
        self.init()
        self.config = config
        self.data = data
    }
}

/// `--data` alone, for the commands that only read the database.
struct DataOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data directory (default ./claimwatch-data).", valueName: "dir"))
    var data: String?

    func openDatabase() throws -> ClaimDatabase {
        let options = CommonOptions(config: nil, data: data)
        return try options.openDatabase(options.load())
    }
}

/// An error that ends the command with a message on stderr and a specific exit code.
struct Failure: Error, CustomStringConvertible {
    var description: String
    var exit: ClaimwatchExit
    init(_ message: String, exit: ClaimwatchExit) {
        self.description = message
        self.exit = exit
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into its message and exit code.
    func reportingFailures(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(failure.exit.rawValue)
        }
    }
}

enum Logging {
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
