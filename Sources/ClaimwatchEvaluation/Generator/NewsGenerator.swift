/// Generates news articles across outlets and stories, with planted repeats, contradictions and
/// look-alikes between them, and the labelled pairs that say which is which. Deterministic: the
/// same seed and sizes give the same articles and pairs, and N+1 articles start with the N.
///
/// The first article of each story states every fact as the story has it. Each later article
/// (another day, a random outlet) states each fact faithfully in other words, alters it (a changed
/// number or day, a negation, an antonym, a denial by another speaker, the quote given to someone
/// else), qualifies its number, or leaves it out. Each fact it states is paired with the same fact
/// in an earlier article of another outlet; look-alikes pair different facts, and the same fact of
/// two different stories of one kind.
public struct NewsGenerator: Sendable {
    public let seed: UInt64
    public let outlets: [String]
    var random: SeededGenerator
    var stories: [Story] = []
    var articles: [ArticleRecord] = []
    var pairCount = 0

    /// A generator of articles by `outlets` outlets (at least 2) about `stories` stories (at least 1).
    public init(seed: UInt64, outlets: Int = 12, stories: Int = 24) {
        precondition(outlets >= 2 && stories >= 1)
        self.seed = seed
        self.outlets = outletNames(outlets)
        random = SeededGenerator(seed: seed)
        for index in 0..<stories {
            self.stories.append(Story(index: index, kind: StoryKind.all[index % StoryKind.all.count], random: &random))
        }
    }

    /// `articles` articles and the pairs planted between them.
    public static func corpus(seed: UInt64, articles: Int, outlets: Int = 12, stories: Int = 24) -> NewsCorpus {
        var generator = NewsGenerator(seed: seed, outlets: outlets, stories: stories)
        var corpus = NewsCorpus(articles: [], planted: [])
        for _ in 0..<articles {
            let (article, planted) = generator.next()
            corpus.articles.append(article)
            corpus.planted += planted
        }
        return corpus
    }

    /// The first `count` planted pairs (articles are generated until there are enough).
    public static func pairs(seed: UInt64, count: Int, outlets: Int = 12, stories: Int = 24) -> [LabelledPair] {
        var generator = NewsGenerator(seed: seed, outlets: outlets, stories: stories)
        var pairs: [LabelledPair] = []
        while pairs.count < count { pairs += generator.next().pairs.map(\.pair) }
        return Array(pairs.prefix(count))
    }

    /// The next article and the pairs it plants with the articles before it.
    public mutating func next() -> (article: GeneratedArticle, pairs: [PlantedPair]) {
        let index = articles.count
        let isFirst = index < stories.count
        let story = stories[isFirst ? index : random.below(stories.count)]
        let published = story.day + (isFirst ? random.int(in: 0...1) : random.int(in: 2...4))
        let renderer = FactRenderer(story: story, published: published)
        var facts: [RenderedFact] = []
        for (i, fact) in story.kind.facts.enumerated() {
            guard let treatment = isFirst ? firstTreatment(fact) : laterTreatment(fact, value: fact.number.flatMap { story.cast.numbers[$0] })
            else { continue }
            facts.append(renderer.render(i, treatment, &random))
        }
        let record = ArticleRecord(
            article: assemble(index: index, story: story, published: published, facts: facts),
            story: story.index, publishedDay: published, facts: facts)
        let planted = isFirst ? [] : plant(record)
        articles.append(record)
        return (record.article, planted)
    }

    /// The first article of a story states every fact faithfully; half of them recall the earlier event.
    mutating func firstTreatment(_ fact: FactTemplate) -> Treatment? {
        fact.role == .earlierEvent && random.chance(0.5) ? nil : .faithful
    }

    /// What a later article does with a fact; nil leaves it out.
    mutating func laterTreatment(_ fact: FactTemplate, value: Int?) -> Treatment? {
        let options: [(Treatment?, Int)]
        switch fact.role {
        case .headlineNumber:
            let hedgeable = fact.steps == nil
            options = [
                (.faithful, 45), (.changedNumber, 25), (.compatible, hedgeable ? 12 : 0),
                (.rounded, hedgeable && value.map(FactRenderer.roundable) == true ? 8 : 0), (nil, 8),
            ]
        case .otherNumber: options = [(.faithful, 55), (.changedNumber, 25), (nil, 20)]
        case .dated: options = [(.faithful, 55), (.changedDate, 30), (nil, 15)]
        case .polar: options = [(.faithful, 50), (.negated, 20), (.antonym, 20), (nil, 10)]
        case .contested: options = [(.faithful, 55), (.denied, 35), (nil, 10)]
        case .quote: options = [(.faithful, 70), (.misattributed, 20), (nil, 10)]
        case .earlierEvent: options = [(.faithful, 40), (nil, 60)]
        }
        return options[random.weighted(options.map(\.1))].0
    }

    /// The article around its facts: the headline number first, the rest shuffled, and a
    /// background sentence or two, in paragraphs of one or two sentences.
    mutating func assemble(index: Int, story: Story, published: CalendarDay, facts: [RenderedFact]) -> GeneratedArticle {
        let lead = facts.filter { story.kind.facts[$0.fact].role == .headlineNumber }.map(\.text)
        var rest = random.shuffled(facts.filter { story.kind.facts[$0.fact].role != .headlineNumber }.map(\.text))
        for line in random.pick(random.int(in: 1...2), of: story.kind.background) {
            rest.insert(Template(line).render(story.cast.values, &random), at: random.int(in: 0...rest.count))
        }
        var paragraphs: [String] = lead
        var i = 0
        while i < rest.count {
            let take = random.chance(0.35) && i + 1 < rest.count ? 2 : 1
            paragraphs.append(rest[i..<(i + take)].joined(separator: " "))
            i += take
        }
        let outlet = random.pick(outlets)
        let title = Template(story.kind.headline).render(story.cast.values, &random)
        let url = "https://www.\(slug(outlet).filter { $0 != "-" }).com/\(slug(story.kind.name))/\(slug(title))-\(index)"
        return GeneratedArticle(
            index: index, story: story.index, storyKind: story.kind.name, outlet: outlet,
            published: published.iso, title: title, url: url, paragraphs: paragraphs)
    }
}

/// An article with what the generator knows about it.
struct ArticleRecord: Sendable {
    var article: GeneratedArticle
    var story: Int
    var publishedDay: CalendarDay
    var facts: [RenderedFact]
}
