import Foundation

/// Waiting on the daemon from outside, as a user would: by the files in its folders.
enum DaemonReadiness {
    /// Waits until the daemon watches `data/incoming`: a warm-up article renamed in has been taken.
    static func wait(data: String, staging: String, timeout: Double = 60) throws {
        let incoming = data + "/incoming"
        let start = ContinuousClock.now
        while !FileManager.default.fileExists(atPath: incoming) {
            guard start.secondsUntilNow < timeout else { throw BenchError("the daemon made no \(incoming) in \(Int(timeout)) s") }
            usleep(10_000)
        }
        let warmUp = "warm-up.txt"
        try Data("Source: Bench\n\nThe bench said the daemon was ready to take articles from the drop folder.\n".utf8)
            .write(to: URL(fileURLWithPath: staging + "/" + warmUp))
        rename(staging + "/" + warmUp, incoming + "/" + warmUp)
        try waitUntilEmpty(incoming, timeout: timeout)
    }

    /// Waits until no file is left in the top level of `folder` (moved to processed/ or failed/).
    static func waitUntilEmpty(_ folder: String, timeout: Double) throws {
        let start = ContinuousClock.now
        while try filesLeft(in: folder) > 0 {
            guard start.secondsUntilNow < timeout else {
                throw BenchError("\(folder) still holds \(try filesLeft(in: folder)) files after \(Int(timeout)) s")
            }
            usleep(20_000)
        }
    }

    static func filesLeft(in folder: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder).count { $0.hasSuffix(".txt") }
    }
}
