/// Who a sentence attributes its statement to, as written: "X said", "said X", "according to X",
/// "“…,” X said", "X, a spokesperson, warned that", "the Ukrainian president said", "he added".
///
/// Nested attribution ("the outlet reported that Zelensky said …") yields the innermost speaker
/// (Zelensky): the words are theirs, the outer source only relays them. The outer source is kept
/// in `outer` and ends up in the claim's entities.
struct Attribution: Equatable {
    enum Subject: Equatable {
        /// A name as written, titles left out ("Zelensky", "Pentagon", "Knewz.com").
        case name(String)
        /// "he", "she", "they": the last named speaker.
        case pronoun(String)
        /// A role noun phrase without its determiner ("Ukrainian president", "media outlet").
        case role(String)
        /// A named group or body that is not one name: "Anti-TPP activists", "the Sanders campaign",
        /// "Hillary Clinton’s campaign", "a new Gallup poll" (its determiner left out).
        case group(String)
        /// "according to reports": no named source.
        case unnamed
    }

    var subject: Subject
    /// The cue in lower case as written ("said", "according to").
    var cue: Cue
    /// Role words attached in this sentence ("Ukrainian President", "State Department spokesperson").
    var role: String?
    /// Token index of the cue and of the subject's first and last words.
    var cueIndex: Int
    var subjectRange: ClosedRange<Int>
    /// The outer source of a nested attribution, as written.
    var outer: String?
    /// Found by `StanceVerbs` (a subject and a verb of stance, no speech verb): what the sentence
    /// claims includes the stance ("Trump proposed barring …"), so its content is the sentence.
    var byStance = false
    /// "NAME: …": what is said is what follows the colon.
    var colonTag = false

    /// The attributions by speech verbs, "according to" and participles ("…, saying"), in order, or
    /// else a name and a colon opening the sentence.
    static func speechAttributions(_ st: SentenceTokens) -> [Attribution] {
        var found: [Attribution] = []
        let t = st.tokens
        for i in t.indices where t[i].quote == nil {
            let lower = t[i].lower
            if lower == "according", i + 1 < t.count, t[i + 1].lower == "to" {
                found.append(accordingTo(st, at: i))
            } else if Lexicon.cues.contains(lower) || isInfinitiveCue(st, at: i) {
                if let a = subjectBefore(st, cue: i) ?? subjectAfter(st, cue: i) ?? (isInfinitiveCue(st, at: i) ? nearestSubject(st, before: i) : nil)
                {
                    found.append(a)
                }
            } else if Lexicon.participleCues.contains(lower), found.isEmpty, let a = nearestSubject(st, before: i) {
                found.append(a)
            }
        }
        // "TRUMP: The deaths of …", "McDonald: “At long last …”": a transcript's or a digest's speaker.
        if found.isEmpty, let a = colonTag(st) { found.append(a) }
        return found
    }

    /// The attribution of a sentence, or nil.
    static func find(in st: SentenceTokens) -> Attribution? {
        var found = speechAttributions(st)
        let t = st.tokens
        // "X proposed …", "X wants …": a stance verb attributes the sentence to its named subject
        // when no speech verb does (reported statements, beliefs, positions). Which subject and verb
        // do is learned from polnear's tuning part (`StanceVerbs`).
        if found.isEmpty, let a = StanceVerbs.attribution(in: st) { found.append(a) }
        // "“…,” Dunn said, but Moscow denies it": a contrasting clause or a parenthetical after the
        // first attribution never owns the sentence.
        if let first = found.first {
            found =
                [first]
                + found.dropFirst().filter { a in
                    let lo = min(a.subjectRange.lowerBound, a.cueIndex)
                    let contrast = lo > 0 && Self.contrasts.contains(t[lo - 1].lower)
                    let bracketed = (max(0, lo - 6)...lo).contains { t[$0].before.contains("(") }
                    return !contrast && !bracketed
                }
        }
        // "“Go back,” Trump barked": a name or pronoun, then a verb, right after a quotation is its tag.
        if found.isEmpty, let a = quotationTag(st) { found.append(a) }

        guard var inner = found.last(where: { $0.subject != .unnamed }) ?? found.last else { return nil }
        // "“…,” said X, though he added …": the pronoun is X, named earlier in the same sentence.
        if case .pronoun = inner.subject, let named = found.last(where: { if case .name = $0.subject { true } else { false } }),
            named.cueIndex < inner.cueIndex
        {
            return named
        }
        if let first = found.first, first != inner, first.cueIndex < inner.cueIndex {
            switch first.subject {
            case .name(let outer), .role(let outer), .group(let outer): inner.outer = outer
            case .pronoun, .unnamed: break
            }
            // "X said that Y said …" nests; "X said …, adding" is one speaker, the first cue.
            if inner.cue.isParticiple || inner.subject == first.subject { inner = first }
        }
        return inner
    }

