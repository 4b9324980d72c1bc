/// Resolves attributions to canonical speakers across the sentences of one article.
struct SpeakerTracker {
    /// A resolved attribution.
    struct Said: Equatable {
        /// The canonical speaker, or nil when the source is unnamed ("according to reports").
        var speaker: String?
        var role: String?
        var cue: Cue
        /// The subject as written, when it differs from a plain name ("he", "the Ukrainian president").
        var written: String?
        var isOrganisation: Bool
        var outer: String?
        /// Token range of the subject and index of the cue, for the reported content.
        var attribution: Attribution?
    }

    let names: NameIndex
    private(set) var last: Said?
    private(set) var lastPerson: Said?
    private(set) var lastOrganisation: Said?
    /// The attribution a following quotation-only sentence inherits.
    var carried: Said?

    init(names: NameIndex) { self.names = names }

    /// Roles learnt from role nouns ("the Ukrainian president") for speakers the article names without one.
    private(set) var learntRoles: [String: String] = [:]

    mutating func remember(_ said: Said) {
        if let speaker = said.speaker, let role = said.role, names.roles[speaker] == nil, learntRoles[speaker] == nil { learntRoles[speaker] = role }
        last = said
        if said.isOrganisation {
            lastOrganisation = said
        } else if Self.mayBeAPerson(said.speaker) {
            lastPerson = said
        }
    }

    /// Whether "he" or "she" may refer back to this speaker: a name of two words or more ("Bernie
    /// Sanders"; a surname the article gives in full elsewhere is already canonical) with no word
    /// of an organisation's name in it ("University of South Carolina"), or one word that the
    /// entity lists call a person. "Southern" (from "Most Southern states …") is no one.
    static func mayBeAPerson(_ speaker: String?) -> Bool {
        guard let speaker else { return true }
        let words = speaker.lowercased().split(separator: " ").map(String.init)
        if words.contains(where: { $0 == "of" || Lexicon.organisationHeads.contains($0) || Lexicon.organisationSuffixes.contains($0) }) {
            return false
        }
        return words.count >= 2 || Entities.kind(of: speaker) == .person
    }

    func resolve(_ a: Attribution) -> Said {
        var said: Said
        switch a.subject {
        case .name(let name):
            let kind = Entities.kind(of: name)
            if kind == .organisation || kind == .place || kind == .group || name.contains(" and ") {
                said = Said(speaker: name, role: a.role ?? names.roles[name], cue: a.cue, isOrganisation: true)
            } else {
                let canonical = names.canonical(name) ?? name
                said = Said(
                    speaker: canonical, role: a.role ?? names.roles[canonical] ?? learntRoles[canonical], cue: a.cue,
                    written: canonical == name ? nil : name, isOrganisation: false)
            }
        case .pronoun(let pronoun):
            let personal = pronoun == "he" || pronoun == "she"
            let lastMayBeAPerson = last.map { !$0.isOrganisation && Self.mayBeAPerson($0.speaker) } ?? false
            let previous = personal ? lastPerson ?? (lastMayBeAPerson ? last : nil) : last
            said = Said(
                speaker: previous?.speaker, role: previous?.role, cue: a.cue, written: pronoun, isOrganisation: previous?.isOrganisation ?? false)
        case .role(let phrase):
            let head = String(phrase.split(separator: " ").last ?? "").lowercased()
            let previous: Said?
            if let holder = names.roleHolders[head] ?? names.holder(sharingModifierOf: phrase) {
                let isOrg = Entities.kind(of: holder).map { $0 != .person } ?? false
                previous = Said(speaker: holder, role: names.roles[holder], cue: a.cue, isOrganisation: isOrg)
            } else if Lexicon.organisationRoles.contains(head) {
                previous = lastOrganisation ?? last
            } else {
                previous = lastPerson ?? last
            }
            let isOrg = Lexicon.organisationRoles.contains(head)
            if isOrg, phrase.contains(where: \.isUppercase), names.roleHolders[head] == nil {
                // "the U.S. government": a named organisation, not a reference back.
                said = Said(speaker: phrase, role: nil, cue: a.cue, isOrganisation: true)
            } else {
                said = Said(
                    speaker: previous?.speaker, role: previous.flatMap { $0.role ?? learntRoles[$0.speaker ?? ""] } ?? phrase, cue: a.cue,
                    written: "the " + phrase, isOrganisation: previous?.isOrganisation ?? isOrg)
            }
        case .group(let text):
            said = Said(speaker: text, role: a.role, cue: a.cue, isOrganisation: true)
        case .unnamed:
            said = Said(speaker: nil, role: nil, cue: a.cue, isOrganisation: false)
        }
        said.outer = a.outer
        said.attribution = a
        return said
    }
}

