import Foundation

/// A `.safetensors` file, mapped: an 8-byte little-endian header length, a JSON header naming each
/// tensor's dtype, shape and byte range, then the raw data. Only `F32` tensors are read, in place
/// (the format is little-endian, as this machine is).
struct SafeTensors: Sendable {
    struct Tensor: Sendable {
        var shape: [Int]
        /// Byte range in `data`, past the header.
        var range: Range<Int>
        var count: Int { shape.reduce(1, *) }
    }

    let data: Data
    let tensors: [String: Tensor]

    init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw ModelError.unreadable(url.path, String(describing: error))
        }
        guard data.count >= 8 else { throw ModelError.malformed(url.path, "shorter than its 8-byte header length") }
        let headerLength = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        guard headerLength > 0, 8 + headerLength <= data.count else {
            throw ModelError.malformed(url.path, "header length \(headerLength) does not fit a file of \(data.count) bytes")
        }
        let header = data.subdata(in: 8..<(8 + headerLength))
        guard let entries = try? JSONSerialization.jsonObject(with: header) as? [String: Any] else {
            throw ModelError.malformed(url.path, "the header is not a JSON object")
        }
        let base = 8 + headerLength
        var tensors: [String: Tensor] = [:]
        for (name, value) in entries where name != "__metadata__" {
            guard let entry = value as? [String: Any], let dtype = entry["dtype"] as? String,
                let shape = entry["shape"] as? [Int], let offsets = entry["data_offsets"] as? [Int], offsets.count == 2
            else { throw ModelError.malformed(url.path, "tensor \(name) lacks dtype, shape or data_offsets") }
            guard dtype == "F32" else { continue }
            let range = (base + offsets[0])..<(base + offsets[1])
            guard range.upperBound <= data.count, range.count == shape.reduce(1, *) * 4 else {
                throw ModelError.malformed(url.path, "tensor \(name): \(range.count) bytes for shape \(shape)")
            }
            // Floats are read in place (`withFloats`): each must start on a 4-byte boundary.
            guard range.lowerBound % 4 == 0 else { throw ModelError.malformed(url.path, "tensor \(name) is not 4-byte aligned") }
            tensors[name] = Tensor(shape: shape, range: range)
        }
        guard data.withUnsafeBytes({ Int(bitPattern: $0.baseAddress) % 4 == 0 }) else {
            throw ModelError.malformed(url.path, "mapped at an address that is not 4-byte aligned")
        }
        self.data = data
        self.tensors = tensors
    }

    /// The tensor `name`, which must have `shape`.
    func tensor(_ name: String, shape: [Int]) throws -> Tensor {
        guard let tensor = tensors[name] else { throw ModelError.missingTensor(name) }
        guard tensor.shape == shape else { throw ModelError.wrongShape(name, expected: shape, found: tensor.shape) }
        return tensor
    }

    /// A small tensor's values, copied (biases, layer norms).
    func floats(_ name: String, shape: [Int]) throws -> [Float] {
        let t = try tensor(name, shape: shape)
        return withFloats(t) { Array(UnsafeBufferPointer(start: $0, count: t.count)) }
    }

    /// The tensor's floats where they lie in the mapped file: nothing is copied, and a page is
    /// read from disk when first touched.
    func withFloats<R>(_ tensor: Tensor, _ body: (UnsafePointer<Float>) -> R) -> R {
        data.withUnsafeBytes { raw in
            body(raw.baseAddress!.advanced(by: tensor.range.lowerBound).assumingMemoryBound(to: Float.self))
        }
    }
}
