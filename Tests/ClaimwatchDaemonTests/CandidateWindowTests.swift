import ClaimwatchCore
import Foundation
import GRDB
import Logging
import Testing

@testable import ClaimwatchDaemon
@testable import ClaimwatchStore

/// `matching.window_days` reaches candidate search: a claim first seen before the window raises no alert.
struct CandidateWindowTests {
    static let story = "Ukrainian President Volodymyr Zelensky said on Tuesday that 3,000 North Korean soldiers had been killed or wounded in Kursk."

    /// Outlet A's story, first seen `ageDays` ago; then outlet B's copy. Returns B's alert count.
    func alertsForARepeat(ofAClaimAged ageDays: Int, windowDays: Int) throws -> Int {
        let directory = NSTemporaryDirectory() + "claimwatch-window-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var config = ClaimwatchConfig()
        config.dataDirectory = directory
        config.windowDays = windowDays
        let logger = Logger(label: "test")
        let (lock, database) = try ClaimwatchBuilder.openForWriting(config, role: "test")
        defer { withExtendedLifetime(lock) {} }
        let alertLog = try ClaimwatchBuilder.openAlertLog(config, database: database, logger: logger)
        defer { alertLog.close() }
        let processor = FileProcessor(
            config: config, database: database, recorder: try ClaimwatchBuilder.recorder(config), alertLog: alertLog, moveFiles: false, logger: logger
        )
        for outlet in ["A", "B"] {
            let path = directory + "/\(outlet).txt"
            try Data("Source: \(outlet)\n\n\(Self.story)\n".utf8).write(to: URL(fileURLWithPath: path))
            let outcome = try processor.process([FileProcessor.Item(path: path, name: "\(outlet).txt")])
            if outlet == "A" {
                let seen = Timestamp.format(Date().addingTimeInterval(-Double(ageDays) * 86400))
                try database.pool.write { try $0.execute(sql: "UPDATE claims SET created_at = ?", arguments: [seen]) }
                continue
            }
            guard case .processed(let claims, let alerts, _) = outcome.first else {
                Issue.record("B was not processed: \(outcome)")
                return -1
            }
            #expect(claims == 1)
            return alerts
        }
        return -1
    }

    @Test func aClaimFirstSeenBeforeTheWindowIsNotACandidate() throws {
        #expect(try alertsForARepeat(ofAClaimAged: 10, windowDays: 7) == 0)
    }

    @Test func aClaimWithinTheWindowIs() throws {
        #expect(try alertsForARepeat(ofAClaimAged: 3, windowDays: 7) == 1)
    }

    @Test func withoutAWindowEveryClaimIs() throws {
        #expect(try alertsForARepeat(ofAClaimAged: 400, windowDays: 0) == 1)
    }
}
