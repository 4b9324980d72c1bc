/// Words whose swap turns a claim into its opposite ("confirmed" / "denied", "rose" / "fell").
/// Two claims that say the same with one of these swapped contradict each other on polarity.
enum Antonyms {
    static let pairs: [(String, [String])] = [
        ("confirm", ["deny", "refute", "dispute"]),
        ("admit", ["deny"]),
        ("accept", ["reject", "refuse"]),
        ("approve", ["reject", "veto", "block"]),
        ("agree", ["disagree", "refuse"]),
        ("support", ["oppose"]),
        ("allow", ["forbid", "ban", "prohibit", "bar"]),
        ("increase", ["decrease", "fall", "drop", "decline", "cut"]),
        ("rise", ["fall", "drop", "decline"]),
        ("gain", ["lose"]),
        ("win", ["lose"]),
        ("victory", ["defeat"]),
        ("succeed", ["fail"]),
        ("alive", ["dead"]),
        // "40 people died in the fire" / "40 people survived the fire".
        ("survive", ["die", "perish"]),
        ("guilty", ["innocent"]),
        ("convict", ["acquit"]),
        ("true", ["false"]),
        ("present", ["absent"]),
        ("include", ["exclude"]),
        ("arrive", ["leave", "depart"]),
        ("open", ["close", "shut"]),
        ("higher", ["lower"]),
        ("above", ["below"]),
        ("participate", ["abstain", "boycott"]),
        ("pass", ["fail"]),
        ("reopen", ["close", "shut"]),
        ("accelerate", ["slow", "slowing", "decelerate"]),
        ("grow", ["slow", "shrink", "contain", "control"]),
        ("stronger", ["weaker"]),
        ("strengthen", ["weaken"]),
        ("withstand", ["weaken", "breach", "collapse", "fail"]),
        ("concede", ["refuse"]),
        ("guilty", ["innocent"]),
        ("cut", ["raise", "hike"]),
        ("resign", ["stay"]),
        ("legal", ["illegal"]),
        ("safe", ["unsafe", "dangerous"]),
    ]
}

/// A negation and the word it negates that together say one positive thing ("not allowed" is
/// "forbidden"); the matcher reads them as that word, so that they are not taken for a negation.
enum NegatedForms {
    static let meaning: [String: String] = [
        "allowed": "forbid", "permitted": "forbid", "allow": "forbid", "permit": "forbid",
        "alive": "dead", "true": "false", "present": "absent", "guilty": "innocent", "legal": "illegal",
        "safe": "dangerous", "accept": "reject", "accepted": "reject", "agree": "disagree", "agreed": "disagree",
    ]
}
