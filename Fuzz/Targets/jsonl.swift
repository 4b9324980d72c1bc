import ClaimwatchCore

let reader = ArticleReader()

/// libFuzzer target `jsonl`: ArticleReader on arbitrary bytes as a .jsonl file: one article per line, each bad line an item with its error.
/// Throwing IntakeError is fine; crashing is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLinesReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? reader.read(bytes, fileName: "article.jsonl", subfolder: "Outlet")
    return 0
}
