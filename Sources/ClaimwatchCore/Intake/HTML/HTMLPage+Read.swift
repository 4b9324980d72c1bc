extension HTMLPage {
    /// The HTML reader's entry point for intake (wired to `HTMLReader` once it lands).
    static func read(_ bytes: [UInt8], declaredCharset: String?) throws(IntakeError) -> HTMLPage {
        throw IntakeError(.unsupportedFormat, "HTML intake is not available in this build; drop .txt, .md or .json articles")
    }
}
