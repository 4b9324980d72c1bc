import Foundation
import Testing

/// A NUL in a configuration string (TOML `\u0000`) was cut off silently and `check-config` said OK.
struct ConfigNULTests {
    @Test(arguments: [
        (body: "[paths]\ndata = \"/tmp/a\\u0000b\"\n", key: "paths.data"),
        (body: "[paths]\ndrop = \"/tmp/d\\U00000000rop\"\n", key: "paths.drop"),
        (body: "[intake]\npublic_suffix_list = \"/tmp/p\\u0000s\"\n", key: "intake.public_suffix_list"),
    ])
    func nulInAConfigStringExits78NamingTheKey(body: String, key: String) throws {
        let directory = try TemporaryDirectory("cw-config-nul")
        let config = try StartupRefusalTests.configFile(directory, body)
        for command in ["check-config", "run"] {
            let result = try ProcessHelpers.claimwatch([command, "--config", config])
            #expect(result.status == 78, "\(command) exited \(result.status):\n\(result.stderr)")
            #expect(result.stderr.contains("\(key) holds a NUL character"), "\(command):\n\(result.stderr)")
        }
    }
}
