import Testing

@testable import ClaimwatchCore

/// A scraper that glues an article's paragraphs into one line (issue 13, "A real article dropped as
/// `empty`"): a long line is a body, whatever its last " / " or "©" look like, and a body that the
/// furniture rules do take out whole is refused with the rules that took it.
struct GluedLineTests {
    /// A German press release as a newswire scraper delivers it: sentences run together without a
    /// space ("Prognose02.03.2020", "Mio.Die"), slashes, a "©" inside, no full stop at the end.
    static let pressRelease = """
        DGAP-News: Beispiel AG / Schlagwort(e): Vorläufiges Ergebnis/Prognose Beispiel AG: Vorläufige Zahlen 2019 und \
        Prognose02.03.2020 / 11:00 Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.Die \
        Beispiel AG hat im Geschäftsjahr 2019 einen Umsatz von EUR 12,4 Mio. erzielt, nach EUR 10,2 Mio. im Vorjahr. \
        Das operative Ergebnis lag bei EUR 1,1 Mio.Die liquiden Mittel beliefen sich zum Jahresende auf EUR 3,5 Mio. \
        Der Vorstand erwartet für 2020 einen Umsatz zwischen EUR 13 Mio. und EUR 14 Mio. "Wir sind mit der Entwicklung \
        sehr zufrieden", sagte Vorstandschef Peter Müller. © 2020 Beispiel AG Kontakt: Investor Relations, Musterstraße 1, \
        12345 Berlin02.03.2020 Die DGAP Distributionsservices umfassen gesetzliche Meldepflichten / Corporate News
        """

    func read(_ text: String) throws(IntakeError) -> Article {
        let items = try ArticleReader().read(Array(text.utf8), fileName: "release.txt", subfolder: nil)
        return try items[0].result.get()
    }

    @Test func aGluedPressReleaseIsReadWhole() throws {
        let article = try read("Title: Beispiel AG: Vorläufige Zahlen 2019\nOutlet: dgap.de\n\n\(Self.pressRelease)\n")
        #expect(article.removed == [])
        #expect(article.body == Self.pressRelease)
        #expect(SentenceSplitter.split(article.body).count >= 4)
    }

    /// Each of the shapes that removed the glued line before, on a line of more than 60 words.
    @Test(arguments: [
        "ends with a credit / Reuters",
        "holds © 2020 inside it",
        "has a repeated phrase: the minister said that the minister said that",
        "Also read: starts like a related link",
        "Ends In Headline Style With Capitalised Words Everywhere Here",
    ])
    func aLongLineIsNeverFurniture(_ shape: String) {
        let words = (1...70).map { "word\($0)" }.joined(separator: " ")
        let line = shape.hasPrefix("Also") || shape.hasPrefix("Ends") ? "\(shape) \(words)" : "\(words) \(shape)"
        #expect(Boilerplate.clean(line).removed == [])
        #expect(Boilerplate.clean(line).kept == line)
    }

    /// A long line of words with no full stop anywhere is a body too, and stays the body when a
    /// short prose line comes before it (it is not "after the article's end").
    @Test func aLongLineWithoutFullStopsIsABody() throws {
        let line = String(repeating: "and then the people of the town went on talking about it ", count: 8) + "until night"
        #expect(try read("Title: Rumours\n\n\(line)").body == line)
        let text = "The mayor spoke on Monday evening.\n\n\(line)"
        #expect(Boilerplate.clean(text).kept == text)
    }

    /// A text that is nothing but short labels ("Zafi.D", a fact-check's claim about a virus) is the
    /// text, not furniture of an article around it (issue 15).
    @Test func aBodyOfOnlyShortLabelsIsKept() throws {
        #expect(try read("Source: fact-checks\n\nZafi.D\n").body == "Zafi.D")
        #expect(try read("Source: fact-checks\n\nFuneral Announcement\n").body == "Funeral Announcement")
    }

    /// Short furniture lines still go; when they are all the text there is, the file is refused as
    /// empty with the lines and the rules that removed them, not with "no article text".
    @Test func aBodyRemovedWholeNamesTheRules() {
        #expect(throws: IntakeError.self) { try read("Title: x\n\nDGAP-News: Beispiel AG / Schlagwort\n") }
        do {
            _ = try read("Title: x\n\nDGAP-News: Beispiel AG / Schlagwort\n\nAdvertisement\n")
            Issue.record("a body of furniture lines was read")
        } catch {
            #expect(error.code == .empty)
            #expect(error.message.contains("line 3 as caption (\"DGAP-News: Beispiel AG / Schlagwort\")"), "\(error.message)")
            #expect(error.message.contains("line 5 as advertisement marker"), "\(error.message)")
        }
    }
}

/// One function word of another language is no evidence in a short text (issue 15).
struct ShortTextLanguageTests {
    @Test func oneSpanishLookingNameDoesNotMakeASentenceSpanish() {
        #expect(LanguageDetector.detect("Al Gore's residence uses considerably more energy than the average American home.") != "es")
        #expect(LanguageDetector.detect("El presidente dijo que la economía y el empleo crecen con fuerza este año.") == "es")
    }
}
