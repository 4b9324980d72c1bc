import Foundation

/// How a test makes a folder read-only for a claimwatch it runs. As root (CI), chmod does not stop
/// writes, so the folder is bind-mounted read-only in a mount namespace of the command's own
/// (`unshare -m`); the test itself still sees it writable. Otherwise chmod 0555 does.
enum ReadOnlyFolder: Sendable {
    /// A read-only bind mount, seen only by the command (root with `unshare -m`).
    case mount
    /// chmod 0555 while the command runs (not root).
    case permissions
    /// Neither works here (root without mount namespaces).
    case unavailable

    static let here: ReadOnlyFolder = {
        guard geteuid() == 0 else { return .permissions }
        // The probe: inside the namespace the folder must refuse a write.
        guard ProcessHelpers.which("unshare") != nil, let probe = try? TemporaryDirectory("cw-ro-probe"),
            let result = try? ReadOnlyFolder.mount.run("/bin/sh", ["-c", #"! touch "$0/written" 2>/dev/null"#, probe.path], readOnly: probe.path),
            result.status == 0, !FileManager.default.fileExists(atPath: probe.file("written"))
        else { return .unavailable }
        return .mount
    }()

    static let reason = "needs root with unshare -m (a read-only bind mount) or a non-root user (chmod 0555)"

    /// What the message says about a folder that is read-only this way.
    var refusal: String { self == .mount ? "is on a read-only file system" : "is not writable by user" }

    /// Runs `claimwatch ARGUMENTS` with `folder` read-only, to completion.
    func claimwatch(_ arguments: [String], readOnly folder: String) throws -> CommandResult {
        try run(Paths.binary, arguments, readOnly: folder)
    }

    /// Runs the program at `path` with `folder` read-only, to completion.
    func run(_ path: String, _ arguments: [String], readOnly folder: String) throws -> CommandResult {
        switch self {
        case .mount:
            let script = #"mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@""#
            return try ProcessHelpers.runTool(
                ProcessHelpers.which("unshare")!, ["-m", "sh", "-c", script, "sh", folder, path] + arguments, timeout: 20)
        case .permissions:
            guard chmod(folder, 0o555) == 0 else { throw HarnessError("chmod \(folder) failed: \(errno)") }
            defer { chmod(folder, 0o755) }
            return try ProcessHelpers.runTool(path, arguments, timeout: 20)
        case .unavailable:
            throw HarnessError("no way to make \(folder) read-only: \(Self.reason)")
        }
    }
}
