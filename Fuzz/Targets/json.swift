import ClaimwatchCore

let reader = ArticleReader()

/// libFuzzer target `json`: ArticleReader on arbitrary bytes as a .json file: TextDecoding and JSONArticle (generic, trafilatura and news-please shapes).
/// Throwing IntakeError is fine; crashing is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? reader.read(bytes, fileName: "article.json", subfolder: "Outlet")
    return 0
}
