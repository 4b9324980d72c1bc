import Foundation

/// Finds the gold files and their articles on disk: the one place the evaluation reads files.
public enum EvaluationCorpus {
    /// `fixtures/SEED.gold.json` pairs with `seeds/SEED`; `fixtures/articles/NAME.gold.json` with
    /// `fixtures/articles/NAME` (the gold file name is the article's name plus `.gold.json`).
    /// Sorted by name.
    public static func load(fixtures: URL, seeds: URL) throws -> [EvaluationCase] {
        var cases: [EvaluationCase] = []
        for (goldFolder, articleFolder) in [
            (fixtures, seeds), (fixtures.appendingPathComponent("articles"), fixtures.appendingPathComponent("articles")),
        ] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: goldFolder.path)) ?? []
            for goldName in names.sorted() where goldName.hasSuffix(".gold.json") {
                let articleName = String(goldName.dropLast(".gold.json".count))
                let articleURL = articleFolder.appendingPathComponent(articleName)
                let bytes = try Data(contentsOf: articleURL)
                let gold = try Data(contentsOf: goldFolder.appendingPathComponent(goldName))
                cases.append(EvaluationCase(name: articleName, articleBytes: [UInt8](bytes), articleFileName: articleName, goldData: gold))
            }
        }
        return cases
    }
}