    /// A stance verb in -ing only after "is" / "was" ("Cruz is calling for"); a bare participle
    /// modifies a noun ("soldiers defending their counterparts").
    static func isProgressiveOrFinite(_ st: SentenceTokens, at i: Int) -> Bool {
        let t = st.tokens
        return !t[i].lower.hasSuffix("ing") || (max(0, i - 3)..<i).contains { ["is", "was", "are", "were", "been", "be"].contains(t[$0].lower) }
    }

    /// "to say, “…”", "to assert that …": an infinitive speech verb that introduces what is said.
    static func isInfinitiveCue(_ st: SentenceTokens, at i: Int) -> Bool {
        let t = st.tokens
        guard i > 0, i + 1 < t.count, t[i - 1].lower == "to", infinitives.contains(t[i].lower) else { return false }
        return t[i].after.contains(",") || t[i].after.contains(":") || t[i + 1].lower == "that" || t[i + 1].quote != nil
    }

    static let infinitives: Set<String> = [
        "say", "assert", "claim", "deny", "warn", "argue", "insist", "add", "announce", "state", "reveal", "confirm",
    ]

    /// "according to X" anywhere; "according to reports" is unnamed.
    static func accordingTo(_ st: SentenceTokens, at i: Int) -> Attribution {
        var k = i + 2
        if k < st.tokens.count, st.tokens[k].lower == "the" { k += 1 }
        if let run = (k < st.tokens.count ? st.run(at: k) : nil), let name = run.name {
            return Attribution(subject: .name(orgName(st, run)), cue: .accordingTo, role: run.role, cueIndex: i, subjectRange: name)
        }
        // "according to fire chief Marta Lindqvist": up to three lower-case role words, then the name.
        var roleEnd = k
        while roleEnd < st.tokens.count, roleEnd < k + 3, !st.tokens[roleEnd].capitalised, st.tokens[roleEnd - 1].after.isEmpty || roleEnd == k {
            roleEnd += 1
        }
        if roleEnd > k, roleEnd < st.tokens.count, st.tokens[roleEnd - 1].after.isEmpty,
            let run = st.run(at: roleEnd), let name = run.name
        {
            let role = run.role ?? st.tokens[k..<roleEnd].map(\.text).joined(separator: " ")
            return Attribution(subject: .name(orgName(st, run)), cue: .accordingTo, role: role, cueIndex: i, subjectRange: name)
        }
        // "according to the average of recent polls compiled by Real Clear Politics", "according to
        // data from the Census Bureau": the first name in the phrase, up to its comma or ten words on.
        var m = k
        while m < st.tokens.count, m < k + 10, st.tokens[m].quote == nil {
            if st.isNameWord(m), let run = st.run(at: m), let name = run.name, Entities.kind(of: run.nameText) != .place {
                return Attribution(subject: .name(orgName(st, run)), cue: .accordingTo, role: run.role, cueIndex: i, subjectRange: name)
            }
            if st.tokens[m].after.contains(",") || st.tokens[m].after.contains(";") { break }
            m += 1
        }
        return Attribution(
            subject: .unnamed, cue: .accordingTo, role: nil, cueIndex: i, subjectRange: min(k, st.tokens.count - 1)...min(k, st.tokens.count - 1))
    }

