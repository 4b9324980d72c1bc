import Testing

@testable import ClaimwatchCore

/// The ASCII fast path of `Words.split` splits exactly as the general one.
struct WordsSplitTests {
    @Test(arguments: [
        "The U.S. said 10,000 troops, 1.34 km, Kim Jong-un's 31-second call at Knewz.com.",
        "it's IT'S a--b 1,,2 1,2. x.'s 'quoted' -dash- a-'b end-", "", "5G 3D 2020's 1990s 4,5,6 a.b.c.",
        "\r\n Tab\tSeparated;words:and(parens) 12:30 $5 50% #tag @handle a_b",
    ])
    func asciiMatchesGeneral(text: String) {
        let fast = text.utf8.withContiguousStorageIfAvailable { Words.asciiSplit($0) } ?? nil
        #expect(fast == Words.generalSplit(text))
    }

    @Test func asciiMatchesGeneralOnRandomText() {
        let alphabet = Array("aZ09 .,-'s\n\t:;\"()".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(state % 40)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let string = String(text)
            #expect(Words.split(string) == Words.generalSplit(string), "\(string.debugDescription)")
        }
    }

    @Test func nonASCIITextTakesTheGeneralPath() {
        #expect(Array("Zelensky’s café".utf8).withUnsafeBufferPointer { Words.asciiSplit($0) } == nil)
        #expect(Words.split("Zelensky’s café").map(\.text) == ["Zelensky", "café"])
    }

    @Test func asciiNumberKeysMatchGeneral() {
        let alphabet = Array("aZ0915 .,-'s\n:".unicodeScalars)
        var state: UInt64 = 7
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(Int((state >> 33) % 40)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            let string = String(text)
            #expect(Words.numberKeys(string) == Words.generalNumberKeys(string), "\(string.debugDescription)")
        }
        #expect(Words.numberKeys("10,000 troops, 5G and 10000 more in 1990's") == ["10000", "5g", "1990"])
    }
}
