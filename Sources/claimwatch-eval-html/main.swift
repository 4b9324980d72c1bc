// claimwatch-eval-html: runs HTMLReader on every page of the article extraction benchmark
// (https://github.com/scrapinghub/article-extraction-benchmark) and times it.
//
//   claimwatch-eval-html BENCHMARK_DIR OUTPUT.json [ROUNDS]
//
// The gzipped pages (BENCHMARK_DIR/html/ID.html.gz) are decompressed with gzip into a temporary
// folder and read into memory first; only HTMLReader.read is timed, over ROUNDS rounds (default 3)
// of all pages, one thread. OUTPUT.json gets {id: article text} (an empty text when the reader
// throws); stdout gets one JSON line: pages, rounds, the median round's seconds and pages/s, errors.
import ClaimwatchCore
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claimwatch-eval-html: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4 else {
    fail("usage: claimwatch-eval-html BENCHMARK_DIR OUTPUT.json [ROUNDS]")
}
let benchmark = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])
let rounds = arguments.count == 4 ? max(1, Int(arguments[3]) ?? 3) : 3

// Decompress once, outside the timed part.
let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-eval-html-\(getpid())")
try? FileManager.default.removeItem(at: temporary)
do {
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
} catch { fail("cannot create \(temporary.path): \(error)") }
defer { try? FileManager.default.removeItem(at: temporary) }

let gzipDirectory = benchmark.appendingPathComponent("html")
let names = ((try? FileManager.default.contentsOfDirectory(atPath: gzipDirectory.path)) ?? [])
    .filter { $0.hasSuffix(".html.gz") }.sorted()
guard !names.isEmpty else { fail("no html/*.html.gz in \(benchmark.path)") }

let gunzip = Process()
gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
gunzip.arguments = [
    "-c", #"for f in "$1"/*.html.gz; do b=$(basename "$f" .gz); gzip -dc "$f" > "$2/$b" || exit 1; done"#,
    "sh", gzipDirectory.path, temporary.path,
]
do { try gunzip.run() } catch { fail("cannot run gzip: \(error)") }
gunzip.waitUntilExit()
guard gunzip.terminationStatus == 0 else { fail("gzip -dc failed") }

var pages: [(id: String, bytes: [UInt8])] = []
for name in names {
    let id = String(name.dropLast(".html.gz".count))
    guard let data = FileManager.default.contents(atPath: temporary.appendingPathComponent("\(id).html").path) else {
        fail("cannot read the decompressed \(name)")
    }
    pages.append((id, [UInt8](data)))
}

// The timed part: HTMLReader on every page, in process, one thread.
var texts: [String: String] = [:]
var errors = 0
var durations: [Double] = []
let clock = ContinuousClock()
for round in 0..<rounds {
    var roundTexts: [String: String] = [:]
    var roundErrors = 0
    let start = clock.now
    for page in pages {
        do {
            roundTexts[page.id] = try HTMLReader.read(page.bytes, declaredCharset: nil).body
        } catch {
            roundTexts[page.id] = ""
            roundErrors += 1
        }
    }
    let elapsed = clock.now - start
    durations.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    if round == 0 { texts = roundTexts; errors = roundErrors }
}
let median = durations.sorted()[durations.count / 2]

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
do {
    try encoder.encode(texts).write(to: output)
} catch { fail("cannot write \(output.path): \(error)") }

let summary: [String: Double] = [
    "pages": Double(pages.count), "rounds": Double(rounds), "seconds": median,
    "pages_per_second": Double(pages.count) / median, "errors": Double(errors),
]
let line = try! JSONEncoder().encode(summary)
print(String(decoding: line, as: UTF8.self))
