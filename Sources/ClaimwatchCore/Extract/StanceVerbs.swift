/// Who a sentence without a speech verb is attributed to: the named subject of a verb of stance,
/// belief, intent or finding ("Florida elections officials are expecting a record turnout", "Some
/// Republicans doubt that …", "a Gallup poll found …"), or nobody (the outlet states it: "Sanders
/// won Michigan", "The crowd cheered").
///
/// The decision is learned (issue 15). Every lower-case word with a subject before it is a
/// candidate (`candidates(in:)`: the subject by `Attribution.subjectBefore`, auxiliaries, adverbs
/// and asides in between allowed). A linear model scores each from a few features of the pair
/// (`features`): the verb's stem and ending, what lies between the subject and the verb, the word
/// after the verb, the kind and head word of the subject and where it stands in the sentence. The
/// best candidate that scores above zero is the attribution. `make train-stance-verbs` learns the
/// weights (an averaged perceptron) from the tuning part of polnear-train, never the held-out part,
/// and writes `LearnedStanceWeights.swift`: a candidate is positive when the annotators marked its
/// subject as the Source of an attribution whose Cue lies in the sentence.
public enum StanceVerbs {
    /// A word with a subject before it, in scalar offsets of the sentence, with its features.
    public struct Candidate: Sendable, Equatable {
        public var verb: Range<Int>
        public var subject: Range<Int>
        public var features: [String]
        /// What the extractor records when this candidate wins.
        var attribution: Attribution
    }

    /// A linear model's score of a candidate's features: the bias plus each known feature's weight.
    /// The extractor and the trainer score alike through this.
    public static func score(_ features: [String], bias: Float, weights: [String: Float]) -> Float {
        bias + features.reduce(Float(0)) { $0 + (weights[$1] ?? 0) }
    }

    /// The best candidate of the sentence by the learned weights, when it scores above zero.
    static func attribution(in st: SentenceTokens) -> Attribution? {
        var best: (score: Float, attribution: Attribution)?
        for candidate in candidates(st) {
            let score = score(candidate.features, bias: LearnedStanceWeights.bias, weights: LearnedStanceWeights.weights)
            if score > 0, score > best?.score ?? 0 {
                var attribution = candidate.attribution
                attribution.byStance = true
                best = (score, attribution)
            }
        }
        return best?.attribution
    }

    /// `candidates` of a sentence given as text, for the trainer. None when a speech verb or
    /// "according to" attributes the sentence: the extractor asks the model only when none does.
    public static func candidates(in sentence: String) -> [Candidate] {
        let st = SentenceTokens(sentence)
        guard Attribution.speechAttributions(st).isEmpty else { return [] }
        return candidates(st)
    }

    static func candidates(_ st: SentenceTokens) -> [Candidate] {
        let t = st.tokens
        var result: [Candidate] = []
        for i in t.indices where t[i].quote == nil && !t[i].capitalised && isVerbShaped(t[i].lower) {
            guard Attribution.isProgressiveOrFinite(st, at: i), let a = Attribution.subjectBefore(st, cue: i, stance: true), a.subject != .unnamed
            else { continue }
            result.append(
                Candidate(
                    verb: t[i].start..<t[i].end, subject: t[a.subjectRange.lowerBound].start..<t[a.subjectRange.upperBound].end,
                    features: features(st, verb: i, attribution: a, rank: result.count), attribution: a))
        }
        return result
    }

    /// Words that can be the verb of a clause: letters only, three or more, and no function word.
    static func isVerbShaped(_ lower: String) -> Bool {
        lower.utf8.count >= 3 && lower.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
            && !SentenceTokens.phraseStops.contains(lower) && !Stopwords.english.contains(lower)
    }

    /// Nouns that follow a name in a noun phrase ("Democratic presidential contender", "the Clinton
    /// campaign"): evidence that the "verb" is no verb.
    static let roleWordsAsVerbs: Set<String> = Attribution.roleWords.union(["contender", "hopeful", "frontrunner", "front-runner", "rival", "ally"])

