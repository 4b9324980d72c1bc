/// How worth checking a claim is, 0...1: the signal claims are ranked by and alerts are
/// thresholded on (`ArticleRecorder.minimumCheckworthiness`, `[alerts] min_checkworthiness`). Every
/// claim is stored whatever its score (issue 15).
///
/// score = 0.2 + 0.25 (numbers) + 0.1 (dates) + 0.1 (one or two named entities, 0.15 for three or
/// more) + 0.15 (attributed to a speaker other than the outlet) + 0.05 (a direct quote)
/// + 0.1 (a verb of a checkable event or state: "killed", "born", "won", "causes", "banned"; else
/// 0.05 for "is", "are", "was", "were", "has", "have", "had")
/// − 0.05 (hedged: "might", "could", "may", "reportedly", "allegedly")
/// − 0.1 (first person outside a quotation, when not attributed: the writer's own view),
/// capped at 1. Questions score at most 0.15, orders to the reader at most 0.1, exclamations
/// without numbers at most 0.25, and opinion ("madness", "shocking", "must be stopped", "should",
/// "I think") without numbers or dates at most 0.25. A non-response ("did not respond to a
/// request for comment", "declined to comment", "could not be reached") without numbers scores at
/// most 0.2: every outlet prints one, and nobody can check it against another outlet's. So does a
/// poll's methodology line ("The poll has a margin of error of plus or minus 3 percentage points",
/// "The survey was conducted by telephone"), numbers or not: every poll story ends with one, and two
/// polls' margins are neither the same claim nor a contradiction.
enum Checkworthiness {
    static let opinionWords: Set<String> = [
        "madness", "shocking", "disgusting", "outrageous", "shameful", "shame", "horrific", "disgrace", "disgraceful",
        "appalling", "terrible", "awful", "unacceptable", "cynical", "contempt", "disrespect", "humiliation", "inhumanity",
        "should", "shouldn't", "ought", "wonderful", "amazing", "ridiculous", "stupid", "pathetic", "beautiful",
        "hopefully", "unfortunately", "sadly",
    ]
    /// Verbs of events and states a fact-checker can look up.
    static let factualVerbs: Set<String> = [
        "killed", "kill", "kills", "died", "dies", "die", "dead", "born", "won", "win", "wins", "lost", "lose", "loses", "cause",
        "causes", "caused", "cure", "cures", "cured", "banned", "ban", "bans", "signed", "signs", "voted", "votes", "arrested",
        "approved", "passed", "rose", "fell", "increased", "decreased", "doubled", "tripled", "cut", "raised", "spent", "paid",
        "cost", "costs", "funded", "owns", "owned", "contains", "contained", "prevents", "prevented", "elected", "appointed",
        "resigned", "fired", "convicted", "charged", "sentenced", "invaded", "attacked", "bombed", "destroyed", "wounded",
        "injured", "infected", "vaccinated", "deported", "released", "launched", "shot", "murdered", "stole", "received",
        "earned", "earns", "awarded", "married", "founded", "created", "discovered", "invented", "proved", "shows",
        "showed", "reveals", "revealed", "confirmed", "leads", "led",
    ]
    /// A state asserted ("The earth is flat"): less than an event, more than nothing.
    static let copulas: Set<String> = ["is", "are", "was", "were", "has", "have", "had"]
    static let firstPerson: Set<String> = ["i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "we're"]

    static func score(_ t: [Token], text: String, quantities: Int, dates: Int, entities: Int, attributed: Bool, quoted: Bool) -> Double {
        var score = 0.2
        if quantities > 0 { score += 0.25 }
        if dates > 0 { score += 0.1 }
        if entities >= 3 { score += 0.15 } else if entities > 0 { score += 0.1 }
        if attributed { score += 0.15 }
        if quoted { score += 0.05 }
        if t.contains(where: { factualVerbs.contains($0.lower) }) {
            score += 0.1
        } else if t.contains(where: { copulas.contains($0.lower) }) {
            score += 0.05
        }
        if Stance.modality(t) == .hedged || t.contains(where: { $0.lower == "may" || $0.lower == "perhaps" || $0.lower == "possibly" }) {
            score -= 0.05
        }
        if !attributed, t.contains(where: { $0.quote == nil && firstPerson.contains($0.lower) }) { score -= 0.1 }
        let end = lastMark(text)
        if end == "?" { score = min(score, 0.15) }
        if end == "!", quantities == 0 { score = min(score, 0.25) }
        if Statements.isImperative(t) { score = min(score, 0.1) }
        let opinion =
            t.contains { opinionWords.contains($0.lower) }
            || zip(t, t.dropFirst()).contains { a, b in
                a.lower == "must" && b.lower == "be" || a.lower == "i" && (b.lower == "think" || b.lower == "believe" || b.lower == "feel")
            }
        if opinion, quantities == 0, dates == 0 { score = min(score, 0.25) }
        if quantities == 0, Self.isNonResponse(t) { score = min(score, 0.2) }
        if Self.isPollMethodology(t) { score = min(score, 0.2) }
        return max(0, min(1, (score * 100).rounded() / 100))
    }

    /// "did not respond to", "declined to comment", "could not be reached", "did not return"
    /// (outside a quotation).
    static func isNonResponse(_ t: [Token]) -> Bool {
        let words = t.filter { $0.quote == nil }.map(\.lower)
        return zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { a, next in
            let (b, c) = next
            return (a == "not" || a.hasSuffix("n't")) && (b == "respond" || b == "return" || b == "reply" || b == "be" && c == "reached")
                || a == "declined" && b == "to" && c == "comment" || a == "no" && b == "comment"
        }
    }

    /// "margin of (sampling) error", "error margin", "plus or minus", "+/-", "±", or a poll or survey that
    /// "was conducted" / "was taken" (outside a quotation).
    static func isPollMethodology(_ t: [Token]) -> Bool {
        let words = t.filter { $0.quote == nil }.map(\.lower)
        let polled = words.contains { pollWords.contains($0) }
        return zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { a, next in
            let (b, c) = next
            return a == "margin" && b == "of" && (c == "error" || c == "sampling") || a == "error" && b == "margin"
                || a == "sampling" && b == "error" || a == "plus" && b == "or" && c == "minus"
                || polled && (a == "was" || a == "were") && (b == "conducted" || b == "taken" || b == "fielded")
        } || t.contains { $0.quote == nil && ($0.before.contains("+/-") || $0.before.contains("±")) }
    }
    static let pollWords: Set<String> = ["poll", "polls", "survey", "surveys", "interviews"]

    static func lastMark(_ text: String) -> Unicode.Scalar? {
        for c in text.unicodeScalars.reversed() where !SentenceSplitter.closers.contains(c) && c != "”" && c != " " { return c }
        return nil
    }
}
