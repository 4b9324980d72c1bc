import ClaimwatchCore

let reader = ArticleReader()

/// libFuzzer target `txt`: ArticleReader on arbitrary bytes as a .txt or .md file: TextDecoding, the header block (Key: value lines or YAML front matter), boilerplate removal.
/// Throwing IntakeError is fine; crashing is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? reader.read(bytes, fileName: "article.txt", subfolder: "Outlet")
    return 0
}