    /// "The Guardian" keeps its article; other names do not.
    static func orgName(_ st: SentenceTokens, _ run: NameRun) -> String {
        run.nameText
    }

    /// The subject right before a cue: a name, pronoun or role phrase, allowing adverbs, "also",
    /// "on Tuesday (Dec 17)" and an aside between commas (", a State Department spokesperson,").
    ///
    /// `stance`: the cue is a stance verb, which also follows "is", "was", "did not" ("Cruz is
    /// calling for", "Clinton did not respond to").
    static func subjectBefore(_ st: SentenceTokens, cue: Int, stance: Bool = false) -> Attribution? {
        let t = st.tokens
        var j = cue - 1
        var role: String?
        var skipped = 0
        while j >= 0, t[j].quote == nil, skipped < 6 {
            let w = t[j]
            if !w.capitalised
                && (Lexicon.betweenSubjectAndCue.contains(w.lower) || w.lower.hasSuffix("ly") && !Lexicon.pronouns.contains(w.lower)
                    || stance && Self.stanceAuxiliaries.contains(w.lower))
                || w.lower == "on"
            {
                j -= 1; skipped += 1; continue
            }
            if !w.after.contains(","),
                Lexicon.weekdays[w.lower] != nil || Lexicon.months[w.lower] != nil && w.capitalised || w.isNumber && w.text.count <= 2
            {
                j -= 1; skipped += 1; continue
            }
            // "The committee this week announced", "Trump at the time said": a time phrase.
            if !w.capitalised, !w.after.contains(","), Lexicon.timeNouns.contains(w.lower) {
                j -= 1; skipped += 1
                while j >= 0, !t[j].capitalised, t[j].after.isEmpty, Lexicon.timeDeterminers.contains(t[j].lower) { j -= 1 }
                continue
            }
            // "Rep. Jim McDermott (D-Wash.) said": a parenthetical never owns the quote.
            if w.after.contains(")"), let open = (max(0, j - 8)...j).last(where: { t[$0].before.contains("(") }), open > 0 {
                j = open - 1
                skipped += 1
                continue
            }
            if w.after.contains(",") || w.after.contains("—"), let aside = st.asideStart(endingAt: j) {
                role = aside.role ?? role
                j = aside.start - 1
                continue
            }
            if w.after.contains(","), let name = st.nameBeforeAside(endingAt: j) {
                role = role ?? name.role
                j = name.end
                continue
            }
            break
        }
        guard j >= 0, t[j].quote == nil else { return nil }
        // "the video that Zelensky posted, …": a relative clause, not an attribution.
        if t[cue].after.contains(","), let a = subject(st, endingAt: j, cue: cue, role: role), a.subjectRange.lowerBound > 0,
            ["that", "which", "who"].contains(t[a.subjectRange.lowerBound - 1].lower)
        {
            return nil
        }
        if Lexicon.pronouns.contains(t[j].lower), t[j].lower != "it" {
            return Attribution(subject: .pronoun(t[j].lower), cue: Cue(t[cue].lower), role: role, cueIndex: cue, subjectRange: j...j)
        }
        return subject(st, endingAt: j, cue: cue, role: role)
    }

    /// The tag after a quotation with a speech verb the lexicon lacks: "“…,” Trump barked", "“…,”
    /// she shot back": the subject right after the closing mark, then a past-tense or present verb.
    static func quotationTag(_ st: SentenceTokens) -> Attribution? {
        let t = st.tokens
        for k in t.indices.dropFirst() where t[k].quote == nil && t[k - 1].quote != nil {
            var verb = k
            if Lexicon.pronouns.contains(t[k].lower), t[k].lower != "it" {
                verb = k + 1
            } else if st.isNameWord(k), let run = st.run(at: k), run.name != nil {
                verb = run.range.upperBound + 1
            } else {
                continue
            }
            guard verb < t.count, verb - 1 >= 0, t[verb - 1].after.isEmpty, !t[verb].capitalised, t[verb].quote == nil else { continue }
            let w = t[verb].lower
            guard w.hasSuffix("ed") || w.hasSuffix("s") && !w.hasSuffix("ss"), !Self.tagVerbStops.contains(w) else { continue }
            if let a = subjectBefore(st, cue: verb) { return a }
        }
        return nil
    }

