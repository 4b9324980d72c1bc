/// Which sentences are claims (issue 15): recall first. A claim is any declarative sentence that
/// asserts something checkable; how worth checking it is, is `Checkworthiness`'s score, not a gate.
///
/// A sentence is a claim when it ends as a statement (`.`, `!`, `…`; `?` only when attributed) and
/// either
/// - carries a number, an attribution, a quotation or two named things in at least `minimumWords`
///   words (the rule before issue 15, kept whole), or
/// - is a **statement**: at least three words, a verb (`hasVerb`), and none of these: headline
///   style (every long word after the first capitalised), a list item (it opens with a bullet), an
///   imperative or a reader-facing line ("Click here …", "Sign up …", "Thanks for reading.").
///
/// No tagger for English is packaged here, so the verb is found by rules: an auxiliary, copula or
/// modal; a speech cue; a known verb (base, past or participle form, from `verbs`); a lower-case
/// word ending in "-ed"; or a lower-case word ending in "-s" that does not follow a determiner
/// or preposition ("bleach cures", not "the cures" or "of protesters").
enum Statements {
    /// The fewest words of a statement without a number, an attribution, a quotation or two names.
    static let minimumStatementWords = 3

    static func isStatement(_ st: SentenceTokens) -> Bool {
        let t = st.tokens
        guard t.count >= minimumStatementWords else { return false }
        if isListItem(st.text) || isHeadlineStyle(t) || isImperative(t) { return false }
        return hasVerb(t)
    }

