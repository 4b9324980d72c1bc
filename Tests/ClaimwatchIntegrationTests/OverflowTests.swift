import Foundation
import Testing

/// More files than the kernel's inotify queue holds (fs.inotify.max_queued_events, 16384 by
/// default) arrive while the daemon cannot read events: the overflow is noticed, the folder is
/// rescanned, and every file is processed exactly once.
@Suite(.serialized)
struct OverflowTests {
    static let fileCount = 20_000

    @Test(.timeLimit(.minutes(10)))
    func twentyThousandFilesWhileStoppedAreEachProcessedOnce() async throws {
        if let limit = try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8),
            let queued = Int(limit.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            #expect(queued < Self.fileCount, "max_queued_events is \(queued): \(Self.fileCount) files cannot overflow the queue")
        }
        let daemon = try DaemonProcess()
        try await daemon.start()
        daemon.signal(SIGSTOP)
        var resumed = false
        defer { if !resumed { daemon.signal(SIGCONT) } }

        let writeStart = ContinuousClock.now
        let files = (0..<Self.fileCount).map { (name: String(format: "brief-%05d.txt", $0), contents: SyntheticArticles.tiny($0)) }
        let (drop, staging) = (daemon.drop, daemon.staging)
        // Off the cooperative pool: writing 20,000 files would block one of its threads for seconds.
        try await ProcessHelpers.onThread { try ProcessHelpers.dropFast(files, into: drop, staging: staging) }
        let writeTime = ContinuousClock.now - writeStart

        let start = ContinuousClock.now
        daemon.signal(SIGCONT)
        resumed = true
        // Poll cheaply (no stat of 20,000 files) and slowly: the machine has two cores.
        let deadline = Date().addingTimeInterval(480)
        while ProcessHelpers.entryCount(daemon.drop) > 0 {
            guard Date() < deadline else { throw HarnessError("timed out: \(ProcessHelpers.entryCount(daemon.drop)) files still waiting") }
            guard daemon.process?.isRunning == true else { throw HarnessError("daemon exited:\n\(daemon.log().suffix(3000))") }
            try await Task.sleep(for: .milliseconds(500))
        }
        let elapsed = ContinuousClock.now - start
        await daemon.stop()
        #expect(daemon.process?.terminationStatus == 0)

        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            String(
                format: "overflow: wrote %d files in %@, processed them in %.1f s (%.0f files/s)",
                Self.fileCount, "\(writeTime)", seconds, Double(Self.fileCount) / seconds))

        #expect(ProcessHelpers.entryCount(daemon.processed) == Self.fileCount)
        #expect(ProcessHelpers.entryCount(daemon.failed) == 0)
        let status = try ProcessHelpers.status(data: daemon.data.path)
        #expect(status.processed == Self.fileCount, "\(status.text)")
        #expect(status.failed == 0 && status.duplicates == 0, "\(status.text)")
        let twice = try ProcessHelpers.sqlite(daemon.database, "SELECT COUNT(*) FROM (SELECT name FROM deliveries GROUP BY name HAVING COUNT(*) > 1)")
        #expect(twice == [["0"]])
        let log = daemon.log()
        #expect(log.contains("inotify queue overflowed"), "the daemon log does not mention the inotify queue overflow")
    }
}
