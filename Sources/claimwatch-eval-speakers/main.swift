// claimwatch-eval-speakers: who said what on real news, scored (issue 15).
//
//   claimwatch-eval-speakers POLNEAR_DIR HELDOUT_FILE [--verified CLEF_TASK2_DIR] [--errors N] [--dump-tuning FILE] [--wordnet DIR] [--train-stance-verbs FILE [--stance-threshold T|cv]]
//
// Runs the daemon's claim extractor on polnear-train's 840 articles, read as the daemon reads a
// dropped .txt file, and scores named-source direct quotes and reported statements: found, right
// speaker, cue, and wrong speakers that are the outlet. The tuning part (672 articles) and the
// held-out part (HELDOUT_FILE, 168) are scored apart; the split file is checked against its hash
// rule first, and the run stops if it differs. --errors N prints N sample errors of each kind from
// the TUNING part only: held-out errors are never printed. --verified DIR drops each of CLEF 2020
// task 2's fact-checked claims (DIR/verified_claims.docs.tsv) as a one-sentence article and counts
// those that yield a claim (with --errors N, N of those that do not). The five probes of issue 15
// are always run. Reported statements are also split by their annotated cue, an assertion or another
// relation (`AssertionCue`; --wordnet DIR, default /usr/share/wordnet). --dump-tuning FILE writes every result of the tuning part as JSON lines.
// --train-stance-verbs FILE learns the weights of `StanceVerbs` from the tuning part only (at
// threshold 0, or --stance-threshold T|cv), writes them as Swift source (Sources/ClaimwatchCore/Extract/LearnedStanceWeights.swift) and stops.
// Exits 0, or 1 on unreadable input or a split that does not match its rule.
import ClaimwatchCore
import ClaimwatchEvaluation
import Foundation
import WordNet

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claimwatch-eval-speakers: \(message)\n".utf8))
    exit(1)
}

var positional: [String] = []
var verifiedDirectory: URL?
var errorSamples = 0
var dumpPath: String?
var stanceVerbsPath: String?
var stanceThreshold: Float? = 0
var wordnetDirectory = WordNetDatabase.debianDirectory
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--verified":
        guard let value = arguments.popFirst() else { fail("--verified needs a directory") }
        verifiedDirectory = URL(fileURLWithPath: value)
    case "--errors":
        guard let value = arguments.popFirst(), let n = Int(value), n >= 0 else { fail("--errors needs a number") }
        errorSamples = n
    case "--train-stance-verbs":
        guard let value = arguments.popFirst() else { fail("--train-stance-verbs needs a file") }
        stanceVerbsPath = value
    case "--stance-threshold":
        guard let value = arguments.popFirst(), value == "cv" || Float(value) != nil else { fail("--stance-threshold needs a number or cv") }
        stanceThreshold = Float(value)
    case "--wordnet":
        guard let value = arguments.popFirst() else { fail("--wordnet needs a directory") }
        wordnetDirectory = value
    case "--dump-tuning":
        guard let value = arguments.popFirst() else { fail("--dump-tuning needs a file") }
        dumpPath = value
    default:
        if argument.hasPrefix("--") { fail("unknown option \(argument)") }
        positional.append(argument)
    }
}
guard positional.count == 2 else {
    fail(
        "usage: claimwatch-eval-speakers POLNEAR_DIR HELDOUT_FILE [--verified CLEF_TASK2_DIR] [--errors N] [--dump-tuning FILE] [--wordnet DIR] [--train-stance-verbs FILE [--stance-threshold T|cv]]"
    )
}

let evaluation = PolnearEvaluation(directory: URL(fileURLWithPath: positional[0]))
let articles: [PolnearArticleInfo]
let annotations: [String: String]
let heldOut: Set<String>
do {
    articles = try evaluation.metadata()
    annotations = try evaluation.primaryAnnotations()
    guard let listed = FileManager.default.contents(atPath: positional[1]) else { fail("\(positional[1]): cannot read") }
    let list = PolnearSplit.parseList(String(decoding: listed, as: UTF8.self))
    let rule = PolnearSplit.heldOut(articles)
    guard list == rule else {
        let missing = Set(rule).subtracting(list).sorted(), extra = Set(list).subtracting(rule).sorted()
        fail(
            "\(positional[1]) is not what the hash rule gives (\(list.count) listed, \(rule.count) by the rule; "
                + "missing \(missing.prefix(3)), not chosen by the rule \(extra.prefix(3))); regenerate it with make-heldout.sh")
    }
    heldOut = Set(list)
} catch {
    fail("\(error)")
}

let tuningArticles = articles.filter { !heldOut.contains($0.name) }
let heldOutArticles = articles.filter { heldOut.contains($0.name) }
print(
    "polnear-train: \(articles.count) articles; split \(positional[1]) matches the hash rule "
        + "(\(heldOutArticles.count) held out, \(PolnearSplit.perPublisher) per publisher; \(tuningArticles.count) for tuning)")