/// What reported speech reports: "X said that P" → P, "P, X said" → P, "According to X, P" → P.
enum Content {
    static func reported(_ st: SentenceTokens, _ said: SpeakerTracker.Said) -> String? {
        guard let a = said.attribution else { return nil }
        // "Trump proposed barring …": the stance is part of what is claimed, so the content is the sentence.
        if a.byStance, !a.cue.isParticiple { return nil }
        if a.colonTag {
            let start = a.subjectRange.upperBound + 1
            return start < st.tokens.count ? trimmed(st.string(st.tokens[start].start..<st.scalars.count)) : nil
        }
        let t = st.tokens
        let lo = min(a.cueIndex, a.subjectRange.lowerBound), hi = max(a.cueIndex, a.subjectRange.upperBound)
        let afterCue = a.cueIndex + 1 < t.count ? (a.cueIndex + 1)..<min(t.count, a.cueIndex + 7) : 0..<0
        let that = afterCue.first { t[$0].lower == "that" && t[$0].quote == nil }
        let tail = t.count - hi - 1
        // "…, the minister told reporters." names whom the speaker told, not what.
        let addressee = a.cue.namesAddressee && tail <= 5
        let endsWithCue = tail == 0 || tail <= 6 && Self.prepositions.contains(t[hi + 1].lower) || addressee
        // The comma that ends the reported clause may come before a role ("…, chief executive X told").
        var clauseEnd = lo
        while clauseEnd > 0, !t[clauseEnd].before.contains(","), lo - clauseEnd < 4, !a.cue.isAccordingTo { clauseEnd -= 1 }
        if that == nil, clauseEnd > 0, t[clauseEnd].before.contains(",") && endsWithCue || a.cue.isAccordingTo && lo > 0 {
            return trimmed(st.string(0..<t[clauseEnd - 1].end))
        }
        if a.cue.isAccordingTo {
            var k = hi
            while k < t.count, !t[k].after.contains(",") { k += 1 }
            return k + 1 < t.count ? trimmed(st.string(t[k + 1].start..<st.scalars.count)) : nil
        }
        guard a.cueIndex > a.subjectRange.upperBound, a.cueIndex + 1 < t.count else { return nil }
        let start = that.map { $0 + 1 } ?? a.cueIndex + 1
        guard start < t.count else { return nil }
        return trimmed(st.string(t[start].start..<st.scalars.count))
    }

    /// True when the quotation is less than half of the words of the clause that reports it
    /// (`reported`: the reported clause, or the sentence): a quoted fragment of a statement, not
    /// the statement itself.
    static func isFragment(quote: String, reported: String) -> Bool {
        guard reported.contains(quote) else { return false }
        let quoteWords = quote.split(separator: " ").count, clauseWords = reported.split(separator: " ").count
        return 2 * quoteWords < clauseWords
    }

    static let prepositions: Set<String> = [
        "in", "on", "at", "during", "to", "with", "via", "through", "after", "before", "from", "while", "though", "as",
    ]

    /// Drops trailing terminal punctuation and commas.
    static func trimmed(_ s: String) -> String {
        var v = Substring(s.trimmingSpaces())
        while let c = v.last, c == "." || c == "," || c == " " || c == "!" || c == ":" { v.removeLast() }
        return String(v)
    }
}
