import Foundation

/// A `.safetensors` file, mapped: an 8-byte little-endian header length, a JSON header naming each
/// tensor's dtype, shape and byte range, then the raw data. Only `F32` tensors are read.
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
            tensors[name] = Tensor(shape: shape, range: range)
        }
        self.data = data
        self.tensors = tensors
    }

    /// The tensor's values, copied out as floats (little-endian, as the format is).
    func floats(_ name: String, shape: [Int]) throws -> [Float] {
        guard let tensor = tensors[name] else { throw ModelError.missingTensor(name) }
        guard tensor.shape == shape else { throw ModelError.wrongShape(name, expected: shape, found: tensor.shape) }
        return [Float](unsafeUninitializedCapacity: tensor.count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[tensor.range])
                _ = bytes.copyBytes(to: UnsafeMutableRawBufferPointer(buffer))
            }
            initialized = tensor.count
        }
    }

    /// Adds row `row` of a 2-D tensor to `into` (its length is the row's): a lookup table such as
    /// the word embeddings stays mapped, and only the rows read are paged in.
    func addRow(_ name: String, _ row: Int, into: inout [Float]) {
        guard let tensor = tensors[name], tensor.shape.count == 2, row >= 0, row < tensor.shape[0], into.count == tensor.shape[1] else {
            preconditionFailure("no row \(row) of \(name) with \(into.count) columns")
        }
        let width = tensor.shape[1]
        data.withUnsafeBytes { raw in
            let start = tensor.range.lowerBound + row * width * 4
            for i in 0..<width {
                into[i] += Float(bitPattern: raw.loadUnaligned(fromByteOffset: start + 4 * i, as: UInt32.self).littleEndian)
            }
        }
    }
}