    /// A name that opens the sentence and ends in a colon: "TRUMP: …", "Jeffrey M. Jones: “…”".
    /// Not a place (a dateline), nor a label ("Editor's note:", "UPDATE:", "Watch:").
    static func colonTag(_ st: SentenceTokens) -> Attribution? {
        let t = st.tokens
        guard let run = t.isEmpty ? nil : st.run(at: 0), let name = run.name, run.range.lowerBound == 0, run.range.upperBound + 1 < t.count,
            t[run.range.upperBound].after.hasPrefix(":"), t[0].quote == nil,
            !run.range.contains(where: { Self.colonLabels.contains(t[$0].lower) }),
            Entities.kind(of: run.nameText).map({ $0 != .place && $0 != .group }) ?? true
        else { return nil }
        return Attribution(
            subject: .name(run.nameText), cue: Cue(":"), role: run.role, cueIndex: run.range.upperBound, subjectRange: name, colonTag: true)
    }

    /// Words of the labels that end in a colon and name nobody.
    static let colonLabels: Set<String> = [
        "update", "updated", "note", "editor", "editors", "breaking", "watch", "read", "related", "photo", "photos", "video", "source",
        "sources", "correction", "clarification", "advertisement", "live", "listen", "opinion", "analysis", "exclusive", "q", "a",
        "question", "answer", "summary", "background", "context", "bottom", "line", "why", "what", "how", "who", "when", "where",
    ]

    /// Words that open a contrasting clause: "but Moscow denies", "while Kyiv insists".
    static let contrasts: Set<String> = ["but", "while", "although", "though", "whereas", "yet", "however"]

    static let tagVerbStops: Set<String> = ["was", "is", "has", "does", "as", "his", "its", "this", "us", "thus", "always", "perhaps"]

    /// Auxiliaries and negation between a subject and a stance verb.
    static let stanceAuxiliaries: Set<String> = [
        "is", "was", "are", "were", "did", "does", "do", "not", "never", "may", "might", "could", "should", "can", "must",
        "didn't", "doesn't", "don't", "isn't", "wasn't", "still", "now",
        "been", "being", "even", "all", "both", "long", "openly", "privately",
    ]

    /// A name run or role phrase ending at `j`.
    static func subject(_ st: SentenceTokens, endingAt j: Int, cue: Int, role: String?, nearest: Bool = false) -> Attribution? {
        let t = st.tokens
        if st.isNameWord(j), t[j].quote == nil, let run = st.run(at: j) {
            if let name = run.name, run.range.upperBound == j {
                guard Entities.kind(of: run.nameText).map({ $0 != .group && ($0 != .place || !nearest) }) ?? true else { return nil }
                var lo = name.lowerBound
                var text = orgName(st, run)
                // "Washington and Seoul".
                if run.range.lowerBound >= 2, t[run.range.lowerBound - 1].lower == "and", st.isNameWord(run.range.lowerBound - 2) {
                    lo = run.range.lowerBound - 2
                    text = st.words(lo, lo) + " and " + text
                }
                let before = run.range.lowerBound - 1
                let joined = before >= 0 && t[before].quote == nil && t[before].after.isEmpty
                let attached = role ?? (joined ? st.rolePhrase(endingAt: before)?.text : nil) ?? run.role
                return Attribution(subject: .name(text), cue: Cue(t[cue].lower), role: attached, cueIndex: cue, subjectRange: lo...j)
            }
            if run.name == nil, let last = run.role {
                return Attribution(subject: .role(last), cue: Cue(t[cue].lower), role: last, cueIndex: cue, subjectRange: run.range)
            }
        }
        if let phrase = st.rolePhrase(endingAt: j), phrase.start > 0, ["the", "this", "that"].contains(t[phrase.start - 1].lower) {
            return Attribution(subject: .role(phrase.text), cue: Cue(t[cue].lower), role: role, cueIndex: cue, subjectRange: (phrase.start - 1)...j)
        }
        if !nearest, let group = st.namedGroup(endingAt: j) {
            return Attribution(subject: .group(group.text), cue: Cue(t[cue].lower), role: role, cueIndex: cue, subjectRange: group.start...j)
        }
        return nil
    }

