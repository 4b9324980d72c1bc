import Glibc
import Testing

@testable import ClaimwatchSystem

struct SystemCallErrorTests {
    @Test func theDescriptionNamesTheCallThePathAndTheErrno() {
        let error = SystemCallError("openat", path: "/data/incoming/a.txt", errno: ENOENT)
        #expect(error.description == "openat /data/incoming/a.txt: No such file or directory")
        #expect(SystemCallError("fsync", errno: ENOSPC).description == "fsync: No space left on device")
    }
}
