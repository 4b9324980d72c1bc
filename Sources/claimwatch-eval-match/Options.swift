import Foundation

/// The command line of claimwatch-eval-match.
struct Options {
    static let usage = """
        usage: claimwatch-eval-match FIXTURES_DIR [--generated N] [--seed S] [--msrp FILE] [--errors] [--write-pairs FILE]
               claimwatch-eval-match --write-articles DIR [--articles N] [--outlets M] [--stories K] [--seed S]

          FIXTURES_DIR        the hand-labelled pairs (*.jsonl), e.g. Tests/ClaimwatchCoreTests/Fixtures/matching
          --generated N       also score N generated pairs (default 300; 0 skips them)
          --seed S            the generator's seed (default 2024)
          --msrp FILE         also score MSRP (msr_paraphrase_train.txt) against two baselines
          --errors            list every wrong pair with the decision's reasons
          --write-pairs FILE  write the generated pairs as JSON Lines
          --write-articles DIR  write N generated articles as .txt files and their pairs as DIR/pairs.jsonl
          --model DIR|off     the sentence-embedding model (default .build-models/all-MiniLM-L6-v2; off: the word rules alone)
          --evidence FILE     write the evidence of every pair the rules call a repeat (hand-labelled pairs, generated
                              pairs, and the alerts of --alerts), for make train-matcher
          --alerts DATA_DIR   with --evidence: the repeat alerts of a claimwatch ingest run, labelled by --labels FILE
        """

    var fixtures: String?
    var generated = 300
    var seed: UInt64 = 2024
    var msrp: String?
    var errors = false
    var writePairs: String?
    var writeArticles: String?
    var articles = 200
    var outlets = 12
    var stories = 24
    var model = ".build-models/all-MiniLM-L6-v2"
    var evidence: String?
    var alerts: [String] = []
    var labels: String?

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            return next
        }
        func number(_ flag: String) throws -> Int {
            guard let n = Int(try value(flag)), n >= 0 else { throw UsageError("\(flag) needs a whole number") }
            return n
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--generated": generated = try number(argument)
            case "--seed": seed = UInt64(try number(argument))
            case "--msrp": msrp = try value(argument)
            case "--errors": errors = true
            case "--write-pairs": writePairs = try value(argument)
            case "--write-articles": writeArticles = try value(argument)
            case "--articles": articles = try number(argument)
            case "--outlets": outlets = try number(argument)
            case "--stories": stories = try number(argument)
            case "--model": model = try value(argument)
            case "--evidence": evidence = try value(argument)
            case "--alerts": alerts.append(try value(argument))
            case "--labels": labels = try value(argument)
            case "-h", "--help": throw UsageError(nil)
            default:
                guard !argument.hasPrefix("-"), fixtures == nil else { throw UsageError("unexpected \(argument)") }
                fixtures = argument
            }
        }
        if fixtures == nil, writeArticles == nil { throw UsageError("give FIXTURES_DIR or --write-articles DIR") }
        if outlets < 2 || stories < 1 { throw UsageError("--outlets must be at least 2 and --stories at least 1") }
    }
}

struct UsageError: Error {
    var message: String?
    init(_ message: String?) { self.message = message }
}