    /// "…,” said Zelensky" / "…,” he said" inverted: the subject after the cue, only right after a
    /// comma or a quotation.
    static func subjectAfter(_ st: SentenceTokens, cue: Int) -> Attribution? {
        let t = st.tokens
        guard cue + 1 < t.count,
            t[cue].before.contains(",") || t[cue].before.contains("”") || t[cue].before.contains("\"") || cue > 0 && t[cue - 1].quote != nil
        else { return nil }
        let k = cue + 1
        // "said “…Donald Trump…”": a name inside a quotation is what is said, not who says it.
        guard t[k].quote == nil else { return nil }
        if Lexicon.pronouns.contains(t[k].lower) {
            return Attribution(subject: .pronoun(t[k].lower), cue: Cue(t[cue].lower), role: nil, cueIndex: cue, subjectRange: k...k)
        }
        var end = k
        while end + 1 < t.count, t[end].after.isEmpty || st.abbreviationJoins(end), t[end + 1].capitalised || t[end].lower == "the" && end == k {
            end += 1
        }
        // "said Virginia delegate Beau Correll", "said the Florida senator": lower-case role words
        // inside the subject, up to its last name word or role noun.
        var k2 = end, last = end
        while k2 + 1 < t.count, k2 - end < 6, t[k2].after.isEmpty || st.abbreviationJoins(k2), t[k2 + 1].quote == nil,
            !Self.subjectStops.contains(t[k2 + 1].lower)
        {
            k2 += 1
            if st.isNameWord(k2) || Lexicon.roleNouns.contains(t[k2].lower) { last = k2 }
            if !t[k2].capitalised && !Lexicon.roleNouns.contains(t[k2].lower) && !Self.roleWords.contains(t[k2].lower)
                && !(k2 + 1 < t.count && t[k2 + 1].capitalised)
            {
                break
            }
        }
        if last > end, let a = subject(st, endingAt: last, cue: cue, role: nil) { return a }
        return subject(st, endingAt: end, cue: cue, role: nil)
    }

    /// Words that end a subject written after its cue ("said Trump when asked", "said Cruz in Iowa").
    static let subjectStops: Set<String> = [
        "when", "after", "before", "in", "on", "at", "during", "while", "as", "to", "of", "for", "from", "with", "who", "that",
        "which", "and", "but", "because", "if", "about", "last", "this", "on", "told", "said", "adding", "though", "although",
    ]
    /// Lower-case words that go with a role before a name ("party boss", "campaign manager").
    static let roleWords: Set<String> = [
        "delegate", "boss", "manager", "constituent", "strategist", "aide", "adviser", "advisor", "pollster", "operative",
        "candidate", "nominee", "campaign", "party", "chairman", "activist", "lawyer", "attorney", "professor", "economist",
        "researcher", "historian", "consultant", "donor", "supporter", "voter", "resident", "member", "host", "author",
    ]

