/// The furniture rules that judge a line by itself, by what it looks like rather than by what it says.
enum LineRules {
    /// Words of the label before a related link: "Also read:", "Watch |", "See also:", "Related:".
    static let linkLabelWords: Set<String> = ["read", "watch", "see", "related", "listen", "recommended", "trending", "explore"]
    /// Line openings that point at another article, as line keys (letters only): "Read more about ...".
    static let linkOpenings = ["readmore", "alsoread", "readalso", "seealso", "moreonthis", "clickhere"]
    /// Words of a picture credit: "Telegram screenshot", "Photo: AFP", "Image courtesy of ...".
    static let creditWords: Set<String> = [
        "screenshot", "photo", "photos", "image", "images", "credit", "credits", "courtesy", "getty", "afp", "pic", "picture",
        "illustration", "file",
    ]
    /// Labels of an outlet's editorial notes ("Disclaimer: ...", "Note: Every piece of content ...").
    static let footerLabels: Set<String> = [
        "disclaimer", "note", "editor's note", "editor’s note", "editors' note", "editorial note",
    ]
    static let firstPersonPlural: Set<String> = ["we", "our", "us", "ours"]
    static let advertisementKeys: Set<String> = ["ad", "ads", "sponsored", "sponsoredcontent", "promoted", "paidcontent", "paidpost"]

    /// The first rule the line matches, or nil when it looks like article text. A long line
    /// (`TextLine.isLong`) is article text unless it opens as an editorial note ("Note: … our
    /// team …"): its last " / " or a "©" inside it says nothing of it.
    static func reason(for line: TextLine) -> FurnitureReason? {
        guard !line.isLong else { return isEditorialNote(line) ? .editorialFooter : nil }
        if isAdvertisementMarker(line) { return .advertisement }
        if isByline(line) { return .byline }
        if isRelatedLink(line) { return .relatedLink }
        if isEditorialFooter(line) { return .editorialFooter }
        if isCaption(line) { return .caption }
        if line.isShortLabel || hasRepeatedPhrase(line) { return .label }
        return nil
    }

    /// "Advertisement", "Advertisment", "Story continues below advertisement", "Sponsored".
    static func isAdvertisementMarker(_ line: TextLine) -> Bool {
        line.wordCount <= 5 && (line.key.contains("advert") || advertisementKeys.contains(line.key))
    }

    /// A short line with an e-mail address, or "By" and names ("By Daniel Kim and Jane Roe").
    static func isByline(_ line: TextLine) -> Bool {
        if line.wordCount <= 8, line.words.contains(where: isEmailAddress) { return true }
        guard !line.endsSentence, (2...8).contains(line.wordCount), line.words[0].lowercased() == "by" else { return false }
        return line.words.dropFirst().allSatisfy { word in
            word == "and" || word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        }
    }

    static func isEmailAddress(_ word: Substring) -> Bool {
        guard let at = word.firstIndex(of: "@"), at > word.startIndex else { return false }
        return word[word.index(after: at)...].contains(".")
    }

    /// "Also read: ...", "Watch | ...", "Read more about ...": a pointer to another article.
    static func isRelatedLink(_ line: TextLine) -> Bool {
        if let prefix = line.labelPrefix,
            prefix.split(whereSeparator: { !$0.isLetter }).contains(where: { linkLabelWords.contains(String($0)) })
        {
            return true
        }
        return !line.endsSentence && linkOpenings.contains { line.key.hasPrefix($0) }
    }

    /// "Disclaimer: ...", or a "Note:" in which the outlet speaks of itself ("our team", "we correct"),
    /// and copyright lines. Only trailing ones are removed (see `Boilerplate.markArticleEnd`).
    static func isEditorialFooter(_ line: TextLine) -> Bool {
        line.text.unicodeScalars.contains("©") || line.hasWords(["all", "rights", "reserved"]) || isEditorialNote(line)
    }

    /// "Disclaimer: ...", or a "Note:" in which the outlet speaks of itself.
    static func isEditorialNote(_ line: TextLine) -> Bool {
        guard let prefix = line.labelPrefix, footerLabels.contains(prefix) else { return false }
        return prefix == "disclaimer" || line.words.contains { firstPersonPlural.contains($0.lowercased()) }
    }

    /// A picture credit: a line starting with "/" ("/Zelenskyy’s Telegram screenshot"), a caption that
    /// ends with " / Credit", or a short line with a credit word ("Telegram screenshot", "Photo: AFP").
    static func isCaption(_ line: TextLine) -> Bool {
        let scalars = line.text.unicodeScalars
        if scalars.first == "/" { return true }
        if let slash = scalars.lastIndex(of: "/"), slash > scalars.startIndex, scalars[scalars.index(before: slash)] == " " {
            let credit = Substring(scalars[scalars.index(after: slash)...])
            let creditWords = credit.unicodeScalars.split(whereSeparator: SentenceSplitter.isSpace).count
            let firstLetter = credit.unicodeScalars.first { $0.properties.isAlphabetic }
            let startsWithCapital = firstLetter.map(SentenceSplitter.isUppercase) ?? false
            if (1...4).contains(creditWords), startsWithCapital, !credit.unicodeScalars.contains(":") { return true }
        }
        return line.wordCount <= 6 && !line.isProse && line.words.contains { creditWords.contains($0.lowercased()) }
    }

    /// A line without terminal punctuation in which a three-word phrase comes twice: menus run together
    /// ("Quick access to main page (top) Direct access to main contents Quick access to main page (bottom)").
    static func hasRepeatedPhrase(_ line: TextLine) -> Bool {
        guard !line.endsSentence, line.wordCount >= 8 else { return false }
        let lower = line.words.map { $0.lowercased() }
        var seen = Set<String>()
        for i in 0..<(lower.count - 2) where !seen.insert(lower[i...(i + 2)].joined(separator: " ")).inserted {
            return true
        }
        return false
    }

    /// Two to four capitalised words without digits or terminal punctuation: a name ("Daniel Kim").
    static func isName(_ line: TextLine) -> Bool {
        (2...4).contains(line.wordCount) && !line.endsSentence
            && line.words.allSatisfy { word in
                word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
                    && !word.unicodeScalars.contains { $0.properties.numericType != nil }
            }
    }
}
