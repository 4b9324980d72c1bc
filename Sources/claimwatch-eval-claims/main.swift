// claimwatch-eval-claims: scores ClaimExtractor against the gold claim annotations.
//
//   claimwatch-eval-claims FIXTURES_DIR SEEDS_DIR
//
// FIXTURES_DIR holds SEED.gold.json for each seed file SEED in SEEDS_DIR, and articles/NAME.txt
// with articles/NAME.txt.gold.json for the hand-written articles. Prints per-document detection
// counts, the per-field table with counts, and the speaker errors; exits 0 (1 on unreadable input).
import ClaimwatchEvaluation
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claimwatch-eval-claims: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: claimwatch-eval-claims FIXTURES_DIR SEEDS_DIR") }
let fixtures = URL(fileURLWithPath: arguments[1])
let seeds = URL(fileURLWithPath: arguments[2])

let cases: [EvaluationCase]
do {
    cases = try EvaluationCorpus.load(fixtures: fixtures, seeds: seeds)
} catch {
    fail("\(error)")
}
guard !cases.isEmpty else { fail("no gold files in \(fixtures.path)") }

do {
    let (total, perCase) = try ClaimEvaluator().evaluate(cases)
    for (name, report) in perCase {
        let d = report.detection
        print("\(name): \(d.gold) gold claims, \(d.predicted) predicted, \(d.correct) aligned")
    }
    print("")
    print(total.table())
    if !total.speakerErrors.isEmpty {
        print("\nspeaker errors (gold ≠ predicted):")
        for line in total.speakerErrors { print("  " + line) }
    }
    if !total.numberErrors.isEmpty {
        print("\nnumber errors:")
        for line in total.numberErrors { print("  " + line) }
    }
} catch {
    fail("\(error)")
}
