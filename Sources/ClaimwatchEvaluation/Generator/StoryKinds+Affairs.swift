/// Stories of economic, political and sporting life: a rate decision, an election, job cuts, a
/// transfer.
extension StoryKind {
    static let rateDecision = StoryKind(
        name: "rate decision",
        headline: "{Bank} raises interest rates",
        facts: [
            FactTemplate(
                role: .headlineNumber, speaker: nil,
                clause: "{bank} [raised|lifted|increased] its [key|main|benchmark] interest rate by {#bp} basis points", number: "bp",
                steps: [25, 50, 75, 100]),
            FactTemplate(
                role: .otherNumber, speaker: nil,
                clause:
                    "[Economists|Analysts] [polled by Reuters|surveyed by Bloomberg|in a Reuters poll] had [expected|forecast] an increase of {#expected} basis points",
                number: "expected",
                steps: [25, 50, 75, 100]),
            FactTemplate(
                role: .dated, speaker: nil,
                clause:
                    "[{bank} will announce its next rate decision {when}|The next rate decision of {bank} is due {when}|{bank} is due to announce its next decision on rates {when}]",
                days: 21...42, dateOnly: true),
            FactTemplate(
                role: .polar, speaker: "minister",
                clause: "the government [supported|backed|welcomed] the decision of {bank}",
                negated: "the government did not [support|back] the decision of {bank}",
                antonym: "the government [opposed|criticised] the decision of {bank}"),
            FactTemplate(
                role: .contested, speaker: "opposition", clause: "the government had [pressured|put pressure on] {bank} to raise rates",
                other: "ministry"),
            FactTemplate(
                role: .quote, speaker: "governor", clause: "",
                quote: "Inflation [is still|remains] far above our target, and we are [prepared|ready] to act again if [needed|necessary]",
                reported: "inflation was still far above the bank's target and the bank was prepared to act again",
                partial: "{speaker} said the bank was “prepared to act again if needed”", other: "minister"),
            FactTemplate(
                role: .earlierEvent, speaker: nil, clause: "{bank} raised its key interest rate by {#prevBp} basis points in {prevMonth}",
                number: "prevBp"),
        ],
        background: ["Markets had largely priced in the move.", "The currency strengthened slightly after the announcement."],
        cast: { random, country, day in
            var cast = StoryCast(), taken: [String] = []
            let bank = country.centralBank
            cast.values = ["bank": bank, "Bank": bank.capitalisedFirst, "prevMonth": (day + -random.int(in: 60...200)).monthName]
            let steps = random.pick(2, of: [25, 50, 75])
            cast.numbers = ["bp": steps[0], "expected": steps[1], "prevBp": random.pick([25, 50, 75, 100].filter { $0 != steps[0] })]
            cast.speakers = [
                "governor": .person(country.person(&random, avoiding: &taken), title: "Governor", role: "the governor of \(bank)"),
                "minister": .person(
                    country.person(&random, avoiding: &taken), title: "Finance Minister", role: "\(country.adjective) finance minister"),
                "opposition": .person(country.person(&random, avoiding: &taken), title: "Opposition leader", role: "the leader of the opposition"),
                "ministry": .organisation("the finance ministry", short: "the ministry"),
            ]
            return cast
        })

