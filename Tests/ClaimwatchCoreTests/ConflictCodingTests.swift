import ClaimwatchCore
import Foundation
import Testing

/// `Conflict.field` is an enum; its JSON (in `alerts.jsonl` and the ledger's `matches.conflict`)
/// and its text (in `alerts.log`) stay what they were when the field was a string.
struct ConflictCodingTests {
    /// One conflict of each field, with the bytes the string-field `Conflict` encoded it as
    /// (keys sorted, slashes unescaped, as `Alert.jsonLine` encodes).
    static let cases: [(Conflict, String)] = [
        (
            Conflict(field: .number("video length"), new: "90 seconds", existing: "31 seconds"),
            #"{"existing":"31 seconds","field":"video length","new":"90 seconds"}"#
        ),
        (
            Conflict(field: .number("number of troops"), new: "12,000", existing: "11,000"),
            #"{"existing":"11,000","field":"number of troops","new":"12,000"}"#
        ),
        (
            Conflict(field: .date, new: "Monday", existing: "Tuesday"),
            #"{"existing":"Tuesday","field":"date","new":"Monday"}"#
        ),
        (
            Conflict(field: .denial, new: "Kremlin denies", existing: "Zelensky states"),
            #"{"existing":"Zelensky states","field":"denial","new":"Kremlin denies"}"#
        ),
        (
            Conflict(field: .polarity, new: "negated", existing: "affirmed"),
            #"{"existing":"affirmed","field":"polarity","new":"negated"}"#
        ),
        (
            Conflict(field: .speaker, new: "Kyrylo Budanov", existing: "Volodymyr Zelensky"),
            #"{"existing":"Volodymyr Zelensky","field":"speaker","new":"Kyrylo Budanov"}"#
        ),
        (
            Conflict(field: .number("a/b \"q\" é\n"), new: "x/y", existing: "\u{2028}"),
            "{\"existing\":\"\u{2028}\",\"field\":\"a/b \\\"q\\\" é\\n\",\"new\":\"x/y\"}"
        ),
    ]

    static func encoded(_ conflict: Conflict) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(conflict), as: UTF8.self)
    }

    @Test(arguments: cases)
    func encodesAsTheStringFieldDid(_ conflict: Conflict, _ json: String) throws {
        #expect(try Self.encoded(conflict) == json)
    }

    @Test(arguments: cases)
    func decodesBackToTheSameField(_ conflict: Conflict, _ json: String) throws {
        #expect(try JSONDecoder().decode(Conflict.self, from: Data(json.utf8)) == conflict)
    }

    /// Ledger rows were written without `.sortedKeys`, in any key order.
    @Test func decodesKeysInAnyOrder() throws {
        let json = #"{"field":"video length","new":"90 seconds","existing":"31 seconds"}"#
        #expect(
            try JSONDecoder().decode(Conflict.self, from: Data(json.utf8))
                == Conflict(field: .number("video length"), new: "90 seconds", existing: "31 seconds"))
    }

    @Test func theFixedNamesAreTheirFieldsAndAnyOtherIsANumber() {
        #expect(Conflict.Field(name: "date") == .date)
        #expect(Conflict.Field(name: "denial") == .denial)
        #expect(Conflict.Field(name: "polarity") == .polarity)
        #expect(Conflict.Field(name: "speaker") == .speaker)
        #expect(Conflict.Field(name: "number of drones") == .number("number of drones"))
        #expect(Conflict.Field(name: "Date") == .number("Date"))
        for (conflict, _) in Self.cases { #expect(Conflict.Field(name: conflict.field.name) == conflict.field) }
    }

    /// Every kind but `number` is one field, named as the kind (the name in the labelled pairs).
    @Test(arguments: Conflict.Field.Kind.allCases)
    func eachKindHasItsField(_ kind: Conflict.Field.Kind) throws {
        let field = Conflict.Field(kind: kind) ?? .number("number of troops")
        #expect(field.kind == kind)
        #expect(Conflict.Field(name: field.name) == field)
        if kind != .number { #expect(field.name == kind.rawValue) }
    }

    @Test func aFieldReadsAsItsName() {
        #expect(Conflict.Field.number("video length").name == "video length")
        #expect("\(Conflict.Field.number("video length"))" == "video length")
        #expect(Conflict.Field.date.name == "date")
        #expect(Conflict.Field.denial.name == "denial")
        #expect(Conflict.Field.polarity.name == "polarity")
        #expect(Conflict.Field.speaker.name == "speaker")
    }

    /// Both alert logs of a contradiction, byte for byte as before.
    @Test func alertLinesAreUnchanged() throws {
        let alert = Alert(
            id: 7, time: Timestamp.date("2026-11-24T08:00:00Z")!, kind: .contradiction, outlet: "Kyiv Wire",
            article: .init(path: "a.txt", title: nil, url: nil, published: nil),
            claim: .init(id: 3, text: "Zelensky shared a 90-second video.", speaker: nil),
            matched: .init(
                claimID: 1, outlet: "Atlas News", text: "Zelensky shared a 31-second video.", speaker: nil,
                articleURL: nil, firstSeen: Timestamp.date("2026-11-24T07:00:00Z")!),
            score: 0.9, reasons: [], outletsCarrying: 2,
            conflict: Conflict(field: .number("video length"), new: "90 seconds", existing: "31 seconds"))
        #expect(alert.jsonLine().contains(#""conflict":{"existing":"31 seconds","field":"video length","new":"90 seconds"}"#))
        #expect(
            alert.humanLine()
                == #"2026-11-24T08:00:00Z #7 CONTRADICTION  Kyiv Wire vs Atlas News on video length: 90 seconds vs 31 seconds: "Zelensky shared a 90-second video.""#
        )
        #expect(try JSONDecoder().decode(Alert.self, from: Data(alert.jsonLine().utf8)) == alert)
    }
}
