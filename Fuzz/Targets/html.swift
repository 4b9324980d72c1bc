import ClaimwatchCore

let reader = ArticleReader()

/// libFuzzer target `html`: ArticleReader on arbitrary bytes as an .html file (or a saved HTTP response): HTTPResponse, charset sniffing, HTMLReader through libxml2.
/// Throwing IntakeError is fine; crashing is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? reader.read(bytes, fileName: "article.html", subfolder: "Outlet")
    return 0
}
