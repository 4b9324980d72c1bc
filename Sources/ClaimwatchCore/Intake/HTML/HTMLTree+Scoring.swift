/// Choosing the article's container, readability-style: every paragraph scores its parent (in
/// full), grandparent (half) and great-grandparent (a sixth) by its length and commas; a container's
/// score is then discounted by its link density. The best container, or a higher ancestor almost as
/// good, wins, together with the siblings that look like they continue it.
extension HTMLTree {
    /// The elements whose text is the article, in document order.
    mutating func contentRoots() -> [Int] {
        if let bodies = articleBodyRoots() { return bodies }
        scoreParagraphs()
        var best = -1
        for i in nodes.indices where nodes[i].isCandidate && !nodes[i].removed {
            nodes[i].score *= 1 - nodes[i].linkDensity
            if best < 0 || nodes[i].score > nodes[best].score { best = i }
        }
        guard best >= 0 else { return nodes.isEmpty ? [] : [0] }
        best = commonAncestor(of: best)
        best = climb(from: best)
        return withSiblings(best)
    }

    /// `itemprop="articleBody"` elements, when they hold real text: all of them (some pages split
    /// the body around ads), outermost only.
    private func articleBodyRoots() -> [Int]? {
        var roots: [Int] = []
        var total: Int32 = 0
        for index in articleBodies.map(Int.init) {
            if let last = roots.last, index < Int(nodes[last].end) { continue }  // nested in the previous one
            roots.append(index)
            total += nodes[index].text
        }
        return total >= 250 ? roots : nil
    }

    private mutating func scoreParagraphs() {
        for i in nodes.indices where !nodes[i].removed {
            let stats = nodes[i]
            var text = stats.text, commas = stats.commas
            var ancestor = Int(stats.parent)
            switch stats.tag {
            case .p, .pre, .cell, .blockquote:
                break
            case .div, .li, .dlItem, .article, .main, .body, .list, .table, .tr:
                // Prose directly inside (readability wraps it in a paragraph of its own).
                text = stats.inlineText; commas = stats.inlineCommas; ancestor = i
            default:
                continue
            }
            guard text >= 25 else { continue }
            let score = 1 + Float(commas) + min(Float(text / 100), 3)
            var level = 0
            while ancestor >= 0, level < 3 {
                if !nodes[ancestor].isCandidate { initialise(ancestor) }
                nodes[ancestor].score += score / (level == 0 ? 1 : level == 1 ? 2 : Float(level * 3))
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
    }

    private mutating func initialise(_ index: Int) {
        var score: Float
        switch nodes[index].tag {
        case .div, .article, .main: score = 5
        case .pre, .cell, .blockquote: score = 3
        case .list, .li, .dlItem: score = -3
        case .h1, .heading: score = -5
        default: score = 0
        }
        switch nodes[index].verdict {
        case .positive: score += 25 * min(1, Float(nodes[index].text) / 500)  // a name alone makes no article
        case .weak: score -= 25
        default: break
        }
        nodes[index].score = score
        nodes[index].isCandidate = true
    }

    /// When three other candidates of the top five score at least 3/4 of the best, the closest
    /// ancestor holding three of them (an article split in several blocks).
    private func commonAncestor(of best: Int) -> Int {
        var top: [Int] = []
        for i in nodes.indices where nodes[i].isCandidate && !nodes[i].removed && i != best {
            top.append(i)
            if top.count > 5 { top.sort { nodes[$0].score > nodes[$1].score }; top.removeLast() }
        }
        let alternatives = top.filter { nodes[$0].score >= nodes[best].score * 0.75 }
        guard alternatives.count >= 3 else { return best }
        var parent = Int(nodes[best].parent)
        while parent >= 0, nodes[parent].tag != .body {
            let end = Int(nodes[parent].end)
            if alternatives.filter({ $0 > parent && $0 < end }).count >= 3 { return parent }
            parent = Int(nodes[parent].parent)
        }
        return best
    }

    /// Moves up to an ancestor whose score is at least the best's, while ancestors keep a third of it;
    /// then past ancestors that contain nothing else.
    private func climb(from start: Int) -> Int {
        var best = start
        var lastScore = nodes[best].score
        let threshold = lastScore / 3
        var parent = Int(nodes[best].parent)
        while parent >= 0, nodes[parent].tag != .body {
            if nodes[parent].isCandidate {
                if nodes[parent].score < threshold { break }
                if nodes[parent].score > lastScore { best = parent; break }
                lastScore = nodes[parent].score
            }
            parent = Int(nodes[parent].parent)
        }
        while true {
            let parent = Int(nodes[best].parent)
            guard parent >= 0, nodes[parent].tag != .body, nodes[parent].text == nodes[best].text else { break }
            best = parent
        }
        return best
    }

    /// The best container and its siblings that score well or are plain paragraphs of prose.
    private func withSiblings(_ best: Int) -> [Int] {
        let parent = Int(nodes[best].parent)
        guard parent >= 0 else { return [best] }
        let threshold = max(10, nodes[best].score * 0.2)
        var result: [Int] = []
        var sibling = parent + 1
        while sibling < Int(nodes[parent].end) {
            let stats = nodes[sibling]
            defer { sibling = Int(stats.end) }
            if stats.removed { continue }
            if sibling == best { result.append(sibling); continue }
            if stats.isCandidate, stats.score >= threshold { result.append(sibling); continue }
            if stats.tag == .p {
                let density = stats.linkDensity
                if stats.text > 80, density < 0.25 { result.append(sibling) }
            }
        }
        return result
    }
}
