/// A seeded pseudo-random generator (SplitMix64): the same seed gives the same sequence on every
/// machine and every run. It draws its own integers instead of going through the standard
/// library's `random(in:using:)`, whose algorithm is not promised to stay the same.
public struct SeededGenerator: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0). The modulo bias is below 2⁻⁴⁰ for the bounds used here.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// A number in the closed range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with the given probability (0...1), in steps of 1/10,000.
    public mutating func chance(_ probability: Double) -> Bool {
        below(10_000) < Int(probability * 10_000)
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// `count` different items, in random order.
    public mutating func pick<T>(_ count: Int, of items: [T]) -> [T] {
        var pool = items, chosen: [T] = []
        while chosen.count < count, !pool.isEmpty { chosen.append(pool.remove(at: below(pool.count))) }
        return chosen
    }

    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        pick(items.count, of: items)
    }

    /// An index chosen with the given weights (not all zero).
    public mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }
}
