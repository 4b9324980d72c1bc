// claimwatch-eval-retrieval: the product's claim search on CLEF 2020 CheckThat! task 2.
//
//   claimwatch-eval-retrieval DATA_DIR [--k1 X] [--b X] [--name-boost X] [--number-boost X]
//                             [--splits train,dev] [--indexed claim,claim+title] [--pad N]
//
// DATA_DIR holds verified_claims.docs.tsv and train/ and dev/ (tweets.queries.tsv,
// tweet-vclaim-pairs.qrels). The 10,375 verified claims are recorded in a temporary claimwatch
// database, each as an article with one claim; every tweet is searched with ClaimDatabase.search,
// as `claimwatch search` does. Prints MAP@1/3/5/10 and queries per second for each split, with the
// claim text indexed (what the product indexes) and with the fact-check title added (an upper
// bound the product does not use). The weighting options are for tuning on train. --pad N then
// times both searches on the dev tweets (median and 95th percentile) before and after N distractor
// claims are added: `claimwatch search`, and the daemon's candidate search (20 candidates).
import ClaimwatchEvaluation
import ClaimwatchStore
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claimwatch-eval-retrieval: \(message)\n".utf8))
    exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first, !path.hasPrefix("--") else {
    fail(
        "usage: claimwatch-eval-retrieval DATA_DIR [--k1 X] [--b X] [--name-boost X] [--number-boost X] [--splits train,dev] [--indexed claim,claim+title] [--pad N]"
    )
}
arguments.removeFirst()
var weighting = TermWeighting.standard
var splits = ["train", "dev"]
var indexings = IndexedText.allCases
var padding = 0
while let option = arguments.first {
    guard arguments.count >= 2 else { fail("\(option) needs a value") }
    let value = arguments[1]
    arguments.removeFirst(2)
    if option == "--splits" { splits = value.split(separator: ",").map(String.init); continue }
    if option == "--indexed" {
        indexings = value.split(separator: ",").map { name in
            guard let indexing = IndexedText(rawValue: String(name)) else { fail("--indexed takes claim and claim+title, not '\(name)'") }
            return indexing
        }
        continue
    }
    guard let number = Double(value) else { fail("\(option) needs a number, not '\(value)'") }
    if option == "--pad" { padding = Int(number); continue }
    switch option {
    case "--k1": weighting.k1 = number
    case "--b": weighting.b = number
    case "--name-boost": weighting.nameBoost = number
    case "--number-boost": weighting.numberBoost = number
    default: fail("unknown option \(option)")
    }
}

let directory = URL(fileURLWithPath: path)
let claims: [VerifiedClaim]
var queries: [String: [RetrievalQuery]] = [:]
do {
    claims = try ClaimRetrievalData.verifiedClaims(in: directory)
    for split in splits { queries[split] = try ClaimRetrievalData.queries(in: directory, split: split) }
} catch {
    fail("\(error)")
}

func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

print(
    "CLEF 2020 CheckThat! task 2: \(claims.count) verified claims; "
        + splits.map { "\($0) \(queries[$0]?.count ?? 0) tweets" }.joined(separator: ", "))
print("weighting: k1 \(weighting.k1), b \(weighting.b), names +\(weighting.nameBoost), numbers +\(weighting.numberBoost)\n")
print("| indexed | split | MAP@1 | MAP@3 | MAP@5 | MAP@10 | queries/s | ms/query |")
print("|---|---|---|---|---|---|---|---|")
var notes: [String] = []
for indexing in indexings {
    do {
        let start = ContinuousClock.now
        let index = try RetrievalIndex(claims, indexing: indexing)
        let built = ContinuousClock.now - start
        for split in splits {
            let score = try RetrievalEvaluation.evaluate(queries[split] ?? [], on: index, weighting: weighting)
            let map = score.meanAveragePrecision
            let cells = RetrievalEvaluation.depths.map { format(map[$0] ?? 0) }
            print(
                "| \(indexing.rawValue) | \(split) | " + cells.joined(separator: " | ")
                    + " | \(format(score.queriesPerSecond, 0)) | \(format(1000 / max(score.queriesPerSecond, 1e-9), 2)) |")
        }
        notes.append(
            "\(indexing.rawValue): \(claims.count) claims recorded in \(format(Double(built.components.seconds) + Double(built.components.attoseconds) * 1e-18, 2)) s"
        )
    } catch {
        fail("\(error)")
    }
}
print("\npublished dev MAP@5 baselines: BM25 0.678, TF-IDF 0.679, MiniLM-L6 cosine 0.778")
print("the product indexes the claim text: its figures are the 'claim' rows; 'claim+title' adds the fact-check's title")
for note in notes { print(note) }

// Latency at scale: the dev tweets through both searches, without and with distractors.
if padding > 0 {
    let split = splits.contains("dev") ? "dev" : splits[0]
    print("\n| claims | search | \(split) MAP@5 | median ms | p95 ms |")
    print("|---|---|---|---|---|")
    do {
        for extra in [0, padding] {
            let start = ContinuousClock.now
            let index = try RetrievalIndex(claims, indexing: .claim, padding: extra)
            if extra > 0 { notes.append("\(claims.count) claims and \(extra) distractors recorded in \(ContinuousClock.now - start)") }
            let searches: [(String, (String, Int) throws -> [String])] = [
                ("claimwatch search", { try index.search($0, limit: $1) }),
                ("daemon candidates", { text, _ in try index.candidates(text, limit: 20) }),
            ]
            for (name, search) in searches {
                let score = try RetrievalEvaluation.evaluate(queries[split] ?? [], search: search)
                print(
                    "| \(claims.count + extra) | \(name) | \(format(score.meanAveragePrecision[5] ?? 0)) | "
                        + "\(format(score.latencyMilliseconds(quantile: 0.5), 2)) | \(format(score.latencyMilliseconds(quantile: 0.95), 2)) |")
            }
        }
        for note in notes.suffix(1) { print(note) }
    } catch {
        fail("\(error)")
    }
}
