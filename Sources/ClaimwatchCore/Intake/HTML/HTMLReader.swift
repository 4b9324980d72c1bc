import CLibXML2
import Foundation
import Glibc

/// Reads an HTML page into its metadata and its main text, without navigation, headers, footers,
/// related links, comments, share widgets, ads or cookie banners.
///
/// libxml2 parses the page (never fetching anything) after a byte pass has cut scripts and styles;
/// one walk over the tree reads the metadata and cuts page furniture, a readability-style scoring
/// picks the article's container, and a last walk writes its paragraphs. Pure: no I/O.
public enum HTMLReader {
    /// Reads a page.
    ///
    /// - Parameters:
    ///   - bytes: the page as delivered.
    ///   - declaredCharset: the charset an HTTP-like header declares, if any. Without it the page's
    ///     `<meta charset>` or `http-equiv="Content-Type"` is used, else UTF-8 when the bytes are
    ///     valid UTF-8, else Windows-1252. A byte-order mark overrides both.
    /// - Returns: the page; its text is valid UTF-8, NFC-normalised, entities decoded, paragraphs
    ///   separated by blank lines.
    /// - Throws: `.empty` when the file or the article text is empty, `.binary` for binary content,
    ///   `.unparseable` when libxml2 cannot make a document of the bytes.
    public static func read(_ bytes: [UInt8], declaredCharset: String?) throws(IntakeError) -> HTMLPage {
        let encoding = HTMLCharset.choose(bytes, declared: declaredCharset)
        let bytes = encoding.hasPrefix("UTF-16") ? bytes : droppingStrayNULs(bytes)
        if !encoding.hasPrefix("UTF-16") { try checkText(bytes) }
        let prefiltered = HTMLPrefilter(bytes)
        let options = parseOptions
        let parsed = prefiltered.html.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let document = parsed else {
            throw IntakeError(.unparseable, "libxml2 could not parse the HTML (\(bytes.count) bytes); check that the file is an HTML page")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw IntakeError(.unparseable, "the HTML has no elements; check that the file is an HTML page")
        }
        var tree = HTMLTree(root: root)
        tree.metadata.ld.read(prefiltered.jsonLD)
        var writer = HTMLTextWriter()
        for index in tree.contentRoots() { writer.write(tree.nodes[index].node) }
        var page = HTMLPage(body: normalised(writer.output))
        tree.metadata.apply(to: &page)
        if page.body.isEmpty {
            throw IntakeError(
                .empty,
                "no article text found in the HTML (\(bytes.count) bytes)\(page.title.map { ", titled \"\($0)\"" } ?? ""); deliver the article page, not an index or an empty shell"
            )
        }
        return page
    }

    /// libxml2's HTML parser options: never the network (NONET), and none of XML_PARSE_NOENT
    /// (entity substitution), DTDLOAD, DTDVALID or XINCLUDE, so a page's DOCTYPE, external entities
    /// and XIncludes are never loaded or expanded (`HTMLSecurityTests`).
    static let parseOptions = Int32(
        bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue)

    /// The page without its NUL bytes when they are stray: fewer than 1 in 1,000 bytes, as a scraper
    /// or a server leaves in a real page. A browser shows such a page; so does claimwatch. More NULs
    /// than that stay, and `checkText` refuses the file as binary.
    static func droppingStrayNULs(_ bytes: [UInt8]) -> [UInt8] {
        var nuls = 0
        for byte in bytes where byte == 0 { nuls += 1 }
        guard nuls > 0, nuls * 1000 < bytes.count else { return bytes }
        return bytes.filter { $0 != 0 }
    }

    /// Rejects files that are only white space, and binary content (see `TextDecoding`).
    static func checkText(_ bytes: [UInt8]) throws(IntakeError) {
        guard let firstVisible = bytes.firstIndex(where: { $0 > 0x20 || $0 == 0 }) else {
            throw IntakeError(.empty, "the HTML file is empty (\(bytes.count) bytes of white space)")
        }
        try TextDecoding.rejectBinary(bytes[firstVisible...])
    }

    /// The UTF-8 bytes as a string: invalid sequences become U+FFFD, then NFC.
    static func normalised(_ utf8: [UInt8]) -> String {
        let text = String(decoding: utf8, as: UTF8.self)
        return mayNeedNFC(utf8) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// False when the text is NFC already for sure: nothing from U+0300 up (no lead byte 0xCC or
    /// above) except punctuation and currency signs U+2002-U+20CF (curly quotes, dashes, euro).
    static func mayNeedNFC(_ utf8: [UInt8]) -> Bool {
        var i = 0
        let count = utf8.count
        while i < count {
            let c = utf8[i]
            if c < 0xCC { i += 1; continue }
            guard c == 0xE2, i + 2 < count else { return true }
            let second = utf8[i + 1]
            guard (second == 0x80 && utf8[i + 2] >= 0x82) || second == 0x81 || (second == 0x82 && utf8[i + 2] < 0x90) else { return true }
            i += 3
        }
        return false
    }
}

/// Which encoding libxml2 should read a page in.
enum HTMLCharset {
    /// A byte-order mark, else the declared charset, else `<meta>`'s, else UTF-8 if valid, else
    /// Windows-1252. Latin-1 and ASCII labels read as Windows-1252 (as browsers do), UTF-16 labels
    /// without a byte-order mark as UTF-8, unknown labels as if absent.
    static func choose(_ bytes: [UInt8], declared: String?) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        for label in [declared, HTMLPrefilter.metaCharset(bytes)] {
            if let label = label?.trimmingCharacters(in: .whitespaces).lowercased(), let name = known(label) { return name }
        }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    private static func known(_ label: String) -> String? {
        switch label {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "cp1252", "windows-1252", "x-cp1252":
            return "windows-1252"
        default:
            guard let handler = xmlFindCharEncodingHandler(label) else { return nil }
            xmlCharEncCloseFunc(handler)
            return label
        }
    }
}
