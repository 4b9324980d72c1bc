import ClaimwatchCore

/// What the matcher made of one labelled pair.
public struct PairOutcome: Sendable {
    public var pair: LabelledPair
    /// The matcher's decision; nil when it found neither a repeat nor a contradiction.
    public var decision: MatchDecision?
    /// The sides ("new", "existing") the extractor kept no claim from: `ClaimComparer` compares
    /// them as bare text, without speaker, numbers or dates.
    public var claimless: [String]

    public init(pair: LabelledPair, decision: MatchDecision?, claimless: [String] = []) {
        self.pair = pair
        self.decision = decision
        self.claimless = claimless
    }

    public var predicted: PairLabel {
        switch decision?.kind {
        case .repeat?: .repeat
        case .contradiction?: .contradiction
        case nil: .none
        }
    }

    /// The kind of field the matcher's conflict is on, comparable with the label's `field`.
    public var predictedField: Conflict.Field.Kind? {
        decision?.conflict?.field.kind
    }

    public var isCorrect: Bool { predicted == pair.label }
}

/// Runs `ClaimComparer` on labelled pairs. Pure and deterministic: the caller reads the pairs.
public struct MatchEvaluator: Sendable {
    public var comparer: ClaimComparer

    public init(comparer: ClaimComparer = ClaimComparer()) {
        self.comparer = comparer
    }

    public func outcome(_ pair: LabelledPair) -> PairOutcome {
        let comparison = comparer.compare(
            new: .init(text: pair.new.text, outlet: pair.new.outlet, published: pair.new.published),
            existing: .init(text: pair.existing.text, outlet: pair.existing.outlet, published: pair.existing.published))
        let claimless = [("new", pair.new), ("existing", pair.existing)].filter { _, side in
            comparer.extractor.claims(
                in: Article(
                    outlet: side.outlet, outletSource: .metadata, published: side.published,
                    language: "en", body: side.text)
            ).isEmpty
        }.map(\.0)
        return PairOutcome(pair: pair, decision: comparison.decision, claimless: claimless)
    }

    public func evaluate(_ pairs: [LabelledPair]) -> MatchReport {
        MatchReport(outcomes: pairs.map(outcome))
    }
}
