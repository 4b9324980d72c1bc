import Foundation

/// Follows `alerts.jsonl` as the daemon appends to it, and notes when the first alert of each
/// article file appeared. Polls the file's size every millisecond on its own thread.
final class AlertLogTail: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var firstAlert: [String: ContinuousClock.Instant] = [:]
    private var stopped = false
    private var thread: Thread?

    init(path: String) { self.path = path }

    func start() {
        let thread = Thread { [self] in follow() }
        thread.start()
        self.thread = thread
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    /// When the first alert naming each file (by base name) was seen.
    var firstAlertByFile: [String: ContinuousClock.Instant] { lock.withLock { firstAlert } }

    private func follow() {
        var offset: UInt64 = 0
        var pending = Data()
        while !lock.withLock({ stopped }) {
            var info = stat()
            guard stat(path, &info) == 0, UInt64(info.st_size) > offset, let handle = FileHandle(forReadingAtPath: path) else {
                usleep(1000)
                continue
            }
            let seen = ContinuousClock.now
            try? handle.seek(toOffset: offset)
            let chunk = handle.readDataToEndOfFile()
            try? handle.close()
            offset += UInt64(chunk.count)
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pending.startIndex..<newline]
                pending.removeSubrange(pending.startIndex...newline)
                guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                    let article = object["article"] as? [String: Any], let path = article["path"] as? String
                else { continue }
                let name = (path as NSString).lastPathComponent
                lock.withLock { if firstAlert[name] == nil { firstAlert[name] = seen } }
            }
        }
    }
}
