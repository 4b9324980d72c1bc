/// Word lists the extractor decides by. Lower case throughout.
enum Lexicon {
    /// Speech verbs, in the forms news prose uses them ("said", "fumed", "tweeted").
    static let cues: Set<String> = [
        "said", "says", "say", "stated", "states", "claimed", "claims", "claim", "added", "adds", "told", "tells", "wrote",
        "writes", "revealed", "reveals", "warned", "warns", "confirmed", "confirms", "denied", "denies", "deny", "asserted",
        "asserts", "emphasized", "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "explained", "explains",
        "continued", "continues", "noted", "notes", "announced", "announces", "alleged", "alleges", "reported", "reports",
        "lamented", "laments", "concluded", "concludes", "insisted", "insists", "argued", "argues", "commented", "comments",
        "declared", "declares", "acknowledged", "acknowledges", "admitted", "admits", "tweeted", "posted", "accused",
        "accuses", "charged", "testified", "disclosed", "fumed", "quipped", "conceded", "concedes", "remarked", "replied",
        "responded", "observed", "maintained", "maintains", "contended", "suggested", "suggests", "predicted", "vowed",
        "pledged", "boasted", "complained", "cautioned", "urged", "recalled", "mused", "joked", "snapped", "retorted",
        "rejected", "refuted", "repeated", "reiterated", "underlined", "underscored", "highlighted", "estimated",
    ]
    /// Verbs of stance, intent and finding that attribute a reported statement to a named subject
    /// when the sentence has no speech verb ("Trump proposed barring …", "Palestinians want …", "a
    /// Gallup poll found …"). Verbs of action alone ("met", "shared", "posted", "backed") do not.
    static let stanceVerbs: Set<String> = [
        "called", "calls", "asked", "asks", "found", "finds", "show", "shows", "showed", "proposed", "proposes", "want",
        "wants", "wanted", "believe", "believes", "believed", "think", "thinks", "thought", "declined",
        "declines", "plans", "planned", "praised", "praises", "criticized", "criticised", "criticizes", "criticises",
        "described", "describes", "supports", "supported", "hope", "hopes", "hoped", "endorsed", "endorses", "decided",
        "see", "sees", "indicated", "indicates", "offered", "offers", "refused", "refuses", "cited",
        "cites", "sought", "seeks", "fear", "fears", "feared", "argue", "estimates", "promised", "promises", "encouraged",
        "assured", "questioned", "ordered", "blamed", "blames", "thanked", "discussed",
        "knows", "opposed", "opposes", "oppose", "dismissed", "dismisses", "referenced", "pointed", "rebuked", "attacked",
        "assailed", "apologized", "expressed", "insist", "doubt", "doubts", "worry", "worries", "demanded", "demands",
        "welcomed", "condemned", "condemns", "slammed", "blasted", "challenged", "requested", "recommended", "predicts",
        "mentioned", "threatened", "urges", "hailed", "lauded", "applauded", "questions", "touted", "pushed",
        "explained", "acknowledged", "announced", "suggest", "concluded", "projected", "projects", "reveals", "indicate",
        "calling", "suggesting", "pushing", "seeking", "urging", "promising", "offering", "defending", "criticizing",
        "accusing", "arguing", "thanking", "congratulating", "considering", "planning", "hoping", "referring",
        "asking", "demanding", "proposing", "pledging", "vowing", "warning", "blaming", "questioning", "predicting",
        "touting", "trumpeting", "praising", "attacking", "opposing", "supporting", "insisting", "refusing", "declining",
        "view", "views", "viewed", "considers", "considered", "favor", "favors", "favored", "approve", "approves",
        "disapprove", "prefer", "prefers", "argued", "respond", "responded", "mentions", "mention", "apologizing",
        "decried", "decries", "denounced", "denounces", "chastised", "lambasted", "mocked", "ridiculed", "noting",
        "acknowledge", "focuses", "focused", "emphasize", "emphasized", "highlights", "recognize", "recognized", "assume",
        "assumes", "assumed", "wondered", "wonders", "imagined", "guessed", "feels", "felt", "believing", "knew", "agree",
        "referred", "signaled", "signalled", "hinted", "implied", "conceded", "vowed",
    ]
    /// Head nouns of organisations named "X of Y" / "X for Y".
    static let organisationHeads: Set<String> = [
        "center", "centre", "department", "bureau", "university", "institute", "committee", "council", "office", "school",
        "association", "league", "bank", "board", "foundation", "society", "federation", "coalition", "alliance",
        "commission", "agency", "ministry", "college", "academy", "court", "house", "chamber", "union",
        "organization", "organisation", "federation", "conference", "network", "fund", "party", "church", "corporation",
    ]
    /// Number words that open a share ("Six in 10 voters", "one in five").
    static let smallNumbers: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// Title abbreviations whose full stop does not end a name ("Dr. Harold Varmus").
    static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "capt", "sgt", "adm", "maj", "prof", "rev", "st", "jr", "sr",
    ]
    /// Participles that attribute to the sentence's subject ("…, stating, “…”").
    static let participleCues: Set<String> = [
        "saying", "stating", "adding", "claiming", "alleging", "noting", "warning", "insisting", "arguing", "writing",
        "explaining", "stressing", "emphasising", "emphasizing", "declaring", "asserting", "lamenting", "tweeting",
        "calling", "telling", "announcing", "urging", "citing", "promising", "suggesting", "accusing", "criticizing",
        "pointing", "arguing", "describing", "acknowledging", "predicting", "vowing", "pledging", "blaming", "praising",
    ]
    /// Cues that deny what follows.
    static let denials: Set<String> = ["denied", "denies", "deny", "rejected", "refuted", "refutes", "rejects", "dismissed"]
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]
    /// Words allowed between a subject and its cue verb ("Zelensky also claimed", "he further said").
    static let betweenSubjectAndCue: Set<String> = [
        "also", "further", "has", "had", "have", "then", "later", "earlier", "once", "again", "previously", "recently",
        "would", "will", "reportedly", "allegedly", "publicly", "repeatedly", "exclusively", "first", "last", "already",
    ]
    /// Nouns of a time phrase between a subject and its cue ("this week", "at the time"), and the
    /// words before them in that phrase.
    static let timeNouns: Set<String> = [
        "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time", "today", "yesterday", "tonight",
    ]
    static let timeDeterminers: Set<String> = ["this", "last", "past", "next", "that", "the", "at", "earlier", "on", "in", "early", "late"]
    /// Titles that go before a name and are not part of it.
    static let titles: Set<String> = [
        "president", "prime", "minister", "secretary", "secretary-general", "general", "brigadier", "colonel", "major",
        "lieutenant", "captain", "admiral", "sergeant", "gen", "brig", "col", "lt", "sgt", "capt", "adm", "maj", "mr", "mrs",
        "ms", "dr", "prof", "professor", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "chancellor",
        "king", "queen", "prince", "princess", "pope", "ambassador", "spokesperson", "spokesman", "spokeswoman", "chief",
        "commander", "director", "chairman", "chairwoman", "vice", "deputy", "foreign", "defence", "defense", "leader",
        "speaker", "justice", "judge", "officer", "envoy", "analyst", "correspondent", "ceo", "premier", "executive", "coach",
        "manager", "founder", "insider", "editor", "chair",
    ]
    /// Nouns that name a role, for role phrases ("a State Department spokesperson", "the Ukrainian president").
    static let roleNouns: Set<String> = [
        "president", "councillor", "councilor", "mayor", "governor", "spokesperson", "spokesman", "spokeswoman", "minister", "secretary",
        "secretary-general", "leader",
        "official", "officials", "chief", "commander", "general", "ambassador", "envoy", "director", "head", "analyst",
        "correspondent", "reporter", "journalist", "outlet", "newspaper", "paper", "agency", "ministry", "report", "media",
        "broadcaster", "channel", "site", "website", "unit", "government", "military", "army", "department", "office",
        "administration", "chancellor", "governor", "mayor", "premier", "senator", "expert", "adviser", "advisor", "executive",
        "coach", "manager", "founder", "insider", "editor", "chair", "ceo",
    ]
    /// Role nouns that stand for an organisation rather than a person.
    static let organisationRoles: Set<String> = [
        "outlet", "newspaper", "paper", "agency", "ministry", "report", "media", "broadcaster", "channel", "site", "website",
        "unit", "government", "military", "army", "department", "office", "administration",
    ]
    /// Irregular past forms that follow a subject and never end its noun phrase: "Clinton spent
    /// much of …" has no group "Clinton spent".
    static let irregularPasts: Set<String> = [
        "spent", "took", "got", "gave", "made", "went", "came", "saw", "found", "led", "ran", "won", "lost", "held",
        "kept", "met", "paid", "sent", "told", "thought", "brought", "bought", "caught", "fought", "sought", "taught",
        "began", "became", "chose", "drove", "wrote", "spoke", "broke", "stood", "understood", "sat", "fell", "felt",
        "knew", "grew", "threw", "drew", "flew", "built", "meant", "heard", "shot", "struck", "swore", "wore", "hid",
    ]
    /// Capitalised at the start of a sentence or quote, but never a name.
    static let nonNames: Set<String> = [
        "the", "this", "that", "these", "those", "it", "there", "a", "an", "in", "on", "and", "but", "if", "when", "while",
        "after", "before", "now", "then", "even", "also", "however", "meanwhile", "according", "earlier", "later", "prior",
        "sharing", "taking", "calling", "during", "although", "since", "as", "at", "for", "from", "with", "by", "to", "of",
        "he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "any", "some", "no", "not", "note", "what",
        "who", "why", "how", "where", "so", "yet", "or", "additional", "another", "photos", "footage", "reports", "among",
        "disclaimer", "watch", "others", "many", "is", "are", "was", "were", "you", "my", "your", "all", "every", "each", "both",
        "neither", "though", "despite", "unlike", "like", "whether", "because", "until", "once", "nor", "yes", "instead",
        "still", "just", "only", "several", "most", "few", "asked", "speaking", "yet", "thus", "here", "why", "perhaps",
    ]
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5, "jun": 6,
        "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
        "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    /// Weekday names, Monday = 1 … Sunday = 7.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let nationalities: Set<String> = [
        "north", "south", "korean", "koreans", "russian", "russians", "ukrainian", "ukrainians", "american", "americans",
        "chinese", "british", "french", "german", "israeli", "palestinian", "iranian", "syrian", "western", "asian", "european",
        "nato", "u.s", "us", "japanese", "indian", "turkish", "polish", "belarusian",
    ]
    /// Plural nouns that make a nationality a group ("North Korean soldiers", "Russian forces").
    static let groupNouns: Set<String> = [
        "soldiers", "troops", "forces", "officials", "men", "women", "people", "hackers", "fighters", "warriors", "authorities",
        "officers", "generals", "citizens", "civilians", "army", "military", "units", "counterparts", "comrades", "personnel",
    ]
    static let places: Set<String> = [
        "russia", "ukraine", "kursk", "moscow", "kyiv", "kiev", "washington", "seoul", "pyongyang", "north korea", "south korea",
        "united states", "u.s", "us", "china", "beijing", "syria", "libya", "texas", "california", "new york", "europe", "asia",
        "plekhovo", "vorozhba", "martynovka", "pirogov street", "korea", "japan", "iran", "israel", "gaza", "london", "paris",
    ]
    static let placeSuffixes: Set<String> = ["region", "street", "city", "province", "oblast", "county", "state", "river", "island"]
    static let organisations: Set<String> = [
        "pentagon", "state department", "nato", "white house", "kremlin", "un", "united nations", "eu", "european union",
        "storm corps", "telegram", "x", "twitter", "chainalysis", "wion", "the guardian", "guardian", "reuters", "ap", "bbc",
        "cnn", "knewz.com", "evocation.info", "congress", "senate",
    ]
    static let organisationSuffixes: Set<String> = [
        "department", "ministry", "agency", "corps", "army", "council", "committee", "inc", "ltd", "corp", "news", "times",
        "post", "institute", "university", "bank", "party", "union", "command", "service", "services", "office", "guardian",
    ]
}
