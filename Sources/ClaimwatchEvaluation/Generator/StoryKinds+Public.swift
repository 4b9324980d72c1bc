/// Stories of public life: a flood, a disease outbreak, a drone strike.
extension StoryKind {
    static let flood = StoryKind(
        name: "flood",
        headline: "Deadly floods hit {region}",
        facts: [
            FactTemplate(
                role: .headlineNumber, speaker: "governor",
                clause: "{#dead} people had [died|been killed|lost their lives] in the floods in {region}", number: "dead"),
            FactTemplate(
                role: .otherNumber, speaker: "agency",
                clause: "{#evacuated} people had been [evacuated|moved to safety] from [their homes in {city}|{city} and nearby villages]",
                number: "evacuated"),
            FactTemplate(
                role: .dated, speaker: nil,
                clause: "The {river} [burst its banks|overflowed] {when}, flooding [large parts of|much of|several districts of] {city}", days: -1...0
            ),
            FactTemplate(
                role: .polar, speaker: "water",
                clause: "the dam upstream of {city} had been [damaged|weakened] by the floodwater",
                negated: "the dam upstream of {city} had not been damaged by the floodwater",
                antonym: "the dam upstream of {city} had [withstood|held up against] the floodwater"),
            FactTemplate(
                role: .contested, speaker: "councillor",
                clause: "the flood warning had been sent [too late|hours too late] to [residents|people living near the river]", other: "agency"),
            FactTemplate(
                role: .quote, speaker: "mayor", clause: "",
                quote: "[The water came|The water rose] in the middle of the night, and people had no time to leave their homes",
                reported: "the water had come in the middle of the night and people had had no time to leave their homes",
                partial: "{speaker} said residents had had “no time to leave their homes”", other: "governor"),
            FactTemplate(role: .earlierEvent, speaker: nil, clause: "Floods in {region} killed {#prevDead} people in {prevYear}", number: "prevDead"),
        ],
        background: [
            "Rescue teams worked through the night with boats and helicopters.", "More heavy rain is forecast for the coming days.",
            "Schools in {city} will stay closed until further notice.",
        ],
        cast: { random, country, _ in
            var cast = StoryCast(), taken: [String] = []
            let region = random.pick(country.regions), city = random.pick(country.cities)
            cast.values = ["region": region, "city": city, "river": random.pick(country.rivers), "prevYear": "\(random.int(in: 2010...2022))"]
            cast.numbers = ["dead": random.int(in: 4...38), "evacuated": random.int(in: 6...90) * 100]
            cast.numbers["prevDead"] = differentNumber(from: cast.numbers["dead"]!, in: 3...60, &random)
            cast.speakers = [
                "governor": .person(country.person(&random, avoiding: &taken), title: "Governor", role: "the governor of \(region)"),
                "mayor": .person(country.person(&random, avoiding: &taken), title: "Mayor", role: "the mayor of \(city)"),
                "councillor": .person(
                    country.person(&random, avoiding: &taken), title: "Opposition councillor", role: "an opposition councillor in \(city)"),
                "agency": .organisation("the civil protection agency", short: "the agency"),
                "water": .organisation("the regional water authority", short: "the water authority"),
            ]
            return cast
        })

