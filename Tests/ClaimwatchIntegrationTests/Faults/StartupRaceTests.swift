import Foundation
import Testing

/// The daemon started at the same moment as `status`, `alerts --follow` and `claims` on a new data
/// directory: only the daemon (the writer) creates and migrates the database, so it starts every
/// time, and each reader either reads or says there is no database yet.
struct StartupRaceTests {
    @Test func readersStartedWithTheDaemonNeverBreakItsStart() async throws {
        let trials = 20
        var readerOutcomes: [Int32: Int] = [:]
        for trial in 0..<trials {
            let daemon = try DaemonProcess()
            let readers: [[String]] = [
                ["status", "--config", daemon.configPath],
                ["claims", "--data", daemon.data.path],
                ["alerts", "--data", daemon.data.path, "--follow"],
                ["status", "--config", daemon.configPath],
            ]
            let started = readers.map { arguments -> Process in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: Paths.binary)
                process.arguments = arguments
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in started { try process.run() }
            try await daemon.start()
            try await Task.sleep(for: .milliseconds(300))
            for process in started where process.isRunning {
                // `alerts --follow` runs until stopped.
                kill(process.processIdentifier, SIGTERM)
            }
            for process in started {
                process.waitUntilExit()
                if process.arguments?.contains("--follow") == false {
                    readerOutcomes[process.terminationStatus, default: 0] += 1
                }
            }
            #expect(daemon.process?.isRunning == true, "trial \(trial): the daemon did not survive its start:\n\(daemon.log())")
            #expect(!daemon.log().contains("already exists") && !daemon.log().contains("duplicate column"), "trial \(trial):\n\(daemon.log())")
            try daemon.drop(SyntheticArticles.sharedClaims(topic: trial, outlet: "A"), as: "A/a.txt")
            try await waitUntil(timeout: 30, "trial \(trial): the file to be processed") { filesUnder(daemon.processed).count == 1 }
            await daemon.stop()
        }
        print("start-up race: reader exit codes over \(trials) trials: \(readerOutcomes.sorted { $0.key < $1.key })")
        #expect(Set(readerOutcomes.keys).isSubset(of: [0, 69]), "readers exited with \(readerOutcomes)")
    }
}
