// claimwatch-eval-match: scores the matcher's repeat and contradiction decisions.
//
//   claimwatch-eval-match FIXTURES_DIR [--generated N] [--seed S] [--msrp FILE] [--errors] [--write-pairs FILE]
//   claimwatch-eval-match --write-articles DIR [--articles N] [--outlets M] [--stories K] [--seed S]
//
// Prints precision, recall and F1 of each decision, recall per contradiction field and per type,
// and the confusion matrix: on the hand-labelled pairs, then on generated pairs; then, with --msrp,
// "the decision is repeat" as a paraphrase detector on MSRP beside two baselines, with pairs/s:
// on all of train, then on its tuning and held-out parts (`ParaphraseSplit`), the cosine baseline's
// threshold chosen on the tuning part.
// --write-articles writes generated articles and their planted pairs for benchmarks instead.
// Exits 0 (64 on a usage error, 1 on unreadable input).
import ClaimwatchCore
import ClaimwatchEvaluation
import Foundation
import SentenceEmbedding

func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("claimwatch-eval-match: \(message)\n".utf8))
    exit(code)
}

let options: Options
do { options = try Options(Array(CommandLine.arguments.dropFirst())) } catch let error as UsageError {
    if let message = error.message { fail("\(message)\n\(Options.usage)", code: 64) }
    print(Options.usage)
    exit(0)
} catch { fail("\(error)", code: 64) }

if let folder = options.writeArticles {
    let corpus = NewsGenerator.corpus(seed: options.seed, articles: options.articles, outlets: options.outlets, stories: options.stories)
    do { try corpus.write(to: URL(fileURLWithPath: folder)) } catch { fail("\(error)") }
    print("wrote \(corpus.articles.count) articles and \(corpus.planted.count) pairs to \(folder)")
    exit(0)
}

var matcher = ClaimMatcher()
if options.model != "off" {
    do { matcher.sentences = try EmbeddingSimilarity(directory: options.model) } catch { fail("--model: \(error)") }
}
print("decision: \(matcher.sentences == nil ? "the word rules alone" : "the word rules, then the learned decision with \(options.model)")")
let comparer = ClaimComparer(matcher: matcher)
let evaluator = MatchEvaluator(comparer: comparer)
var evidence = [RepeatEvidenceDump.header]
if let fixtures = options.fixtures {
    let pairs: [LabelledPair]
    do { pairs = try PairCorpus.load(folder: URL(fileURLWithPath: fixtures)) } catch { fail("\(error)") }
    guard !pairs.isEmpty else { fail("no pairs in \(fixtures)") }
    evidence.insert("# hand-labelled repeat labels: \(pairs.filter { $0.label == .repeat }.count)", at: 0)
    evidence += RepeatEvidenceDump.labelled(pairs, part: "hand-labelled", comparer: comparer, matcher: matcher)
    let report = evaluator.evaluate(pairs)
    print(report.table(title: "hand-labelled pairs (\(fixtures))"))
    if options.errors { print("\n" + report.errorListing()) }
}

if options.generated > 0 {
    let pairs = NewsGenerator.pairs(seed: options.seed, count: options.generated)
    if let path = options.writePairs {
        do { try PairLines.encode(pairs).write(toFile: path, atomically: true, encoding: .utf8) } catch { fail("\(error)") }
    }
    if options.evidence != nil {
        // Not trained on: the threshold may not take their repeat recall below the target.
        evidence.insert("# generated repeat labels: \(pairs.filter { $0.label == .repeat }.count)", at: 0)
        evidence += RepeatEvidenceDump.labelled(pairs, part: "generated", comparer: comparer, matcher: matcher)
    }
    let report = evaluator.evaluate(pairs)
    print("\n" + report.table(title: "generated pairs (seed \(options.seed))"))
    if options.errors { print("\n" + report.errorListing()) }
}

if let path = options.msrp {
    let text: String
    do { text = try String(contentsOfFile: path, encoding: .utf8) } catch { fail("\(path): \(error)") }
    let pairs = ParaphraseCorpus.parse(text)
    guard !pairs.isEmpty else { fail("no pairs in \(path)") }
    let evaluation = ParaphraseEvaluation(comparer: comparer)
    var whole = evaluation.evaluate(pairs)
    whole.part = "train"
    print("\n" + whole.table())
    // The fixed split: the cosine threshold chosen on the tuning part is applied to the held-out part.
    var tuning = evaluation.evaluate(pairs.filter { !ParaphraseSplit.isHeldOut($0) })
    tuning.part = "train, tuning part"
    var held = evaluation.evaluate(pairs.filter(ParaphraseSplit.isHeldOut), overlapThreshold: tuning.overlapThreshold)
    held.part = "train, held-out part"
    held.thresholdChosenOn = "the tuning part"
    print("\n" + tuning.table() + "\n\n" + held.table())
}

if let path = options.evidence {
    do {
        let labels = try options.labels.map(RepeatEvidenceDump.readLabels) ?? [:]
        for folder in options.alerts { evidence += try RepeatEvidenceDump.alerts(dataFolder: folder, labels: labels, matcher: matcher) }
        try (evidence.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    } catch { fail("--evidence: \(error)") }
    print("\nwrote the evidence of \(evidence.filter { !$0.hasPrefix("#") }.count - 1) repeats to \(path)")
}