    /// Opens with a bullet or a dash: an item of a list, not running text.
    static func isListItem(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != " " }) else { return false }
        return SentenceSplitter.isBullet(first) || "-*–—▪◦‣●■►·".unicodeScalars.contains(first)
    }

    /// Every word of four letters or more after the first capitalised, at least three of them, and
    /// no lower-case one: "Putin Sets Conditions for Peace." (names alone: "Barack Obama was born
    /// in Kenya." has "born").
    static func isHeadlineStyle(_ t: [Token]) -> Bool {
        var capitalised = 0
        for w in t.dropFirst() where !w.isNumber {
            if !w.capitalised {
                if !headlineLowerCase.contains(w.lower) { return false }
            } else if w.text.count >= 4 {
                capitalised += 1
            }
        }
        return capitalised >= 3
    }

    /// The short words a headline leaves in lower case.
    static let headlineLowerCase: Set<String> = [
        "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "from", "as", "vs", "via", "but", "nor",
    ]

    /// An order or a line that speaks to the reader: it opens with one of `imperatives`
    /// ("Click", "Subscribe", "Follow", "Don't miss", "Thanks for reading"), outside a quotation.
    static func isImperative(_ t: [Token]) -> Bool {
        guard let first = t.first, first.quote == nil else { return false }
        return imperatives.contains(first.lower)
    }

    static func hasVerb(_ t: [Token]) -> Bool {
        for (i, w) in t.enumerated() {
            let word = w.lower
            if auxiliaries.contains(word) || Lexicon.cues.contains(word) || Lexicon.participleCues.contains(word) { return true }
            // Many verbs are nouns too ("Kyiv strike", "the cut"): one of `verbs` counts when it is
            // not the last word nor after a determiner or preposition.
            if verbs.contains(word), i + 1 < t.count, i == 0 || !beforeNouns.contains(t[i - 1].lower) { return true }
            if word.hasSuffix("n't") { return true }
            // "It's", "there's": the tokens keep "it" and mark the "'s" as a possessive.
            if w.possessive, contractedIs.contains(word) { return true }
            // "shows", "causes", "uses" after anything, even a number ("the 1920s shows").
            if word.count >= 4, word.hasSuffix("s"),
                verbs.contains(String(word.dropLast())) || word.hasSuffix("es") && verbs.contains(String(word.dropLast(2)))
            {
                return true
            }
            guard i > 0, !w.capitalised, !w.isNumber, word.count >= 4 else { continue }
            if word.hasSuffix("ed") && !notVerbsInEd.contains(word) { return true }
            // "legalize", "intensify", "exacerbate" (not after a determiner: "the climate", "a state").
            if ["ize", "ise", "ify", "ate"].contains(where: word.hasSuffix), !beforeNouns.contains(t[i - 1].lower), !notVerbsInAte.contains(word) {
                return true
            }
            if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), !word.hasSuffix("'s"),
                !beforeNouns.contains(t[i - 1].lower), !t[i - 1].isNumber
            {
                return true
            }
        }
        return false
    }

    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "may", "might", "must", "shall", "should", "ought", "won't", "can't", "cannot", "it's", "there's",
        "that's", "he's", "she's", "they're", "we're", "i'm",
    ]

    /// Verbs whose forms the suffix rules miss: base forms after a plural subject ("Vaccines cause
    /// autism"), irregular pasts and participles ("born", "won", "hit").
    static let verbs: Set<String> = [
        "cause", "kill", "cure", "make", "made", "win", "won", "lose", "lost", "show", "shown", "prove", "proven", "contain", "increase",
        "reduce", "raise", "lower", "lead", "led", "help", "work", "need", "want", "pay", "paid", "get", "got", "gotten", "give",
        "gave", "given", "take", "took", "taken", "use", "spread", "prevent", "protect", "allow", "ban", "support", "oppose", "own",
        "control", "receive", "earn", "cost", "live", "die", "become", "became", "remain", "exist", "mean", "meant", "require",
        "include", "create", "destroy", "harm", "damage", "affect", "boost", "cut", "plan", "vote", "believe", "know", "knew",
        "known", "think", "thought", "eat", "ate", "eaten", "drink", "drank", "count", "hold", "held", "keep", "kept", "run", "ran",
        "grow", "grew", "grown", "fall", "fell", "fallen", "rise", "rose", "risen", "born", "go", "went", "gone", "come", "came",
        "see", "saw", "seen", "find", "found", "leave", "left", "send", "sent", "meet", "met", "put", "set", "build", "built", "buy",
        "bought", "bring", "brought", "catch", "caught", "fight", "fought", "teach", "taught", "sell", "sold", "spend", "spent",
        "stand", "stood", "write", "wrote", "written", "begin", "began", "begun", "hit", "read", "shoot", "shot", "strike", "struck",
        "throw", "threw", "thrown", "wear", "wore", "worn", "drive", "drove", "driven", "fly", "flew", "flown", "speak", "spoke",
        "spoken", "steal", "stole", "stolen", "break", "broke", "broken", "choose", "chose", "chosen", "freeze", "froze", "hide",
        "hid", "hidden", "bite", "bit", "bitten", "forget", "forgot", "sit", "sat", "sleep", "slept", "swear", "swore", "sworn",
        "tear", "tore", "torn", "wake", "woke", "beat", "beaten", "bear", "bore", "hang", "hung", "lay", "lie", "lied", "sink",
        "sank", "sunk", "swim", "swam", "sing", "sang", "sung", "feel", "felt", "hear", "heard", "lend", "lent", "let", "quit",
        "shut", "split", "deal", "dealt", "mislead", "misled", "overtake", "overtook", "undergo", "underwent", "withdraw",
        "withdrew", "arise", "arose", "seek", "sought", "sweep", "swept", "sue", "tell", "told", "say", "said", "claim", "deny",
        "admit", "warn", "agree", "disagree", "approve", "reject", "sign", "join", "host", "post", "share", "offer", "face", "hire",
        "fire", "arrest", "charge", "accuse", "attack", "invade", "bomb", "occupy", "release", "return", "move", "happen", "occur",
        "exceed", "double", "triple", "hurt", "injure", "fund", "finance", "invest", "owe", "stay", "turn", "look", "seem",
        "appear", "sound", "end", "start", "stop", "continue", "change", "open", "close", "serve", "reach", "carry", "foretell",
        "foretold", "mistake", "mistook", "mistaken", "forbid", "forbade", "forbidden", "forgive", "forgave", "overcome",
        "undertake", "undertook", "outnumber", "mate", "harbor", "harbour", "lurk", "feed", "fed", "bade", "bid",
        "depict", "describe", "reproduce", "compare", "provide", "report", "reveal", "list", "predict", "urge", "force", "document",
        "fool",
    ]

    static let contractedIs: Set<String> = ["it", "that", "there", "here", "he", "she", "what", "who", "where", "everything", "nothing"]

    /// Words in "-ate", "-ise" that are mostly no verb.
    static let notVerbsInAte: Set<String> = [
        "state", "senate", "private", "climate", "candidate", "debate", "rate", "date", "late", "estate", "delegate", "advocate",
        "affiliate", "chocolate", "certificate", "graduate", "ultimate", "accurate", "adequate", "appropriate", "separate",
        "corporate", "desperate", "moderate", "immediate", "intimate", "legitimate", "elaborate", "fortunate", "passionate",
        "palate", "plate", "mandate", "magistrate", "electorate", "syndicate", "otherwise", "wise", "precise",
        "concise", "franchise", "expertise", "merchandise", "premise", "noise", "enterprise", "demise", "cruise", "size", "prize",
    ]

    /// Words in "-ed" that are no verb.
    static let notVerbsInEd: Set<String> = [
        "need", "bred", "shed", "speed", "seed", "feed", "breed", "greed", "creed", "hundred", "kindred", "sacred", "naked",
        "wicked", "ragged", "rugged", "wretched", "beloved", "learned", "aged", "indeed", "embed", "steed", "weed", "tweed",
    ]

    /// Words after which a word in "-s" is a plural noun, not a verb ("the cures", "of protesters", "more details").
    static let beforeNouns: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "that", "of", "in", "on", "for",
        "with", "by", "to", "at", "from", "into", "about", "over", "under", "after", "before", "between", "among", "against",
        "through", "during", "without", "and", "or", "many", "some", "all", "several", "few", "more", "most", "other", "such", "no",
        "any", "each", "every", "both", "latest", "top", "new", "best", "worst", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "which", "what", "whose", "own", "recent", "local",
        "national", "international", "foreign", "military", "political", "public", "major", "key", "big", "small", "old", "young",
        "former", "senior", "first", "last", "next", "previous", "further", "additional", "various", "numerous", "multiple",
    ]

    /// First words of orders and of lines that speak to the reader.
    static let imperatives: Set<String> = [
        "click", "tap", "subscribe", "follow", "sign", "log", "register", "download", "install", "watch", "listen", "read", "join",
        "visit", "contact", "email", "send", "get", "see", "check", "please", "let's", "donate", "try",
        "enter", "scroll", "bookmark", "discover", "explore", "learn", "find", "stay", "keep", "make", "take", "give", "go",
        "imagine", "consider", "remember", "don't",
    ]
}