    static let election = StoryKind(
        name: "election",
        headline: "{WinParty} wins election in {country}",
        facts: [
            FactTemplate(
                role: .headlineNumber, speaker: nil,
                clause: "{winParty} won {#winSeats} of the {total} seats in parliament[, according to official results|, official results showed]",
                number: "winSeats"),
            FactTemplate(
                role: .otherNumber, speaker: nil, clause: "{loseParty} won {#loseSeats} seats[, its worst result in decades|]", number: "loseSeats"),
            FactTemplate(role: .dated, speaker: nil, clause: "{country} held a [snap|parliamentary] election {when}", days: -2...(-1)),
            FactTemplate(
                role: .polar, speaker: nil,
                clause:
                    "[{loser} conceded defeat on election night|{loser} accepted defeat on election night|{loser} admitted defeat late on election night]",
                negated: "{loser} did not concede defeat on election night",
                antonym: "{loser} refused to concede defeat on election night"),
            FactTemplate(role: .contested, speaker: "loser", clause: "ballots had been tampered with in {city}", other: "commission"),
            FactTemplate(
                role: .quote, speaker: "loser", clause: "",
                quote: "[The people have spoken|Voters have spoken], and we will [respect|accept] their decision",
                reported: "voters had spoken and the party would respect their decision",
                partial: "{speaker} promised to “respect their decision”", other: "winner"),
            FactTemplate(
                role: .earlierEvent, speaker: nil, clause: "{winParty} won {#prevSeats} seats at the previous election in {prevYear}",
                number: "prevSeats"),
        ],
        background: ["Coalition talks are expected to take several weeks.", "Turnout was higher than at the previous vote."],
        cast: { random, country, _ in
            var cast = StoryCast(), taken: [String] = []
            let parties = (
                random.pick(["the Democratic Alliance", "the People's Party", "the Civic Platform", "the Liberal Union"]),
                random.pick(["the Socialist Party", "the Social Democrats", "the Labour Party", "the Green Left"])
            )
            let total = random.pick([150, 200, 230, 300, 350])
            let loser = country.person(&random, avoiding: &taken), winner = country.person(&random, avoiding: &taken)
            cast.values = [
                "winParty": parties.0, "WinParty": parties.0.capitalisedFirst, "loseParty": parties.1, "total": "\(total)",
                "country": country.name, "city": random.pick(country.cities), "loser": loser.full, "prevYear": "\(random.int(in: 2018...2022))",
            ]
            let won = total * random.int(in: 34...47) / 100
            cast.numbers = [
                "winSeats": won, "loseSeats": total * random.int(in: 18...29) / 100,
                "prevSeats": differentNumber(from: won, in: (total / 6)...(total / 3), &random),
            ]
            cast.speakers = [
                "loser": .person(loser, title: "Outgoing prime minister", role: "the leader of \(parties.1)"),
                "winner": .person(winner, title: "Centre-right leader", role: "the leader of \(parties.0)"),
                "commission": .organisation("the national election commission", short: "the commission"),
            ]
            return cast
        })

    static let jobCuts = StoryKind(
        name: "job cuts",
        headline: "{company} announces job cuts in {country}",
        facts: [
            FactTemplate(
                role: .headlineNumber, speaker: nil,
                clause: "{company} will [cut|eliminate|axe] {#jobs} jobs in {country} by {year}", number: "jobs"),
            FactTemplate(
                role: .otherNumber, speaker: nil,
                clause:
                    "[{company} created {#hired} jobs in {abroad} last year|{company} added {#hired} jobs in {abroad} last year|Last year {company} created {#hired} jobs in {abroad}]",
                number: "hired"),
            FactTemplate(role: .dated, speaker: nil, clause: "{company} announced the [job cuts|cuts|restructuring plan] {when}", days: -1...0),
            FactTemplate(
                role: .polar, speaker: "ceo",
                clause: "the plant in {plantCity} would [close|shut down]", negated: "the plant in {plantCity} would not close",
                antonym: "the plant in {plantCity} would [remain open|stay open]"),
            FactTemplate(role: .contested, speaker: "unionist", clause: "{company} planned to move production to {abroad}", other: "company"),
            FactTemplate(
                role: .quote, speaker: "ceo", clause: "",
                quote: "These are [painful|difficult] decisions, but they are necessary to secure [the company's|our] future",
                reported: "the decisions were painful but necessary to secure the company's future",
                partial: "{speaker} said the cuts were “necessary to secure the company's future”", other: "council"),
            FactTemplate(role: .earlierEvent, speaker: nil, clause: "{company} cut {#prevJobs} jobs in {country} in {prevYear}", number: "prevJobs"),
        ],
        background: ["Shares in the company rose after the announcement.", "The company has struggled with falling demand and high energy costs."],
        cast: { random, country, day in
            var cast = StoryCast(), taken: [String] = []
            let company = "\(random.pick(country.lastNames)) \(random.pick(["Motors", "Industrial", "Logistics", "Steel", "Electronics"]))"
            taken.append(company.split(separator: " ").first.map(String.init) ?? "")
            cast.values = [
                "company": company, "country": country.name, "plantCity": random.pick(country.cities),
                "abroad": random.pick(["Hungary", "Romania", "Mexico", "Vietnam", "Morocco"].filter { $0 != country.name }),
                "year": "\(day.parts.year + random.int(in: 1...3))", "prevYear": "\(day.parts.year - random.int(in: 2...5))",
            ]
            let jobs = random.int(in: 8...120) * 100
            cast.numbers = [
                "jobs": jobs, "hired": differentNumber(from: jobs, in: 3...40, &random) * 50,
                "prevJobs": differentNumber(from: jobs, in: 5...80, &random) * 100,
            ]
            cast.speakers = [
                "ceo": .person(country.person(&random, avoiding: &taken), title: "Chief executive", role: "the company's chief executive"),
                "unionist": .person(country.person(&random, avoiding: &taken), title: "Union leader", role: "the head of the metalworkers' union"),
                "council": .person(country.person(&random, avoiding: &taken), title: "Works council chief", role: "the head of the works council"),
                "company": .organisation(company, short: "the company"),
            ]
            return cast
        })

