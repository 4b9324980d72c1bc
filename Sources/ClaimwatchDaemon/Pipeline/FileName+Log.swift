import ClaimwatchCore
import ClaimwatchWatch

extension FileName {
    /// How the name appears in the log, on one line: a UTF-8 name escaped like any text
    /// (`new\nline.txt`, a `\` as `\\`), any other name as its display (`caf\xe9.txt`), which holds
    /// no control character and no `\` but its `\xHH` escapes. So the two never look alike.
    var logged: String { isUTF8 ? Alert.escape(display) : display }
}
