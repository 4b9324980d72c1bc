import ClaimwatchCore

/// libFuzzer target `sentences`: SentenceSplitter on arbitrary bytes taken as UTF-8 (bad bytes
/// become U+FFFD). The ranges must lie inside the text and follow each other.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentenceSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var previous = text.startIndex
    for range in SentenceSplitter.ranges(in: text) {
        precondition(range.lowerBound >= previous && range.upperBound <= text.endIndex, "sentence range out of order")
        previous = range.upperBound
    }
    _ = SentenceSplitter.split(text)
    return 0
}