print("scored: primary annotation; Source with a name; Content of ≥ \(PolnearScorer.minimumDistinctWords) distinct words, not in the headline")
print("found: one claim covers ≥ half of the Content's words (its quote for direct, its content for reported)\n")

// Learn the stance model from the TUNING part, write its weights and stop.
if let stanceVerbsPath {
    var trainer = StanceVerbTrainer()
    do {
        for info in tuningArticles {
            let (text, attributions) = try evaluation.read(info, annotations: annotations)
            trainer.learn(text: text, attributions: attributions)
        }
        // The threshold is the perceptron's own boundary, 0, unless --stance-threshold gives another
        // or `cv` (the cross-validated best; README: it costs the product's extraction gold).
        let chosen = trainer.chooseSettings(threshold: stanceThreshold)
        for (passes, minimumSeen, threshold, f1) in chosen.scores {
            print(
                "  \(passes) passes, features seen ≥ \(minimumSeen) times: attribution F1 \(String(format: "%.3f", f1)) "
                    + "at threshold \(threshold), over 5 folds of the tuning part")
        }
        let model = trainer.train(passes: chosen.passes, minimumSeen: chosen.minimumSeen, threshold: chosen.threshold)
        try trainer.swiftSource(model).write(toFile: stanceVerbsPath, atomically: true, encoding: .utf8)
        let (tp, fp, fn) = trainer.confusion(model)
        print(
            "stance model learned from \(trainer.articles) tuning articles (\(chosen.passes) passes, features seen ≥ \(chosen.minimumSeen), threshold \(chosen.threshold)): \(trainer.examples.count) candidates, \(model.weights.count) weights; "
                + "on those candidates \(tp) true and \(fp) false attributions, \(fn) missed; wrote \(stanceVerbsPath)")
    } catch {
        fail("\(error)")
    }
    exit(0)
}

let tuning: PolnearPartReport
let held: PolnearPartReport
do {
    tuning = try evaluation.evaluate(tuningArticles, annotations: annotations)
    held = try evaluation.evaluate(heldOutArticles, annotations: annotations)
} catch {
    fail("\(error)")
}

func figure(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "  -  " }
func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }

print(
    pad("part", 10) + pad("kind", 10) + pad("items", 7) + pad("found", 20) + pad("speaker right / found", 23)
        + pad("right / all", 13) + pad("cue / found", 20) + "outlet as speaker")
for (label, part) in [("tuning", tuning), ("held-out", held)] {
    for (kind, score) in [("direct", part.direct), ("reported", part.indirect)] {
        print(
            pad(label, 10) + pad(kind, 10) + pad("\(score.items)", 7)
                + pad("\(figure(score.foundRate)) (\(score.found))", 20)
                + pad("\(figure(score.speakerAccuracy)) (\(score.right))", 23)
                + pad(figure(score.rightOfAll), 13)
                + pad("\(figure(score.cueAccuracy)) (\(score.cueRight))", 20)
                + "\(score.outletSpeakers)")
    }
    let cue = part.cue
    let ms = part.articles == 0 ? 0 : part.extractionSeconds * 1000 / Double(part.articles)
    print(
        pad(label, 10) + "all: cue \(figure(cue.found == 0 ? nil : Double(cue.right) / Double(cue.found))) (\(cue.right) / \(cue.found) found); "
            + "wrong speakers that are the outlet: \(part.outletSpeakers) of \(part.direct.found + part.indirect.found - part.direct.right - part.indirect.right); "
            + "\(part.articles) articles, \(part.claims) claims, \(part.refused.count) refused; extraction \(String(format: "%.1f", ms)) ms/article")
}

// Reported statements split by the kind of their annotated cue (`AssertionCue`, through WordNet).
do {
    let cues = AssertionCue(wordnet: try WordNetDatabase(directory: wordnetDirectory, partsOfSpeech: [.verb]))
    print(
        "\nreported statements by annotated cue: an assertion (a verb whose first WordNet sense is verb.communication, "
            + "or according to / per) or another relation (an action, intention, feeling)")
    for (label, part) in [("tuning", tuning), ("held-out", held)] {
        var assertion = PolnearKindScore(), other = PolnearKindScore()
        for (_, result) in part.results where result.kind == .indirect {
            if cues.isAssertion(result.attribution.cue ?? "") { assertion.count(result) } else { other.count(result) }
        }
        for (kind, score) in [("assertion", assertion), ("other", other)] {
            print(
                pad(label, 10) + pad(kind, 11) + pad("\(score.items)", 7) + "found \(figure(score.foundRate)) (\(score.found)), "
                    + "speaker right / found \(figure(score.speakerAccuracy)) (\(score.right)), outlet as speaker \(score.outletSpeakers)")
        }
    }
} catch {
    fail("\(error)")
}