    static let transfer = StoryKind(
        name: "transfer",
        headline: "{buyer} agree deal for {player}",
        facts: [
            FactTemplate(
                role: .headlineNumber, speaker: nil,
                clause: "{buyer} [have agreed|agreed] a fee of {#fee} million euros with {seller} for {position} {player}", number: "fee"),
            FactTemplate(
                role: .otherNumber, speaker: nil,
                clause:
                    "[The deal includes {#addons} million euros in add-ons|The deal also contains add-ons worth {#addons} million euros|Add-ons worth {#addons} million euros are included in the deal]",
                number: "addons"),
            FactTemplate(
                role: .dated, speaker: nil,
                clause:
                    "[{buyer} will present {player} to fans {when}|{player} will be presented to {buyer} fans {when}|{buyer} plan to unveil {player} {when}]",
                days: 2...9, dateOnly: true),
            FactTemplate(
                role: .polar, speaker: nil,
                clause: "[{player} passed his medical at {buyer}|{player} passed a medical at {buyer}|{player} has passed his medical at {buyer}]",
                negated: "{player} did not pass his medical at {buyer}",
                antonym: "{player} failed his medical at {buyer}"),
            FactTemplate(role: .contested, speaker: "agent", clause: "{rival} had made an offer for {player}", other: "sellerClub"),
            FactTemplate(
                role: .quote, speaker: "coach", clause: "",
                quote: "{first} is one of the best young players in Europe and we are [delighted|very happy] to [bring him here|have him]",
                reported: "{first} was one of the best young players in Europe",
                partial: "{speaker} called {player} “one of the best young players in Europe”", other: "captain"),
            FactTemplate(
                role: .earlierEvent, speaker: nil,
                clause: "{buyer} agreed a fee of {#prevFee} million euros with {otherClub} for {otherPlayer} last summer", number: "prevFee"),
        ],
        background: ["The transfer window closes at the end of the month.", "Supporters had been calling for a new signing for weeks."],
        cast: { random, country, _ in
            var cast = StoryCast(), taken: [String] = []
            let clubs = random.pick(
                4,
                of: [
                    "Benfica", "Porto", "Ajax", "Feyenoord", "Sevilla", "Napoli", "Lyon", "Celtic", "Brighton",
                    "Aston Villa", "Newcastle United", "Atalanta", "Sporting", "Marseille",
                ])
            let player = country.person(&random, avoiding: &taken, man: true), other = country.person(&random, avoiding: &taken, man: true)
            cast.values = [
                "buyer": clubs[0], "seller": clubs[1], "rival": clubs[2], "otherClub": clubs[3], "player": player.full,
                "first": String(player.full.split(separator: " ").first ?? ""), "otherPlayer": other.full,
                "position": random.pick(["striker", "midfielder", "defender", "winger"]),
            ]
            let fee = random.int(in: 15...90)
            cast.numbers = ["fee": fee, "addons": random.int(in: 3...12), "prevFee": differentNumber(from: fee, in: 12...80, &random)]
            cast.speakers = [
                "coach": .person(country.person(&random, avoiding: &taken), title: "Coach", role: "the \(clubs[0]) coach"),
                "captain": .person(country.person(&random, avoiding: &taken), title: "Captain", role: "the \(clubs[0]) captain"),
                "agent": .person(country.person(&random, avoiding: &taken), title: "Agent", role: "the player's agent"),
                "sellerClub": .organisation(clubs[1], short: clubs[1]),
            ]
            return cast
        })

    /// Every kind, in the order stories take them.
    static let all: [StoryKind] = [.flood, .rateDecision, .election, .outbreak, .jobCuts, .droneStrike, .transfer]
}
