/// An article's plain text with its page furniture taken out.
public struct CleanedText: Sendable, Equatable {
    /// The article's lines in their order. Where lines were removed there is one blank line, so
    /// that what stood on either side does not run together into one sentence.
    public var kept: String
    /// The removed lines in input order, each with why it was removed.
    public var removed: [RemovedLine]

    /// - Parameters:
    ///   - kept: the article text without its furniture lines.
    ///   - removed: the furniture lines, in input order.
    public init(kept: String, removed: [RemovedLine]) {
        self.kept = kept
        self.removed = removed
    }
}

/// Finds the page furniture scrapers leave in an article's plain text (navigation, captions,
/// bylines, advertisement markers, related links, link lists, editorial footers) by what the lines
/// look like and where they stand, never by a list of known strings.
///
/// Each line is judged first by itself (`LineRules`), then among its neighbours: a line seen before
/// is a repeated block; the name next to an e-mail byline is part of it; runs of bullets and
/// headline-style lines are link lists; and whatever follows the last sentence of running text, or a
/// link list after which little running text comes, is after the article's end. Lines that end
/// without terminal punctuation but are not furniture (a headline, a subhead) are kept.
public enum Boilerplate {
    /// Removes the furniture lines from `text`. Pure, no I/O.
    public static func clean(_ text: String) -> CleanedText {
        let rawLines = TextLine.rawLines(of: text)
        let lines = TextLine.lines(of: rawLines)
        var reasons: [FurnitureReason?] = lines.map { $0.isBlank ? nil : LineRules.reason(for: $0) }
        markBylineNames(lines, &reasons)
        markRepeats(lines, &reasons)
        let linkLists = linkListRuns(lines, reasons)
        for run in linkLists {
            for i in run where reasons[i] == nil && !lines[i].isBlank { reasons[i] = .linkList }
        }
        markArticleEnd(lines, &reasons, linkLists: linkLists)
        return assemble(rawLines, lines: lines, reasons: reasons)
    }

    /// A name line right above or below an e-mail byline ("Daniel Kim" over "content@...").
    static func markBylineNames(_ lines: [TextLine], _ reasons: inout [FurnitureReason?]) {
        for i in lines.indices where reasons[i] == .byline {
            for j in [neighbour(of: i, step: -1, in: lines), neighbour(of: i, step: 1, in: lines)] {
                guard let j, reasons[j] == nil || reasons[j] == .label, LineRules.isName(lines[j]) else { continue }
                reasons[j] = .byline
            }
        }
    }

    /// The nearest non-blank line before (`step` -1) or after (`step` 1) line `i`.
    static func neighbour(of i: Int, step: Int, in lines: [TextLine]) -> Int? {
        var j = i + step
        while lines.indices.contains(j), lines[j].isBlank { j += step }
        return lines.indices.contains(j) ? j : nil
    }

    /// A line that already appeared (same letters and digits) is a repeated block. The first copy of
    /// running text stays; the first copy of anything else goes too (no claim is lost: claims are
    /// sentences). A line repeated right below itself (alt text over a caption) is a caption.
    static func markRepeats(_ lines: [TextLine], _ reasons: inout [FurnitureReason?]) {
        var firstSeen: [String: Int] = [:]
        for (i, line) in lines.enumerated() where !line.key.isEmpty {
            guard let first = firstSeen[line.key] else {
                firstSeen[line.key] = i
                continue
            }
            let adjacent = neighbour(of: i, step: -1, in: lines).map { lines[$0].key == line.key } ?? false
            let reason: FurnitureReason = reasons[first] == .caption || (adjacent && !line.isProse) ? .caption : .repeatedBlock
            if reasons[i] == nil { reasons[i] = reason }
            if reasons[first] == nil, !line.isProse { reasons[first] = reason }
        }
    }

    /// Runs of list-like lines (bullets, headline-style lines, short labels; blank lines and lines
    /// already removed do not break a run) that hold at least two bullet items without running text,
    /// or at least three headlines.
    static func linkListRuns(_ lines: [TextLine], _ reasons: [FurnitureReason?]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start: Int?, last = 0, bullets = 0, headlines = 0
        func closeRun() {
            if let start, bullets >= 2 || headlines >= 3 { runs.append(start...last) }
            (start, bullets, headlines) = (nil, 0, 0)
        }
        for (i, line) in lines.enumerated() where !line.isBlank {
            guard line.isBulleted || line.isHeadlineLike || line.isShortLabel || reasons[i] != nil else {
                closeRun()
                continue
            }
            if start == nil { start = i }
            last = i
            if line.isBulleted && !line.isProse {
                bullets += 1
            } else if line.isHeadlineLike {
                headlines += 1
            }
        }
        closeRun()
        return runs
    }

    /// The article ends with its last line of running text, or at a link list after which there is
    /// less than a quarter as much running text as before it. Later lines are removed; editorial
    /// footers count only there, and earlier ones are kept.
    static func markArticleEnd(_ lines: [TextLine], _ reasons: inout [FurnitureReason?], linkLists: [ClosedRange<Int>]) {
        let body = lines.indices.filter { reasons[$0] == nil && lines[$0].isProse }
        guard let first = body.first, var end = body.last else { return }
        for run in linkLists where run.lowerBound > first {
            let before = body.filter { $0 < run.lowerBound }.reduce(0) { $0 + lines[$1].wordCount }
            let after = body.filter { $0 > run.upperBound }.reduce(0) { $0 + lines[$1].wordCount }
            if after * 4 < before {
                end = run.lowerBound - 1
                break
            }
        }
        for i in lines.indices where !lines[i].isBlank {
            if i <= end, reasons[i] == .editorialFooter { reasons[i] = nil }
            if i > end, reasons[i] == nil { reasons[i] = .afterEnd }
        }
    }

    /// The kept lines as written (white space at their ends trimmed), one blank line where any were
    /// removed or blank, none at the start or end; and the removed lines.
    static func assemble(_ rawLines: [Substring], lines: [TextLine], reasons: [FurnitureReason?]) -> CleanedText {
        var kept: [Substring] = []
        var removed: [RemovedLine] = []
        var gap = false
        for (i, raw) in rawLines.enumerated() {
            if let reason = reasons[i] {
                removed.append(RemovedLine(line: lines[i].number, text: lines[i].text, reason: reason.rawValue))
            }
            guard reasons[i] == nil, !lines[i].isBlank else {
                gap = !kept.isEmpty
                continue
            }
            if gap { kept.append("") }
            gap = false
            kept.append(trimmingTrailingWhiteSpace(raw))
        }
        return CleanedText(kept: kept.joined(separator: "\n"), removed: removed)
    }

    static func trimmingTrailingWhiteSpace(_ line: Substring) -> Substring {
        let scalars = line.unicodeScalars
        guard let last = scalars.lastIndex(where: { !SentenceSplitter.isSpace($0) }) else { return "" }
        return Substring(scalars[...last])
    }
}
