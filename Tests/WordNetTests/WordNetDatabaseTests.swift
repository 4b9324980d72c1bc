import Foundation
import Testing

@testable import WordNet

/// The reader on the installed WordNet 3.0 database (`make deps` installs wordnet-base).
struct WordNetDatabaseTests {
    static let verbs = Result { try WordNetDatabase(partsOfSpeech: [.verb]) }

    @Test func irregularAndRegularFormsFindTheirLemma() throws {
        let wordnet = try Self.verbs.get()
        #expect(wordnet.baseForms(of: "said", .verb) == ["say"])
        #expect(wordnet.baseForms(of: "denies", .verb) == ["deny"])
        #expect(wordnet.baseForms(of: "Told", .verb) == ["tell"])
        #expect(wordnet.baseForms(of: "argued", .verb) == ["argue"])
        // A lemma of its own and an irregular form of another.
        #expect(wordnet.baseForms(of: "saw", .verb) == ["saw", "see"])
        #expect(wordnet.baseForms(of: "qwertyed", .verb).isEmpty)
    }

    @Test func sensesComeInWordNetsOrderWithTheirLexicographerFile() throws {
        let wordnet = try Self.verbs.get()
        let say = wordnet.senses(of: "say", .verb)
        #expect(say.count == 11)
        #expect(say.first?.lexicographerFile == .verbCommunication)
        #expect(say.first?.words == ["state", "say", "tell"])
        #expect(wordnet.senses(of: "visit", .verb).first?.lexicographerFile.description == "verb.social")
        #expect(wordnet.senses(of: "believe", .verb).first?.lexicographerFile == .verbCognition)
        // Multi-word lemmas are looked up with spaces.
        #expect(wordnet.senses(of: "point out", .verb).first?.lexicographerFile == .verbCommunication)
        // Parts of speech that were not read have no senses.
        #expect(wordnet.senses(of: "dog", .noun).isEmpty)
    }

    @Test func allFourPartsRead() throws {
        let wordnet = try WordNetDatabase()
        #expect(wordnet.senses(of: "dog", .noun).first?.lexicographerFile.description == "noun.animal")
        #expect(wordnet.baseForms(of: "geese", .noun) == ["goose"])
        #expect(wordnet.baseForms(of: "biggest", .adjective) == ["big"])
        #expect(!wordnet.senses(of: "quickly", .adverb).isEmpty)
    }

    @Test func aMissingDirectoryNamesThePathAndTheFix() {
        #expect {
            try WordNetDatabase(directory: "/nonexistent-wordnet", partsOfSpeech: [.verb])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("/nonexistent-wordnet/index.verb") && text.contains("wordnet-base")
        }
    }
}
