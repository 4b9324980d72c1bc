import Foundation
import Synchronization
import Testing

@testable import ClaimwatchCore

/// Hostile inputs (issue 13, "Work without a bound"): behaviour only. How fast and how much memory
/// they take is measured on the release binary (`claimwatch extract`), not asserted here.
enum HostileInput {
    /// One sentence of `count` distinct capitalised names joined by commas and a final "and":
    /// "Baba Baban, Baba Bacen, …, and Ceda Ricen said the plan failed."
    static func namesSentence(count: Int) -> String {
        let syllables = ["ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo", "nu", "pa", "re", "si", "to", "vu", "wa", "xe", "yo", "za", "ri"]
        func syllable(_ n: Int, _ k: Int) -> String { syllables[(n / Int(pow(20, Double(k)))) % 20] }
        var names: [String] = []
        names.reserveCapacity(count)
        for n in 0..<count {
            let first = (syllable(n, 3) + syllable(n, 2)).capitalized
            let last = (syllable(n, 1) + syllable(n, 0) + "n").capitalized
            names.append(first + " " + last)
        }
        return names.dropLast().joined(separator: ", ") + " and " + names.last! + " said the plan failed."
    }

    /// The digits and commas of one huge number: "1,000,000,…" with `groups` groups of three zeros.
    static func hugeNumber(groups: Int) -> String { "1" + String(repeating: ",000", count: groups) }

    static func article(_ body: String) -> Article { Article(outlet: "Outlet", outletSource: .metadata, body: body) }
}

struct HostileExtractionTests {
    let extractor = ClaimExtractor()

    @Test func anExpiredDeadlineStopsExtractionOfALongNamesSentence() {
        let body = HostileInput.namesSentence(count: 20_000)  // about 200 KB
        #expect(body.utf8.count > 190_000)
        let expired = Deadline(seconds: 1, end: .now - .seconds(1))
        #expect(throws: DeadlineExceeded.self) { try extractor.claims(in: HostileInput.article(body), deadline: expired) }
        do {
            _ = try extractor.claims(in: HostileInput.article(body), deadline: expired)
        } catch {
            #expect(error.reason == .timeLimit(seconds: 1))
        }
    }

    @Test func aStopRequestStopsExtraction() {
        let stop = StopRequest()
        stop.request()
        let deadline = Deadline(seconds: nil, end: nil, stop: stop)
        do {
            _ = try extractor.claims(in: HostileInput.article(HostileInput.namesSentence(count: 20_000)), deadline: deadline)
            Issue.record("extraction went on after a stop request")
        } catch {
            #expect(error.reason == .stopping)
        }
    }

    /// The stop is seen inside the stages, not only between sentences: requested while one
    /// sentence of 100,000 names is being worked on, extraction throws instead of finishing.
    @Test func aStopRequestedMidwayIsSeenInsideOneSentence() async {
        let body = HostileInput.namesSentence(count: 100_000)
        let stop = StopRequest()
        let deadline = Deadline(seconds: nil, end: nil, stop: stop)
        let stopper = Thread {
            usleep(20_000); stop.request()
        }
        stopper.start()
        do {
            _ = try extractor.claims(in: HostileInput.article(body), deadline: deadline)
            Issue.record("extraction finished before the stop request; make the input larger")
        } catch {
            #expect(error.reason == .stopping)
        }
    }

    @Test func theStagesCheckTheDeadline() {
        let expired = Deadline(seconds: 1, end: .now - .seconds(1))
        let sentences = String(repeating: "A. ", count: 10_000)
        #expect(throws: DeadlineExceeded.self) { try SentenceSplitter.split(sentences, deadline: expired) }
        let names = SentenceTokens(HostileInput.namesSentence(count: 100))
        #expect(throws: DeadlineExceeded.self) { try NameIndex([names], deadline: expired) }
        let numbers = SentenceTokens(String(repeating: "7 men, ", count: 2_000) + "said it.")
        #expect(throws: DeadlineExceeded.self) { try Quantities.find(in: numbers, deadline: expired) }
        // Without a deadline the same calls finish.
        #expect(SentenceSplitter.split(sentences).count == 10_000)
        #expect(Quantities.find(in: String(repeating: "7 men, ", count: 2_000) + "said it.").count == 2_000)
    }

    /// Numbers that are not finite, or beyond a quadrillion, are refused as quantities; the sentence
    /// stays a claim, and its claims encode as JSON.
    @Test(arguments: [
        "1" + String(repeating: "0", count: 309),
        "1e400",
        "1e308 billion",
        "0x1p1023",
        "999 trillion trillion",
        "1,000 trillion trillion trillion",
        HostileInput.hugeNumber(groups: 1_250_000),  // 5 MB of digits and commas
    ])
    func aHugeNumberGivesNoNonFiniteValue(_ number: String) throws {
        let body = "The ministry said the debt reached \(number) dollars on Tuesday."
        let claims = extractor.claims(in: HostileInput.article(body))
        // A sentence of megabytes is past `longestSentence`: no claim, but its numbers are still
        // read finite where a caller asks for them.
        let isClaimSized = body.utf8.count <= ClaimExtractor.longestSentence
        #expect(claims.count == (isClaimSized ? 1 : 0), "\(claims.count) claims")
        let values = isClaimSized ? claims.flatMap(\.quantities).map(\.value) : Quantities.find(in: body).map(\.value)
        #expect(values.allSatisfy { $0.isFinite && abs($0) <= Quantities.largest }, "\(values)")
        _ = try JSONEncoder().encode(claims.flatMap(\.quantities))
    }

