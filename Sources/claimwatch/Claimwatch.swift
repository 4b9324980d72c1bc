import ArgumentParser

@main
struct Claimwatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimwatch",
        abstract: "Watch a drop folder of news articles and alert when outlets repeat or contradict each other's claims.",
        discussion: """
            Scrapers drop article files (.txt, .md, .json, .jsonl, .html) into the drop folder, best by writing them \
            elsewhere and renaming them in. claimwatch extracts each article's claims, records them in \
            SQLite, matches them against other outlets' claims, and appends an alert to alerts.jsonl and \
            alerts.log when a new outlet repeats or contradicts one.

            With no options the data directory is ./claimwatch-data, and the drop folder is \
            ./claimwatch-data/incoming.

            Exit codes: 0 success, 1 run-time failure, 64 usage error, 65 database written by a newer \
            claimwatch, 66 database damaged or not a claimwatch database, 78 configuration error.
            """,
        subcommands: [
            RunCommand.self, IngestCommand.self, ExtractCommand.self, CompareCommand.self, ShowCommand.self, AlertsCommand.self, ClaimsCommand.self,
            SearchCommand.self, StatusCommand.self, CheckConfigCommand.self,
        ])
}
