/// Characters that show nothing themselves but change how a terminal or an editor shows the text
/// around them: controls, line and paragraph separators, bidirectional embeddings, overrides,
/// isolates and marks, zero-width spaces and the byte-order mark. Raw in a log line, U+202E turns
/// the rest of the line around under `tail -f`; in an outlet name, "BBC" and "BBC\u{200B}" would be
/// two outlets that look alike.
public enum InvisibleControls {
    /// C0 and C1 controls and DEL.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// U+2028 and U+2029, which some readers split lines on.
    public static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Bidirectional controls and marks (U+061C, U+200E–200F, U+202A–202E, U+2066–2069) and the
    /// zero-width characters (U+200B–200D, U+2060, U+FEFF).
    public static func isFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// Whether a log line must show `scalar` escaped.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isLineSeparator(scalar) || isFormatting(scalar)
    }

    /// `text` without its bidirectional and zero-width characters (`isFormatting`), white space at
    /// either end trimmed: for names that are keys (outlets), where such a character only makes a
    /// second name that looks the same. Controls stay (they are visible once escaped).
    public static func removing(from text: String) -> String {
        guard text.unicodeScalars.contains(where: isFormatting) else { return text.trimmingCharacters() }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isFormatting(scalar) { view.append(scalar) }
        return String(view).trimmingCharacters()
    }
}
