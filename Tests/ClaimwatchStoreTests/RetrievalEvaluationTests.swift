import Foundation
import Testing

@testable import ClaimwatchEvaluation

/// The claim search on CLEF 2020 CheckThat! task 2 (`make eval-retrieval` prints the full table).
struct RetrievalEvaluationTests {
    static let data = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/eval-data/clef2020-task2")

    @Test func averagePrecisionIsCLEFs() {
        let relevant: Set = ["7"]
        #expect(RetrievalEvaluation.averagePrecision(ranked: ["7", "1"], relevant: relevant, depth: 5) == 1)
        #expect(RetrievalEvaluation.averagePrecision(ranked: ["1", "2", "7"], relevant: relevant, depth: 5) == 1.0 / 3)
        #expect(RetrievalEvaluation.averagePrecision(ranked: ["1", "2", "7"], relevant: relevant, depth: 1) == 0)
        // Two relevant claims, one found at rank 2: (1/2) / 2.
        #expect(RetrievalEvaluation.averagePrecision(ranked: ["1", "7"], relevant: ["7", "8"], depth: 5) == 0.25)
    }

    @Test func quotedFieldsHoldTabsLineBreaksAndQuotes() {
        let rows = TabSeparated.rows(Array("\tvclaim\ttitle\n0\t\"A \"\"big\"\"\nclaim\"\tT\n1\tplain\t\"x\ty\"\n".utf8))
        #expect(rows == [["", "vclaim", "title"], ["0", "A \"big\"\nclaim", "T"], ["1", "plain", "x\ty"]])
    }

    /// Measured 0.788 (release and debug alike); the threshold leaves room for a query or two.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: data.path), "needs ../shared/eval-data/clef2020-task2"))
    func devMAPAt5BeatsTheTarget() throws {
        let claims = try ClaimRetrievalData.verifiedClaims(in: Self.data)
        #expect(claims.count == 10375)
        let queries = try ClaimRetrievalData.queries(in: Self.data, split: "dev")
        #expect(queries.count == 197)
        let index = try RetrievalIndex(claims, indexing: .claim)
        let score = try RetrievalEvaluation.evaluate(queries, on: index)
        let map5 = score.meanAveragePrecision[5] ?? 0
        #expect(map5 >= 0.78, "dev MAP@5 \(map5)")
    }
}