    @Test func numbersUpToAQuadrillionAreKept() {
        #expect(Quantities.find(in: "The budget was 1.34 trillion dollars.").map(\.value) == [1.34e12])
        #expect(Quantities.find(in: "They counted 999,999,999,999,999 grains.").map(\.value) == [999_999_999_999_999])
        #expect(Quantities.find(in: "They counted 1,000 trillion grains.").map(\.value) == [1e15])
        #expect(Quantities.find(in: "They counted 1,001 trillion grains.").isEmpty)
        #expect(Quantities.find(in: "It rose to 0000000000000000000012 points.").map(\.value) == [12])
        #expect(
            Quantities.find(in: "It was 3.14159265358979323846264338327950288419716939937510582097494459 wide.").first?.value == 3.141592653589793)
    }

    @Test func aNamesSentenceStillGivesItsClaim() throws {
        let body = HostileInput.namesSentence(count: 1_500)
        #expect(body.utf8.count <= ClaimExtractor.longestSentence)
        let claims = extractor.claims(in: HostileInput.article(body))
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.cue == "said")
        #expect(claim.entities.count >= 1_500)
        #expect(Set(claim.entities).count == claim.entities.count)
    }

    /// A sentence longer than `longestSentence` stays in the body but is no claim; the sentences
    /// around it still are.
    @Test func aSentenceBeyondTheLongestIsNoClaim() {
        let long = HostileInput.namesSentence(count: 3_000)
        #expect(long.utf8.count > ClaimExtractor.longestSentence)
        let body = "The ministry said 42 drones were shot down on Tuesday. \(long) Officials said 12 more fell on Wednesday."
        let claims = extractor.claims(in: HostileInput.article(body))
        #expect(claims.map(\.text) == ["The ministry said 42 drones were shot down on Tuesday.", "Officials said 12 more fell on Wednesday."])
        #expect(claims.map(\.sentenceIndex) == [0, 2])
    }

    /// The name index stops learning at `mostPeople`; names it knows still resolve.
    @Test func theNameIndexIsBounded() throws {
        var index = try NameIndex([])
        for n in 0..<(NameIndex.mostPeople + 50) { index.add("Anna Person\(n)x", multiWord: true) }
        #expect(index.people.count == NameIndex.mostPeople)
        #expect(index.canonical("Person7x") == "Anna Person7x")
        #expect(index.canonical("Person\(NameIndex.mostPeople + 10)x") == nil)
    }

    @Test func aMillionInitialsAreSentencesWithoutClaims() {
        let body = String(repeating: "A. ", count: 100_000)
        #expect(SentenceSplitter.split(body).count == 100_000)
        #expect(extractor.claims(in: HostileInput.article(body)).isEmpty)
    }

    /// The surname index finds what a scan over every known name found: the same surname, one a
    /// letter longer or shorter ("Zelensky" / "Zelenskyy"), the fullest form, the first seen.
    @Test func namesResolveAsAScanWould() throws {
        let text =
            "Volodymyr Zelenskyy met Olaf Scholz. Zelensky spoke. President Volodymyr Oleksandrovych Zelensky said it. Scholz agreed. Anna Berg and Carl Berg came. Berg left. Marta Lindqvis and Marta Lindqvist spoke."
        let sentences = SentenceSplitter.split(text).map(SentenceTokens.init)
        let index = try NameIndex(sentences)
        #expect(index.canonical("Zelensky") == "Volodymyr Oleksandrovych Zelensky")
        #expect(index.canonical("Zelenskyy") == "Volodymyr Oleksandrovych Zelensky")
        #expect(index.canonical("Scholz") == "Olaf Scholz")
        #expect(index.canonical("Berg") == "Anna Berg")
        #expect(index.canonical("Lindqvist") == "Marta Lindqvist")  // the longer form replaced the first
        #expect(index.canonical("Nobody") == nil)
        for word in ["Zelensky", "Zelenskyy", "Zelensk", "Scholz", "Berg", "Lindqvis", "Lindqvist", "Lindqvistt", "Marta"] {
            #expect(index.canonical(word) == scan(index, word), "\(word)")
        }
    }

    /// The resolution before the surname index: every known name in order.
    func scan(_ index: NameIndex, _ name: String) -> String? {
        let wanted = NameIndex.surname(name)
        var best: String?
        for person in index.people where NameIndex.sameSurname(NameIndex.surname(person), wanted) {
            if best == nil || person.count > best!.count { best = person }
        }
        return best
    }

    /// Brackets and quotation marks that nest deeply or never close keep their meaning, in linear time.
    @Test func deeplyNestedAndUnclosedMarksSplitAsBefore() {
        #expect(SentenceSplitter.split("He said (it was (so. Very) true). Then he left.") == ["He said (it was (so. Very) true).", "Then he left."])
        let nested = String(repeating: "(", count: 20_000) + "a. B" + String(repeating: ")", count: 20_000) + ". Then he left."
        #expect(SentenceSplitter.split(nested).count == 2)
        let unclosed = String(repeating: "( ", count: 20_000) + String(repeating: "” ", count: 20_000) + "He left. Then she did."
        #expect(SentenceSplitter.split(unclosed).count == 2)
    }
}
