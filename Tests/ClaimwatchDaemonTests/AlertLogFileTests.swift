import Foundation
import Testing

@testable import ClaimwatchDaemon

struct AlertLogFileTests {
    func temporaryFile(_ contents: String) throws -> String {
        let path = NSTemporaryDirectory() + "claimwatch-log-" + UUID().uuidString
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func tornLastLineIsCut() throws {
        let path = try temporaryFile("{\"id\":1}\n{\"id\":2}\n{\"id\":3, \"ti")
        let file = try AlertLogFile(path: path, format: .jsonLines)
        defer { file.close() }
        #expect(try file.repairTornLine() == 12)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"id\":1}\n{\"id\":2}\n")
        #expect(try file.lastAlertID() == 2)
    }

    @Test func completeFileIsLeftAlone() throws {
        let path = try temporaryFile("2026-11-24T08:00:00Z #41 REPEAT  A repeats B\n2026-11-24T08:00:01Z #42 REPEAT  C repeats B\n")
        let file = try AlertLogFile(path: path, format: .human)
        defer { file.close() }
        #expect(try file.repairTornLine() == 0)
        #expect(try file.lastAlertID() == 42)
    }

    @Test func fileWithOnlyATornLineBecomesEmpty() throws {
        let path = try temporaryFile("{\"id\":1")
        let file = try AlertLogFile(path: path, format: .jsonLines)
        defer { file.close() }
        #expect(try file.repairTornLine() == 7)
        #expect(try file.lastAlertID() == nil)
        try file.append(["{\"id\":1}"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"id\":1}\n")
    }
}