    /// The features of a (subject, verb) pair. `rank`: how many candidates come before it.
    static func features(_ st: SentenceTokens, verb i: Int, attribution a: Attribution, rank: Int) -> [String] {
        let t = st.tokens
        let verb = t[i].lower
        let stem = Stemmer.english.stem(verb)
        let ending = verb.hasSuffix("ing") ? "ing" : verb.hasSuffix("ed") ? "ed" : verb.hasSuffix("s") ? "s" : "0"
        let kind: String
        let head: String
        switch a.subject {
        case .name: (kind, head) = ("name", Entities.kind(of: st.words(a.subjectRange.lowerBound, a.subjectRange.upperBound)).map { "\($0)" } ?? "?")
        case .pronoun(let p): (kind, head) = ("pronoun", p)
        case .role: (kind, head) = ("role", t[a.subjectRange.upperBound].lower)
        case .group: (kind, head) = ("group", Stemmer.english.stem(t[a.subjectRange.upperBound].lower))
        case .unnamed: (kind, head) = ("unnamed", "")
        }
        // Between the subject and the verb: auxiliaries and negations by name, anything else (an
        // aside, a date) as one mark.
        let between = (a.subjectRange.upperBound + 1..<i).map { k in
            Attribution.stanceAuxiliaries.contains(t[k].lower) || Lexicon.betweenSubjectAndCue.contains(t[k].lower)
                ? t[k].lower
                : t[k].lower.hasSuffix("ly") ? "<adverb>" : "<other>"
        }
        let next = i + 1 < t.count ? (t[i + 1].quote != nil ? "<quote>" : t[i + 1].isNumber ? "<number>" : t[i + 1].lower) : "<end>"
        let start = a.subjectRange.lowerBound
        let position =
            start == 0
            ? "first"
            : start <= 2 && ["but", "and", "so", "yet", "still", "now", "the", "a", "an"].contains(t[0].lower)
                ? "first"
                : t[start].before.contains(",") || t[start].before.contains("—") ? "after-comma" : "inside"
        let previous = start > 0 ? t[start - 1].lower : "<start>"
        var features = [
            "verb=" + stem, "ending=" + ending, "kind=" + kind, "kind*head=" + kind + "*" + head, "next=" + next,
            "verb*next=" + stem + "*" + next, "position=" + position, "previous=" + previous, "kind*position=" + kind + "*" + position,
            "rank=" + (rank == 0 ? "0" : rank == 1 ? "1" : "2+"), "verb*kind=" + stem + "*" + kind, "quoted=" + (st.quotes.isEmpty ? "no" : "yes"),
            "comma-after-verb=" + (t[i].after.contains(",") ? "yes" : "no"),
        ]
        features.append("between=" + (between.isEmpty ? "-" : Array(Set(between)).sorted().joined(separator: "_")))
        for word in Set(between).sorted() { features.append("aux=" + word) }
        // The hand lists as evidence the model weighs.
        if Lexicon.stanceVerbs.contains(verb) { features.append("listed=stance") }
        if Lexicon.cues.contains(verb) { features.append("listed=speech") }
        if Lexicon.roleNouns.contains(verb) || Self.roleWordsAsVerbs.contains(verb) { features.append("listed=role-noun") }
        features.append("suffix=" + String(stem.suffix(3)))
        let last = t[a.subjectRange.upperBound]
        features.append("subject-last=" + (last.capitalised ? "<Cap>" : Stemmer.english.stem(last.lower)))
        if last.capitalised { features.append("subject-last-name=" + last.lower) }
        if i + 1 < t.count, t[i + 1].capitalised, t[i].after.isEmpty { features.append("next-capitalised") }
        let length = a.subjectRange.count
        features.append("subject-words=" + (length <= 3 ? "\(length)" : "4+"))
        if a.subjectRange.upperBound < t.count, t[a.subjectRange.upperBound].after.contains(",") { features.append("aside") }
        return features
    }
}

extension LearnedStanceWeights {
    /// The weights of `table`, read once.
    static let weights: [String: Float] = {
        var weights: [String: Float] = [:]
        for line in table.split(separator: "\n") {
            guard let tab = line.lastIndex(of: "\t"), let weight = Float(line[line.index(after: tab)...]) else { continue }
            weights[String(line[..<tab])] = weight
        }
        return weights
    }()
}