    static let outbreak = StoryKind(
        name: "outbreak",
        headline: "{Disease} outbreak spreads in {region}",
        facts: [
            FactTemplate(
                role: .headlineNumber, speaker: nil,
                clause:
                    "[{#cases} cases of {disease} have been confirmed in {region} since {startMonth}|Health officials have recorded {#cases} cases of {disease} in {region} since {startMonth}|Since {startMonth}, {#cases} cases of {disease} have been confirmed in {region}]",
                number: "cases"),
            FactTemplate(
                role: .otherNumber, speaker: nil,
                clause:
                    "[A further {#suspected} suspected cases are being investigated|Another {#suspected} suspected cases are being tested|Health workers are testing {#suspected} more suspected cases]",
                number: "suspected"),
            FactTemplate(
                role: .dated, speaker: nil,
                clause:
                    "[The first case was reported {when}|The first case of the outbreak was confirmed {when}|The outbreak began {when}, when the first case was reported]",
                days: -60...(-20), dateOnly: true),
            FactTemplate(
                role: .polar, speaker: "officer",
                clause: "the outbreak had been [contained|brought under control]",
                negated: "the outbreak had not been contained",
                antonym: "the outbreak was still [spreading|growing]"),
            FactTemplate(
                role: .contested, speaker: "doctors", clause: "vaccine supplies had run out in [{region}|parts of {region}]", other: "ministry"),
            FactTemplate(
                role: .quote, speaker: "officer", clause: "",
                quote: "Vaccination [remains|is still] the best protection against {disease}, and it is not too late to get vaccinated",
                reported: "vaccination remained the best protection against {disease}",
                partial: "{speaker} said vaccination was still “the best protection against {disease}”", other: "minister"),
            FactTemplate(
                role: .earlierEvent, speaker: nil, clause: "{region} recorded {#prevCases} cases of {disease} in {prevYear}", number: "prevCases"),
        ],
        background: [
            "Health workers have set up vaccination points in schools and markets.",
            "Officials urged parents to check their children's vaccination records.",
        ],
        cast: { random, country, day in
            var cast = StoryCast(), taken: [String] = []
            let region = random.pick(country.regions), disease = random.pick(["measles", "cholera", "dengue", "mpox"])
            cast.values = [
                "region": region, "disease": disease, "Disease": disease.capitalisedFirst,
                "startMonth": (day + -random.int(in: 70...120)).monthName, "prevYear": "\(random.int(in: 2015...2023))",
            ]
            cast.numbers = ["cases": random.int(in: 40...900), "suspected": random.int(in: 12...150)]
            cast.numbers["prevCases"] = differentNumber(from: cast.numbers["cases"]!, in: 10...400, &random)
            cast.speakers = [
                "officer": .person(
                    country.person(&random, avoiding: &taken), title: "Chief medical officer", role: "the chief medical officer of \(region)"),
                "minister": .person(
                    country.person(&random, avoiding: &taken), title: "Health Minister", role: "\(country.adjective) health minister"),
                "doctors": .organisation("the regional doctors' association", short: "the association"),
                "ministry": .organisation("the health ministry", short: "the ministry"),
            ]
            return cast
        })

    static let droneStrike = StoryKind(
        name: "drone strike",
        headline: "Russian drones strike {city}",
        facts: [
            FactTemplate(
                role: .headlineNumber, speaker: "airforce", clause: "Russia had launched {#launched} drones at Ukraine overnight", number: "launched"),
            FactTemplate(
                role: .otherNumber, speaker: "airforce", clause: "{#downed} drones had been shot down [overnight|by air defences]", number: "downed"),
            FactTemplate(
                role: .dated, speaker: nil,
                clause: "[Russian drones struck {city} {when}|Russian drones hit {city} {when}|{city} came under Russian drone attack {when}]",
                days: -1...0),
            FactTemplate(
                role: .polar, speaker: "energy",
                clause: "the power plant in {city} had been hit", negated: "the power plant in {city} had not been hit",
                antonym: "the power plant in {city} had been [spared|left undamaged]"),
            FactTemplate(
                role: .contested, speaker: "mayor", clause: "Russian forces had [targeted|deliberately targeted] residential buildings in {city}",
                other: "moscow"),
            FactTemplate(
                role: .quote, speaker: "mayor", clause: "",
                quote: "This was a deliberate attack on [sleeping families|families asleep in their homes]",
                reported: "the strike had been a deliberate attack on sleeping families",
                partial: "{speaker} called the strike “a deliberate attack on sleeping families”", other: "governor"),
            FactTemplate(
                role: .earlierEvent, speaker: nil, clause: "Russia launched {#prevLaunched} drones at Ukraine in a single night in {prevMonth}",
                number: "prevLaunched"),
        ],
        background: [
            "Air raid sirens sounded across the region for several hours.", "Emergency crews worked to put out fires in several districts.",
        ],
        cast: { random, _, day in
            let country = Country.ukraine
            var cast = StoryCast(), taken: [String] = []
            let index = random.below(country.cities.count), city = country.cities[index], region = country.regions[index]
            cast.values = ["city": city, "region": region, "prevMonth": (day + -random.int(in: 35...90)).monthName]
            let launched = random.int(in: 60...320)
            cast.numbers = ["launched": launched, "downed": launched * random.int(in: 55...90) / 100]
            cast.numbers["prevLaunched"] = differentNumber(from: launched, in: 80...480, &random)
            cast.speakers = [
                "mayor": .person(country.person(&random, avoiding: &taken), title: "Mayor", role: "the mayor of \(city)"),
                "governor": .person(country.person(&random, avoiding: &taken), title: "Governor", role: "the governor of the \(region) region"),
                "airforce": .organisation("Ukraine's air force", short: "the air force"),
                "energy": .organisation("the energy ministry", short: "the ministry"),
                "moscow": .organisation("Russia's defence ministry", short: "Moscow"),
            ]
            return cast
        })
}

/// A number in `range` at least 20 % away from `value`, so that it cannot pass for the same figure.
func differentNumber(from value: Int, in range: ClosedRange<Int>, _ random: inout SeededGenerator) -> Int {
    for _ in 0..<50 {
        let candidate = random.int(in: range)
        if abs(candidate - value) * 5 >= value { return candidate }
    }
    return value * 2 + 1
}
