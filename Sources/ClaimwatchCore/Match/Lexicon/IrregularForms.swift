/// Irregular word forms the Snowball stemmer leaves apart from their base ("burnt" / "burn",
/// "fought" / "fight", "children" / "child"). The matcher reads each as its base.
enum IrregularForms {
    static let base: [String: String] = {
        let table: [String: [String]] = [
            "arise": ["arose", "arisen"], "be": ["was", "were", "been"], "bear": ["bore", "borne"], "beat": ["beaten"],
            "become": ["became"], "begin": ["began", "begun"], "bend": ["bent"], "bind": ["bound"], "bite": ["bit", "bitten"],
            "bleed": ["bled"], "blow": ["blew", "blown"], "break": ["broke", "broken"], "bring": ["brought"], "build": ["built"],
            "burn": ["burnt"], "buy": ["bought"], "catch": ["caught"], "choose": ["chose", "chosen"], "come": ["came"],
            "deal": ["dealt"], "dig": ["dug"], "do": ["did", "done"], "draw": ["drew", "drawn"], "drink": ["drank", "drunk"],
            "drive": ["drove", "driven"], "eat": ["ate", "eaten"], "fall": ["fell", "fallen"], "feed": ["fed"], "feel": ["felt"],
            "fight": ["fought"], "find": ["found"], "flee": ["fled"], "fly": ["flew", "flown"], "forbid": ["forbade", "forbidden"],
            "forget": ["forgot", "forgotten"], "freeze": ["froze", "frozen"], "get": ["got", "gotten"], "give": ["gave", "given"],
            "go": ["went", "gone"], "grow": ["grew", "grown"], "hang": ["hung"], "have": ["had", "has"], "hear": ["heard"],
            "hide": ["hid", "hidden"], "hold": ["held"], "keep": ["kept"], "know": ["knew", "known"], "lay": ["laid"],
            "lead": ["led"], "leave": ["left"], "lend": ["lent"], "lose": ["lost"], "make": ["made"], "mean": ["meant"],
            "meet": ["met"], "pay": ["paid"], "ride": ["rode", "ridden"], "rise": ["rose", "risen"], "run": ["ran"],
            "see": ["saw", "seen"], "seek": ["sought"], "sell": ["sold"], "send": ["sent"], "shake": ["shook", "shaken"],
            "shoot": ["shot"], "show": ["shown"], "sink": ["sank", "sunk"], "sit": ["sat"], "sleep": ["slept"],
            "speak": ["spoke", "spoken"], "spend": ["spent"], "stand": ["stood"], "steal": ["stole", "stolen"],
            "strike": ["struck", "stricken"], "swear": ["swore", "sworn"], "take": ["took", "taken"], "teach": ["taught"],
            "tear": ["tore", "torn"], "tell": ["told"], "think": ["thought"], "throw": ["threw", "thrown"],
            "understand": ["understood"], "wake": ["woke", "woken"], "wear": ["wore", "worn"], "win": ["won"],
            "withdraw": ["withdrew", "withdrawn"], "withstand": ["withstood"], "write": ["wrote", "written"],
            "child": ["children"], "man": ["men"], "woman": ["women"], "person": ["people"],
        ]
        var base: [String: String] = [:]
        for (lemma, forms) in table { for form in forms { base[form] = lemma } }
        return base
    }()
}
