extension Quantity {
    /// How far from its value "about" reaches: 15 %.
    static let aboutTolerance = 0.15

    /// The values the quantity allows, as a closed interval; strict bounds ("more than 30") are
    /// nudged inward so that "more than 30" and "exactly 30" do not overlap.
    var allowedRange: ClosedRange<Double> {
        let nudge = max(abs(value) * 1e-9, 1e-9)
        switch qualifier {
        case .exact: return value...value
        case .about: return (value * (1 - Self.aboutTolerance))...(value * (1 + Self.aboutTolerance))
        case .atLeast: return value...Double.greatestFiniteMagnitude
        case .moreThan: return (value + nudge)...Double.greatestFiniteMagnitude
        case .upTo: return min(0, value)...value
        case .fewerThan: return min(0, value - nudge)...(value - nudge)
        }
    }

    /// Whether two statements of a number can both be true.
    public func isCompatible(with other: Quantity) -> Bool {
        allowedRange.overlaps(other.allowedRange)
    }

    /// The number as a person reads it in a conflict: "at least 30", "31 seconds" (for "31-second").
    var stated: String {
        var text = written
        if let hyphen = written.firstIndex(of: "-"), written[..<hyphen].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }),
            written[written.index(after: hyphen)...].allSatisfy(\.isLetter)
        {
            text = "\(written[..<hyphen]) \(written[written.index(after: hyphen)...])\(value == 1 ? "" : "s")"
        }
        return qualifier == .exact ? text : "\(qualifier.rawValue) \(text)"
    }
}
