import ClaimwatchCore
import Foundation

// claimwatch-bench BINARY [ARTICLES] [ROUNDS]   (ARTICLES 0 skips the ingest measurement)
//
// 1. ingest, twice, on ARTICLES generated articles each time, through `claimwatch ingest`:
//    - distinct stories: every article a different story (names and places from a large
//      generated vocabulary), 12 claims each, from 50 outlets;
//    - one story: the five seed articles told again and again by 50 outlets, so that every
//      claim has hundreds of candidates: the worst case for matching.
//    Prints articles per second for each.
// 2. drop-to-alert: the daemon runs; ROUNDS times, one outlet's article is renamed into the drop
//    folder, then a second outlet's article repeating its claim; prints the time from that rename
//    until the alert is in alerts.jsonl (median, p95, max).

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: claimwatch-bench BINARY [ARTICLES] [ROUNDS]\n".utf8))
    exit(64)
}
let binary = arguments[1]
let articleCount = arguments.count > 2 ? Int(arguments[2]) ?? 2000 : 2000
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
let seedsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/seeds")

func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "claimwatch-bench-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// A deterministic generator (SplitMix64), so that every run measures the same articles.
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

let names = ["Ivanova", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Mendes", "Novak", "Osei"]
let places = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Poltava", "Mykolaiv", "Kherson", "Zaporizhzhia", "Chernihiv"]
let syllables = ["ka", "lo", "mi", "ren", "tor", "vas", "quil", "po", "zen", "dra", "mun", "fel", "sor", "tik", "bra", "no", "esh", "ul"]

/// A made-up word of 2 to 4 syllables: about 100,000 possible words, so stories rarely share names.
func word(_ g: inout Generator, capitalised: Bool = false) -> String {
    let w = (0..<(2 + Int(g.next() % 3))).map { _ in g.pick(syllables) }.joined()
    return capitalised ? w.prefix(1).uppercased() + w.dropFirst() : w
}

func distinctStory(_ g: inout Generator) -> String {
    (0..<12).map { _ in
        "\(word(&g, capitalised: true)) \(word(&g, capitalised: true)) said that \(2 + g.next() % 9000) \(word(&g))s were seen near \(word(&g, capitalised: true)) on \(word(&g))."
    }.joined(separator: " ")
}

// MARK: ingest throughput

let seeds = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path).filter { $0.hasSuffix(".txt") }.sorted()
    .map { try String(contentsOfFile: seedsDirectory.path + "/" + $0, encoding: .utf8) }
var generator = Generator(state: 42)

func measureIngest(_ label: String, body: (Int) -> String) throws {
    let work = temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: work) }
    var files: [String] = []
    var totalBytes = 0
    for i in 0..<articleCount {
        let text = "Source: outlet\(i % 50)\nTitle: Story \(i)\n\n" + body(i)
        let path = work + "/article-\(i).txt"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        files.append(path)
        totalBytes += text.utf8.count
    }
    let ingest = Process()
    ingest.executableURL = URL(fileURLWithPath: binary)
    ingest.arguments = ["ingest", "--data", work + "/data"] + files
    ingest.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    ingest.standardError = FileHandle(forWritingAtPath: "/dev/null")
    let start = ContinuousClock.now
    try ingest.run()
    ingest.waitUntilExit()
    let elapsed = seconds(since: start)
    print(String(format: "ingest, %@: %d articles (%.1f MB) in %.2f s: %.0f articles/s (exit %d)",
                 label, articleCount, Double(totalBytes) / 1e6, elapsed, Double(articleCount) / elapsed, ingest.terminationStatus))
}

// MARK: claim extraction, in process

/// Intake and claim extraction alone (no database), over the five seeds, to compare with the
/// per-article time of a whole ingest.
func measureExtraction(rounds: Int) {
    let reader = ArticleReader()
    let extractor = ClaimExtractor()
    let files = seeds.map { Array(("Source: bench\n\n" + $0).utf8) }
    var claims = 0
    let start = ContinuousClock.now
    for _ in 0..<rounds {
        for bytes in files {
            guard let article = try? reader.read(bytes, fileName: "seed.txt", subfolder: nil).first?.result.get() else { continue }
            claims += extractor.claims(in: article).count
        }
    }
    let elapsed = seconds(since: start)
    let articles = rounds * files.count
    print(String(format: "extraction (intake + claims, in process): %d articles in %.2f s: %.2f ms per article, %d claims",
                 articles, elapsed, elapsed * 1000 / Double(articles), claims))
}

measureExtraction(rounds: max(1, articleCount / 5))

if articleCount > 0 {
    try measureIngest("distinct stories") { _ in distinctStory(&generator) }
    try measureIngest("one story, 50 outlets") { i in seeds[i % seeds.count] + "\nThis is copy \(i) of the story." }
}

// MARK: drop-to-alert delay

let data = temporaryDirectory()
let daemon = Process()
daemon.executableURL = URL(fileURLWithPath: binary)
daemon.arguments = ["run", "--data", data]
daemon.standardError = FileHandle(forWritingAtPath: "/dev/null")
try daemon.run()
let staging = data + "/staging"
try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
while !FileManager.default.fileExists(atPath: data + "/incoming") { usleep(10_000) }
// The outlet folders exist before the first round: a file renamed into a folder that is itself
// new is found by the rescan that follows, and waits out the settle window.
for outlet in ["first", "second"] {
    try FileManager.default.createDirectory(atPath: data + "/incoming/" + outlet, withIntermediateDirectories: true)
}
usleep(300_000)

func deliver(_ text: String, outlet: String, name: String) throws {
    let temporary = staging + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
    try FileManager.default.createDirectory(atPath: data + "/incoming/" + outlet, withIntermediateDirectories: true)
    rename(temporary, data + "/incoming/" + outlet + "/" + name)
}

func alertLines() -> Int {
    guard let contents = FileManager.default.contents(atPath: data + "/alerts.jsonl") else { return 0 }
    return contents.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
}

var delays: [Double] = []
for round in 0..<rounds {
    let who = names[round % names.count], place = places[(round * 3) % places.count]
    let claim = "\(who) told reporters in \(place) that \(100 + round) drones had been shot down over the port of round\(round) overnight."
    try deliver(claim + " Officials gave no further details.", outlet: "first", name: "r\(round)-a.txt")
    while !FileManager.default.fileExists(atPath: data + "/processed/first/r\(round)-a.txt") { usleep(1000) }
    let before = alertLines()
    let start = ContinuousClock.now
    try deliver(claim + " Residents reported loud explosions.", outlet: "second", name: "r\(round)-b.txt")
    let deadline = ContinuousClock.now + .seconds(10)
    while alertLines() == before, ContinuousClock.now < deadline { usleep(500) }
    if alertLines() > before { delays.append(seconds(since: start) * 1000) }
}
daemon.terminate()
daemon.waitUntilExit()
delays.sort()
if delays.isEmpty {
    print("drop-to-alert: no alert was raised in \(rounds) rounds")
} else {
    let p95 = delays[min(delays.count - 1, Int(Double(delays.count) * 0.95))]
    print(String(format: "drop-to-alert (rename into the drop folder → line in alerts.jsonl): %d rounds, median %.1f ms, p95 %.1f ms, max %.1f ms",
                 delays.count, delays[delays.count / 2], p95, delays.last!))
}
try? FileManager.default.removeItem(atPath: data)
