import ClaimwatchCore
import Foundation

/// Learns the weights of `StanceVerbs` from annotated articles (give it the tuning part only).
///
/// Each candidate (subject, verb) of a sentence that no speech verb attributes is one example:
/// positive when an attribution whose Cue lies in the sentence has a Source that overlaps the
/// subject. The model is an averaged perceptron (Collins 2002) over the candidates' features, a
/// fixed number of passes in a fixed shuffled order, so that a retrain gives the same weights.
public struct StanceVerbTrainer: Sendable {
    public struct Example: Sendable {
        public var features: [String]
        public var positive: Bool
        /// The article's number in the order learned, for folds.
        public var article: Int
    }

    public private(set) var examples: [Example] = []
    public private(set) var articles = 0

    public init() {}

    /// Adds the candidates of one article's body, the text after its headline line
    /// (`PolnearEvaluation.splitHeadline`; the annotations' offsets are the whole text's).
    public mutating func learn(text: String, attributions: [PolnearAttribution]) {
        articles += 1
        let bodyStart = PolnearEvaluation.splitHeadline(text).0
        let scalars = Array(text.unicodeScalars)
        let body = String(String.UnicodeScalarView(scalars[min(bodyStart, scalars.count)...]))
        var offset = bodyStart
        var cursor = body.startIndex
        for range in SentenceSplitter.ranges(in: body) {
            offset += body.unicodeScalars.distance(from: cursor, to: range.lowerBound)
            cursor = range.lowerBound
            let sentence = String(body[range])
            let span = offset..<(offset + sentence.unicodeScalars.count)
            let sources = attributions.filter { a in a.cueSpans.contains { span.contains($0.lowerBound) } }.flatMap(\.sourceSpans)
            for candidate in StanceVerbs.candidates(in: sentence) {
                let subject = (candidate.subject.lowerBound + offset)..<(candidate.subject.upperBound + offset)
                examples.append(Example(features: candidate.features, positive: sources.contains { $0.overlaps(subject) }, article: articles))
            }
        }
    }

    /// The learned model: a bias and a weight per feature.
    public struct Model: Sendable {
        public var bias: Float
        public var weights: [String: Float]

        public func score(_ features: [String]) -> Float { StanceVerbs.score(features, bias: bias, weights: weights) }
    }

    /// Trains the averaged perceptron. Features seen fewer than `minimumSeen` times are left out.
    /// `threshold` is folded into the bias, so that the model attributes when its score is above zero.
    public func train(passes: Int = 10, minimumSeen: Int = 2, threshold: Float = 0) -> Model {
        var model = Self.train(examples, passes: passes, minimumSeen: minimumSeen)
        model.bias -= threshold
        return model
    }

    /// The settings tried by `chooseSettings`: passes and the fewest sightings of a feature.
    public static let settings: [(passes: Int, minimumSeen: Int)] = [(3, 2), (5, 2), (10, 2), (5, 5), (10, 5), (5, 10), (10, 10), (5, 20)]

    /// The thresholds tried: a candidate attributes when its score passes the threshold.
    public static let thresholds: [Float] = stride(from: Float(-8), through: 1, by: 0.5).map { $0 }

    /// Picks the setting and threshold with the best F1 of attributions over `folds` folds of the
    /// articles (every fold scored by a model trained on the others), inside the examples given:
    /// no held-out data is read.
    /// With `threshold`, only that threshold is tried.
    public func chooseSettings(
        folds: Int = 5, threshold fixed: Float? = nil
    ) -> (
        passes: Int, minimumSeen: Int, threshold: Float, f1: Double, scores: [(Int, Int, Float, Double)]
    ) {
        var scores: [(Int, Int, Float, Double)] = []
        for setting in Self.settings {
            var scored: [(Float, Bool)] = []
            for fold in 0..<folds {
                let model = Self.train(examples.filter { $0.article % folds != fold }, passes: setting.passes, minimumSeen: setting.minimumSeen)
                for example in examples where example.article % folds == fold { scored.append((model.score(example.features), example.positive)) }
            }
            let best = (fixed.map { [$0] } ?? Self.thresholds).map { threshold -> (Float, Double) in
                var tp = 0, fp = 0, fn = 0
                for (score, positive) in scored {
                    let yes = score > threshold
                    if yes && positive { tp += 1 } else if yes { fp += 1 } else if positive { fn += 1 }
                }
                return (threshold, 2 * Double(tp) / Double(max(1, 2 * tp + fp + fn)))
            }.max { $0.1 < $1.1 }!
            scores.append((setting.passes, setting.minimumSeen, best.0, best.1))
        }
        let best = scores.max { $0.3 < $1.3 }!
        return (best.0, best.1, best.2, best.3, scores)
    }

    static func train(_ examples: [Example], passes: Int, minimumSeen: Int) -> Model {
        var seen: [String: Int] = [:]
        for example in examples { for f in example.features { seen[f, default: 0] += 1 } }
        var w: [String: Float] = [:], u: [String: Float] = [:]
        var b: Float = 0, ub: Float = 0
        var c: Float = 1
        var order = Array(examples.indices)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<passes {
            // Fisher–Yates with a fixed 64-bit LCG: the same order on every machine.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
            }
            for index in order {
                let example = examples[index]
                let features = example.features.filter { seen[$0, default: 0] >= minimumSeen }
                let y: Float = example.positive ? 1 : -1
                let score = b + features.reduce(Float(0)) { $0 + (w[$1] ?? 0) }
                if y * score <= 0 {
                    for f in features {
                        w[f, default: 0] += y
                        u[f, default: 0] += c * y
                    }
                    b += y
                    ub += c * y
                }
                c += 1
            }
        }
        var averaged: [String: Float] = [:]
        for (f, weight) in w {
            let value = weight - (u[f] ?? 0) / c
            if abs(value) >= 0.001, seen[f, default: 0] >= minimumSeen { averaged[f] = value }
        }
        return Model(bias: b - ub / c, weights: averaged)
    }

    /// How the model does on these examples: (true positives, false positives, false negatives).
    public func confusion(_ model: Model) -> (tp: Int, fp: Int, fn: Int) {
        var tp = 0, fp = 0, fn = 0
        for example in examples {
            let yes = model.score(example.features) > 0
            if yes && example.positive { tp += 1 } else if yes { fp += 1 } else if example.positive { fn += 1 }
        }
        return (tp, fp, fn)
    }

    /// `LearnedStanceWeights.swift`, the model as Swift source: the weights as lines of `feature
    /// TAB weight` in a raw string, which the extractor reads once (a dictionary literal of
    /// thousands of entries exhausts the compiler's memory).
    public func swiftSource(_ model: Model) -> String {
        let lines = model.weights.keys.sorted().map { "\($0)\t\(String(format: "%.4f", model.weights[$0] ?? 0))" }
        let positives = examples.filter(\.positive).count
        let quotes = String(repeating: "\"", count: 3)
        return [
            "// Generated by `make train-stance-verbs` from polnear-train's tuning part (\(articles) articles; the held-out",
            "// part never): an averaged perceptron over \(examples.count) candidates, \(positives) of them positive. Do not edit: retrain.",
            "// swift-format-ignore-file",
            "enum LearnedStanceWeights {",
            "    static let bias: Float = \(String(format: "%.4f", model.bias))",
            "    /// `feature TAB weight`, a line each.",
            "    static let table = #" + quotes,
        ].joined(separator: "\n") + "\n" + lines.joined(separator: "\n") + "\n" + quotes + "#\n}\n"
    }
}