    /// The closest person, organisation, pronoun or role phrase before a participle cue ("The
    /// Ukrainian leader condemned the act, stating, …").
    static func nearestSubject(_ st: SentenceTokens, before cue: Int) -> Attribution? {
        var j = cue - 1
        while j >= 0, st.tokens[j].quote == nil {
            if Lexicon.pronouns.contains(st.tokens[j].lower), st.tokens[j].lower != "it" {
                return Attribution(
                    subject: .pronoun(st.tokens[j].lower), cue: Cue(st.tokens[cue].lower), role: nil, cueIndex: cue, subjectRange: j...j)
            }
            if !st.tokens[j].possessive, let a = subject(st, endingAt: j, cue: cue, role: nil, nearest: true) { return a }
            j -= 1
        }
        return nil
    }
}

extension SentenceTokens {
    /// An aside between commas ending at token `end` (whose comma closes it): its first token and
    /// its role words, without the article. A role phrase (", a State Department spokesperson,",
    /// ", Estonia's defence minister,") gives a role; a relative clause (", who has led the
    /// ministry since 2023,") gives none.
    func asideStart(endingAt end: Int) -> (start: Int, role: String?)? {
        // ", who did not explicitly say that …, said": a relative clause, up to 20 words.
        let closing: Character = tokens[end].after.contains("—") ? "—" : ","
        var k = end
        while k > 0, end - k < 20, !tokens[k].before.contains(closing) { k -= 1 }
        guard tokens[k].before.contains(closing), k < end else { return nil }
        if ["who", "which"].contains(tokens[k].lower) { return (k, nil) }
        guard closing == ",", end - k < 8 else { return nil }
        // The role noun ends the aside, or a place or body follows it: ", an opposition councillor in Kochi,".
        let prepositions: Set<String> = ["in", "of", "at", "for", "from"]
        guard let roleEnd = (k...end).last(where: { Lexicon.roleNouns.contains(tokens[$0].lower) }),
            roleEnd == end || roleEnd + 1 < end && prepositions.contains(tokens[roleEnd + 1].lower) && end - roleEnd <= 4,
            roleEnd - k < 6
        else { return nil }
        let first = ["a", "an", "the"].contains(tokens[k].lower) ? k + 1 : k
        return (k, string(tokens[first].start..<tokens[end].end))  // as written: "Estonia’s defence minister"
    }

    /// A noun phrase ending at token `end` in a lower-case head noun, with a name among its
    /// modifiers: "Anti-TPP activists", "American law enforcement officials", "the Sanders
    /// campaign", "Hillary Clinton’s campaign", "the latest Reuters/Ipsos poll". Its first token
    /// (after a determiner) and its text as written; nil when no word of it is a name.
    func namedGroup(endingAt end: Int) -> (start: Int, text: String)? {
        guard end >= 1, end < tokens.count, !tokens[end].capitalised, !tokens[end].isNumber, tokens[end].text.count >= 3,
            !tokens[end].lower.hasSuffix("ly"), !tokens[end].lower.hasSuffix("n't"),
            // A verb in the past ends no noun phrase: "Calderon intimated", "Clinton avoided", "Trump shot".
            !tokens[end].lower.hasSuffix("ed"), !Lexicon.irregularPasts.contains(tokens[end].lower),
            !Self.phraseStops.contains(tokens[end].lower), !tokens[end].possessive
        else { return nil }
        var k = end
        while k > 0, end - k < 7, tokens[k - 1].after.isEmpty || tokens[k - 1].after == "/" || abbreviationJoins(k - 1),
            tokens[k - 1].quote == tokens[end].quote
        {
            let w = tokens[k - 1]
            if w.lower == "the" { break }
            // "a Democratic senator", "an NBC poll": the indefinite article stays, it says one of many.
            if w.lower == "a" || w.lower == "an" { k -= 1; break }
            // "Six in 10 Virginia voters".
            if w.lower == "in", k >= 2, tokens[k].isNumber, tokens[k - 2].after.isEmpty,
                Lexicon.smallNumbers.contains(tokens[k - 2].lower) || tokens[k - 2].isNumber
            {
                k -= 2
                continue
            }
            if Self.phraseStops.contains(w.lower) || Lexicon.cues.contains(w.lower) || Lexicon.stanceVerbs.contains(w.lower) { break }
            if w.possessive && !isNameWord(k - 1) { break }
            k -= 1
        }
        guard k < end, (k..<end).contains(where: { isNameWord($0) && !Lexicon.nonNames.contains(tokens[$0].lower) && tokens[$0].lower != "a" })
        else { return nil }
        return (k, string(tokens[k].start..<tokens[end].end))
    }

