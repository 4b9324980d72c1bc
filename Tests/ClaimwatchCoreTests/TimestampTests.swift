import Foundation
import Testing

@testable import ClaimwatchCore

/// `Timestamp` writes and reads times by hand: it must agree with Foundation's ISO 8601 to the second.
@Suite struct TimestampTests {
    @Test func formatAgreesWithFoundationAcrossFourCenturies() {
        var generator = SystemRandomNumberGenerator()
        let dates =
            [0, 951_782_400, 951_868_799, 4_102_444_800, -1, -86_400, -2_208_988_800, 1_764_770_515.75]
            .map { Date(timeIntervalSince1970: $0) }
            + (0..<5_000).map { _ in Date(timeIntervalSince1970: Double(Int64.random(in: -6_000_000_000...10_000_000_000, using: &generator))) }
        for date in dates {
            let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            #expect(Timestamp.format(date) == whole.ISO8601Format(), "\(date.timeIntervalSince1970)")
            #expect(Timestamp.date(Timestamp.format(date)) == whole, "\(date.timeIntervalSince1970)")
        }
    }

    @Test func readsWhatFoundationReadsAndRefusesTheRest() {
        #expect(Timestamp.date("2024-02-29T23:59:59Z") == (try? Date("2024-02-29T23:59:59Z", strategy: .iso8601)))
        #expect(Timestamp.date("2026-12-03T10:00:00+02:00") == Timestamp.date("2026-12-03T08:00:00Z"))
        // Out of range fields leave the fast path, and Foundation decides as it did before.
        for odd in ["2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-03T24:00:00Z"] {
            #expect(Timestamp.fastSeconds(odd) == nil, "\(odd)")
            #expect(Timestamp.date(odd) == (try? Date(odd, strategy: .iso8601)), "\(odd)")
        }
        for bad in ["2026-12-03 08:00:00Z", "2026-12-03", "t", ""] {
            #expect(Timestamp.date(bad) == nil, "\(bad)")
        }
        #expect(Timestamp.parse("2026-11-24") == Timestamp.date("2026-11-24T00:00:00Z"))
    }
}
