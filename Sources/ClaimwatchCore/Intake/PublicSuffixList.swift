/// The Public Suffix List (publicsuffix.org), for registrable domains: `www.wionews.com` →
/// `wionews.com`, `news.bbc.co.uk` → `bbc.co.uk`. Parsed from the list's text; the daemon reads
/// Debian's copy (package `publicsuffix`).
public struct PublicSuffixList: Sendable {
    private var rules: Set<String> = []
    private var wildcards: Set<String> = []
    private var exceptions: Set<String> = []

    /// A small built-in list for when the full one is not installed: generic TLDs are handled by
    /// the default rule; these are common two-label suffixes of news outlets' countries.
    public static let fallback = PublicSuffixList(
        listText: """
            co.uk\norg.uk\nac.uk\ngov.uk\nme.uk\ncom.au\nnet.au\norg.au\nco.nz\nco.jp\nne.jp\nco.in\nco.kr\n
            com.br\ncom.cn\ncom.hk\ncom.sg\ncom.tr\ncom.mx\ncom.ar\nco.za\ncom.ua\nin.ua\ncom.pk\ncom.ng\nco.il\ncom.tw
            """)

    public init(listText: String) {
        for rawLine in LineEndings.split(listText) {
            let line = rawLine.trimmingCharacters()
            guard !line.isEmpty, !line.hasPrefix("//") else { continue }
            let rule = String(line.prefix { !$0.isWhitespace }).lowercased()
            if rule.hasPrefix("!") {
                exceptions.insert(String(rule.dropFirst()))
            } else if rule.hasPrefix("*.") {
                wildcards.insert(String(rule.dropFirst(2)))
            } else {
                rules.insert(rule)
            }
        }
    }

    /// The registrable domain of a host name: its public suffix plus one more label. A host that
    /// is itself a public suffix, or an IP address, is returned as it is.
    public func registrableDomain(_ host: String) -> String {
        let labels = host.lowercased().split(separator: ".").map(String.init)
        guard labels.count > 1, !labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return host.lowercased() }
        var suffixLength = 1  // the default rule "*": the last label
        for start in 0..<labels.count {
            let candidate = labels[start...].joined(separator: ".")
            let length = labels.count - start
            if exceptions.contains(candidate) { suffixLength = length - 1; break }
            if rules.contains(candidate) { suffixLength = max(suffixLength, length); break }
            if start + 1 < labels.count, wildcards.contains(labels[(start + 1)...].joined(separator: ".")) {
                suffixLength = max(suffixLength, length)
                break
            }
        }
        guard suffixLength < labels.count else { return host.lowercased() }
        return labels[(labels.count - suffixLength - 1)...].joined(separator: ".")
    }
}
