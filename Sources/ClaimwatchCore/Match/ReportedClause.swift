/// What an unattributed sentence reports when its subject is not a name the extractor knows:
/// "Local doctors said vaccine supplies had run out" reports "vaccine supplies had run out"
/// from "Local doctors"; "The health ministry denied that supplies had run out" denies it;
/// "Russia launched 185 drones, the Ukrainian air force said on Monday" reports the first clause.
enum ReportedClause {
    /// The source and the clause it reports, or nil.
    static func of(_ text: String) -> (source: String, clause: String, verb: String)? {
        let words = Words.split(text)
        guard words.count > 4 else { return nil }
        for (i, w) in words.prefix(8).enumerated() where i > 0 && isCue(w.lower) {
            // "denied that", "rejected claims that", "said".
            var start = i + 1
            if let that = words[start..<min(words.count, start + 6)].firstIndex(where: { $0.lower == "that" }) {
                start = that + 1
            } else if !bareClauseCues.contains(w.lower) {
                // "revealed a video of …" reveals a thing, not a clause.
                return nil
            }
            guard start < words.count, words.count - start >= 3 else { return nil }
            return (source(words[..<i]), words[start...].map(\.text).joined(separator: " "), w.lower)
        }
        // "…, the Ukrainian air force said on Monday."
        if let comma = text.lastIndex(of: ",") {
            let tail = Words.split(String(text[text.index(after: comma)...]))
            if tail.count <= 10, let cue = tail.prefix(7).firstIndex(where: { isCue($0.lower) }), cue > 0 {
                let clause = String(text[..<comma])
                if Words.split(clause).count >= 3 { return (source(tail[..<cue]), clause, tail[cue].lower) }
            }
        }
        return nil
    }

    /// Verbs that report a clause without "that": "Local doctors said supplies had run out".
    static let bareClauseCues: Set<String> = [
        "said", "says", "stated", "states", "added", "claimed", "claims", "warned", "insisted", "argued", "noted", "believes", "believed",
    ]

    static func isCue(_ lower: String) -> Bool {
        Lexicon.cues.contains(lower) || Lexicon.denials.contains(lower)
    }

    /// The source's words, articles left out: "Local doctors", "Ukrainian air force".
    static func source(_ words: ArraySlice<Word>) -> String {
        words.filter { !["the", "a", "an"].contains($0.lower) }.map(\.text).joined(separator: " ")
    }
}