    /// Words that are never inside a subject noun phrase.
    static let phraseStops: Set<String> = [
        "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over", "after", "before", "during", "and", "or",
        "but", "that", "which", "who", "whom", "whose", "when", "while", "if", "because", "as", "than", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do",
        "does", "did", "not", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "also",
        "there", "this", "these", "those", "what", "so", "then", "now", "said", "says", "say", "since", "where", "though",
        "although", "just", "only", "even", "still", "how", "why", "here", "him", "them", "us",
    ]

    /// The name before a longer aside that ends at token `end` (whose comma closes it): "Seth McKee,
    /// a political scientist at Texas Tech University,", "Clinton, 35, the daughter of …,", "Mr.
    /// Cruz, whose … finish was seen as a disappointment,". Up to three commas and 40 words back,
    /// the farthest comma after a name word whose aside opens with a lower-case word, a number, a
    /// determiner or a party ("Republican of Minnesota"): the name's last token, and the aside as role when it opens with an article.
    func nameBeforeAside(endingAt end: Int) -> (end: Int, role: String?)? {
        var best: (end: Int, role: String?)?
        var commas = 0
        var k = end
        while k > 0, end - k < 40, commas < 3, tokens[k].quote == nil {
            if tokens[k].before.contains(",") || tokens[k].before.contains("—") {
                commas += 1
                let opener = tokens[k]
                if isNameWord(k - 1), tokens[k - 1].quote == nil, !tokens[k - 1].possessive,
                    !opener.capitalised || opener.isNumber || opener.lower == "the" || Self.partyWords.contains(opener.lower)
                        || Self.isPartyCode(opener.text)
                {
                    let article = ["a", "an", "the"].contains(opener.lower)
                    best = (k - 1, article ? string(tokens[k + 1].start..<tokens[end].end) : nil)
                }
            }
            if tokens[k].before.contains(".") || tokens[k].before.contains(";") || tokens[k].before.contains(":") { break }
            k -= 1
        }
        return best
    }

    /// A party and state code after a name: "Mitch McConnell, R-Ky.,", "Chuck Schumer, D-N.Y.,".
    static func isPartyCode(_ text: String) -> Bool {
        let c = Array(text)
        return (4...8).contains(c.count) && "RDI".contains(c[0]) && c[1] == "-" && c[2].isUppercase
    }

    /// Party words that open an aside after a name: "Michele Bachmann, Republican of Minnesota,".
    static let partyWords: Set<String> = ["republican", "democrat", "democratic", "independent", "libertarian", "conservative", "labour"]

    /// A title abbreviation or an initial whose full stop does not end the name: "Dr. Harold Varmus",
    /// "Virgie M. Rollins", "Sen. Ted Cruz".
    func abbreviationJoins(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].after == ".", tokens[k + 1].capitalised, tokens[k].quote == tokens[k + 1].quote else { return false }
        let text = tokens[k].text
        return text.count == 1 && tokens[k].capitalised || text.count <= 4 && Lexicon.titleAbbreviations.contains(tokens[k].lower)
    }

    /// The aside right after a name ending at `name`: "Matthew Miller, a State Department spokesperson,".
    func aside(after name: Int) -> (end: Int, role: String?)? {
        guard tokens[name].after.contains(","), name + 1 < tokens.count else { return nil }
        var k = name + 1
        while k < tokens.count, k - name < 7, !tokens[k].after.contains(",") { k += 1 }
        guard k < tokens.count, let aside = asideStart(endingAt: k), aside.start == name + 1 else { return nil }
        return (k, aside.role)
    }
}
