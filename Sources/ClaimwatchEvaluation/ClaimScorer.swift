import ClaimwatchCore
import Foundation

/// Scores predicted claims against gold claims. Pure: no I/O.
///
/// Claims are aligned by their whitespace-normalised sentence text. Detection is scored over all
/// claims; every other field only over the aligned pairs (gold claims that were detected), so that
/// a missed claim counts once, as a detection error.
public enum ClaimScorer {
    /// Scores one document's predicted claims against its gold annotation.
    public static func score(predicted: [Claim], gold: GoldDocument) -> EvaluationReport {
        var report = EvaluationReport()
        report.detection.predicted = predicted.count
        report.detection.gold = gold.claims.count
        var unmatched = predicted
        for goldClaim in gold.claims {
            let key = normalise(goldClaim.sentence)
            guard let index = unmatched.firstIndex(where: { normalise($0.text) == key }) else {
                report.missed.append(goldClaim.sentence)
                continue
            }
            let claim = unmatched.remove(at: index)
            report.detection.correct += 1
            scorePair(claim, goldClaim, outlet: gold.outlet, into: &report)
        }
        report.spurious = unmatched.map(\.text)
        return report
    }

    static func scorePair(_ claim: Claim, _ gold: GoldClaim, outlet: String, into report: inout EvaluationReport) {
        let speaker = claim.speaker ?? outlet
        let speakerOK = speakersMatch(speaker, gold.speaker)
        report.speaker.judge(speakerOK)
        if !speakerOK { report.speakerErrors.append("\(gold.speaker) ≠ \(speaker): \(gold.sentence)") }
        report.cue.judge(cuesMatch(claim.cue?.phrase, gold.cue))
        report.polarity.judge(claim.polarity == gold.polarity)
        report.modality.judge(claim.modality == gold.modality)

        let predictedQuote = claim.quote.map(trimQuote).flatMap { $0.isEmpty ? nil : $0 }
        let goldQuote = gold.quote.map(trimQuote).flatMap { $0.isEmpty ? nil : $0 }
        if predictedQuote != nil { report.quote.predicted += 1 }
        if goldQuote != nil { report.quote.gold += 1 }
        if let predictedQuote, predictedQuote == goldQuote { report.quote.correct += 1 }

        scoreNumbers(claim.quantities, gold.numbers, into: &report)
        let wrongNumbers = claim.quantities.filter { q in !gold.numbers.contains { sameValueAndHead(q, $0) && q.qualifier == $0.qualifier } }
        let missedNumbers = gold.numbers.filter { g in !claim.quantities.contains { sameValueAndHead($0, g) && $0.qualifier == g.qualifier } }
        if !wrongNumbers.isEmpty || !missedNumbers.isEmpty {
            let predicted = wrongNumbers.map { "\($0.qualifier.rawValue) \($0.value) \($0.unit)" }.joined(separator: ", ")
            let expected = missedNumbers.map { "\($0.qualifier.rawValue) \($0.value) \($0.countedHead)" }.joined(separator: ", ")
            report.numberErrors.append("predicted [\(predicted)] gold [\(expected)]: \(gold.sentence)")
        }
        scoreDates(claim.dates, gold.dates, into: &report)
    }

    /// A predicted number is correct when an unused gold number has the same value, the same
    /// counted head up to stemming, and the same qualifier. Qualifier accuracy is judged over the
    /// pairs that agree on value and head.
    static func scoreNumbers(_ predicted: [Quantity], _ gold: [GoldNumber], into report: inout EvaluationReport) {
        report.numbers.predicted += predicted.count
        report.numbers.gold += gold.count
        var unusedFull = Array(gold.indices)
        var unusedHead = Array(gold.indices)
        for quantity in predicted {
            if let k = unusedHead.firstIndex(where: { sameValueAndHead(quantity, gold[$0]) }) {
                report.qualifier.judge(quantity.qualifier == gold[unusedHead[k]].qualifier)
                unusedHead.remove(at: k)
            }
            if let k = unusedFull.firstIndex(where: { sameValueAndHead(quantity, gold[$0]) && quantity.qualifier == gold[$0].qualifier }) {
                report.numbers.correct += 1
                unusedFull.remove(at: k)
            }
        }
    }

    static func sameValueAndHead(_ quantity: Quantity, _ gold: GoldNumber) -> Bool {
        guard abs(quantity.value - gold.value) < 1e-9 else { return false }
        return stem(quantity.unit) == stem(gold.countedHead)
    }

    /// The Snowball stem of a lower-cased head noun; stemming a stem again leaves it alone in practice.
    static func stem(_ head: String) -> String {
        let word = head.lowercased().trimmingCharacters(in: .whitespaces)
        return word.isEmpty ? "" : Stemmer.english.stem(word)
    }

    /// Date mentions match on `written` (case-insensitive; one containing the other counts, so
    /// "Monday" matches "on Monday"); resolved accuracy is judged over the matched pairs.
    static func scoreDates(_ predicted: [DateMention], _ gold: [GoldDate], into report: inout EvaluationReport) {
        report.dates.predicted += predicted.count
        report.dates.gold += gold.count
        var unused = Array(gold.indices)
        for mention in predicted {
            let written = normalise(mention.written).lowercased()
            guard
                let k = unused.firstIndex(where: {
                    let g = normalise(gold[$0].written).lowercased()
                    return !written.isEmpty && (g == written || g.contains(written) || written.contains(g))
                })
            else { continue }
            report.dates.correct += 1
            report.resolved.judge(mention.resolved == gold[unused[k]].resolved)
            unused.remove(at: k)
        }
    }

    /// Speakers are equal when their last name tokens are, lower-cased, without diacritics, with a
    /// final "yy" folded to "y" (Zelenskyy = Zelensky = Volodymyr Zelensky).
    public static func speakersMatch(_ a: String, _ b: String) -> Bool {
        lastNameToken(a) == lastNameToken(b)
    }

    static func lastNameToken(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var token = folded.split(whereSeparator: { $0.isWhitespace }).last.map(String.init) ?? ""
        for suffix in ["’s", "'s"] where token.hasSuffix(suffix) { token.removeLast(suffix.count) }
        if token.hasSuffix("yy") { token.removeLast() }
        return token
    }

    /// Cues match when both are absent, or when they are equal lower-cased, or when their last
    /// words are ("went on to say" = "say").
    public static func cuesMatch(_ predicted: String?, _ gold: String?) -> Bool {
        switch (predicted, gold) {
        case (nil, nil): return true
        case let (p?, g?):
            let p = normalise(p).lowercased(), g = normalise(g).lowercased()
            return p == g || p.split(separator: " ").last == g.split(separator: " ").last
        default: return false
        }
    }

    /// Trims whitespace and the comma that American style puts inside a closing quotation mark.
    static func trimQuote(_ quote: String) -> String {
        var text = normalise(quote)
        while let last = text.last, last == "," || last == " " { text.removeLast() }
        return text
    }

    /// Collapses runs of whitespace to one space and trims the ends.
    public static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