// Per publisher, the TUNING part only (the held-out part is reported as a whole).
print("\ntuning part by publisher: direct found / speaker right of found; reported found / right of found")
for publisher in Set(tuningArticles.map(\.publisher)).sorted() {
    var direct = PolnearKindScore(), reported = PolnearKindScore()
    for (article, result) in tuning.results where article.hasPrefix(publisher + "_") {
        if result.kind == .direct { direct.count(result) } else { reported.count(result) }
    }
    print(
        "  " + pad(publisher, 14) + pad("direct \(figure(direct.foundRate)) / \(figure(direct.speakerAccuracy)) (\(direct.items))", 34)
            + "reported \(figure(reported.foundRate)) / \(figure(reported.speakerAccuracy)) (\(reported.items))")
}

// The five probes of issue 15, as one article and each as an article of its own.
let probes = [
    "Barack Obama was born in Kenya.", "Vaccines cause autism.", "The earth is flat.",
    "Drinking bleach cures the coronavirus.", "Joe Biden won the 2020 election by seven million votes.",
]
let together = PolnearEvaluation.claims(ofSentence: probes.joined(separator: " "), outlet: "probes") ?? []
print("\nthe five probes of issue 15, each as an article alone and the five as one article (\(together.count) claims):")
for probe in probes {
    let alone = PolnearEvaluation.claims(ofSentence: probe, outlet: "probes")
    let inArticle = together.contains { $0.text == probe }
    let verdict = alone.map { $0.isEmpty ? "no claim" : "claim" } ?? "refused by intake"
    print("  alone: \(pad(verdict, 18)) in the article: \(pad(inArticle ? "claim" : "no claim", 10)) \(probe)")
}

if let verifiedDirectory {
    do {
        let claims = try ClaimRetrievalData.verifiedClaims(in: verifiedDirectory)
        var yielding = 0, refused = 0
        var missed: [String] = []
        let start = DispatchTime.now().uptimeNanoseconds
        for claim in claims {
            guard let found = PolnearEvaluation.claims(ofSentence: claim.text) else {
                refused += 1
                missed.append("refused: " + claim.text)
                continue
            }
            if !found.isEmpty { yielding += 1 } else { missed.append("no claim: " + claim.text) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            "\nverified claims (CLEF 2020 task 2), each dropped as a one-sentence article: \(yielding) of \(claims.count) yield ≥ 1 claim "
                + "(\(figure(Double(yielding) / Double(max(claims.count, 1))))); \(refused) refused by intake; \(String(format: "%.1f", seconds)) s")
        // The verified claims are no held-out data: --errors N lists N of those that yield no claim.
        if errorSamples > 0 {
            for line in missed.prefix(errorSamples) { print("  " + line) }
        }
    } catch {
        fail("\(error)")
    }
}

// Every result of the TUNING part as JSON lines, for reading errors in bulk. Never the held-out part.
if let dumpPath {
    var lines = ""
    for (article, r) in tuning.results {
        let a = r.attribution
        let row: [String: Any] = [
            "article": article, "kind": r.kind.rawValue, "source": a.source ?? "", "cue": a.cue ?? "", "content": a.content,
            "found": r.found, "right": r.right, "outlet": r.outletSpeaker, "coverage": r.coverage,
            "speaker": r.claim?.speaker ?? "", "claim_cue": r.claim?.cue.map { "\($0)" } ?? "", "sentence": r.claim?.text ?? "",
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]) else { continue }
        lines += String(decoding: data, as: UTF8.self) + "\n"
    }
    do { try lines.write(toFile: dumpPath, atomically: true, encoding: .utf8) } catch { fail("\(dumpPath): \(error)") }
}

if errorSamples > 0 {
    // TUNING part only. Never print the held-out part's errors.
    func sample<T>(_ items: [T], _ n: Int) -> [T] {
        guard items.count > n else { return items }
        return (0..<n).map { items[$0 * items.count / n] }
    }
    func oneLine(_ text: String) -> String { text.split(whereSeparator: \.isNewline).joined(separator: " ") }
    let results = tuning.results
    let groups: [(String, (PolnearItemResult) -> Bool)] = [
        ("direct quotes not found", { $0.kind == .direct && !$0.found }),
        ("reported statements not found", { $0.kind == .indirect && !$0.found }),
        ("wrong speakers, direct", { $0.kind == .direct && $0.found && !$0.right }),
        ("wrong speakers, reported", { $0.kind == .indirect && $0.found && !$0.right }),
        ("wrong cues", { $0.found && !$0.cueRight }),
    ]
    for (title, test) in groups {
        let matching = results.filter { test($0.result) }
        print("\n\(title) (tuning part; \(min(errorSamples, matching.count)) of \(matching.count)):")
        for (article, r) in sample(matching, errorSamples) {
            let a = r.attribution
            print("  [\(article)] source «\(oneLine(a.source ?? ""))» cue «\(oneLine(a.cue ?? ""))» content «\(oneLine(a.content))»")
            if let claim = r.claim {
                print(
                    "      best claim (coverage \(String(format: "%.2f", r.coverage))): speaker «\(claim.speaker ?? "none")» cue «\(claim.cue.map { "\($0)" } ?? "none")» "
                        + "quote «\(claim.quote.map(oneLine) ?? "none")» sentence «\(oneLine(claim.text))»")
            } else {
                print("      no claim covers any of it")
            }
        }
    }
}
