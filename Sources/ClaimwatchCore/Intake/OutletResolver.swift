/// Picks an article's outlet, in this order: the file's own metadata, the HTML page's metadata,
/// the URL's registrable domain, the outlet subfolder, and otherwise `unknown`. Configured aliases
/// then map several names to one outlet ("wionews.com" and "WION News" → "WION").
public struct OutletResolver: Sendable {
    /// Alias → outlet, keys lower-cased.
    public var aliases: [String: String]
    public var suffixes: PublicSuffixList

    public init(aliases: [String: String] = [:], suffixes: PublicSuffixList = .fallback) {
        self.aliases = Dictionary(aliases.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.suffixes = suffixes
    }

    /// Names are taken without invisible characters (`InvisibleControls`): a name that is only
    /// those counts as no name.
    public func resolve(metadata: String?, html: String?, url: String?, subfolder: String?) -> (name: String, source: OutletSource) {
        let metadata = metadata.map(InvisibleControls.removing), html = html.map(InvisibleControls.removing)
        let subfolder = subfolder.map(InvisibleControls.removing)
        let (name, source): (String, OutletSource) = {
            if let metadata, !metadata.isEmpty { return (metadata, .metadata) }
            if let html, !html.isEmpty { return (html, .html) }
            if let url, let host = Self.host(of: InvisibleControls.removing(from: url)) { return (suffixes.registrableDomain(host), .urlHost) }
            if let subfolder, !subfolder.isEmpty { return (subfolder, .subfolder) }
            return ("unknown", .unknown)
        }()
        return (aliases[name.lowercased()] ?? name, source)
    }

    /// The host of an http(s) URL, lower-cased, without port or user.
    public static func host(of url: String) -> String? {
        var rest = url.trimmingCharacters()[...]
        guard let scheme = rest.range(of: "://") else { return nil }
        rest = rest[scheme.upperBound...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var host = rest[..<end]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        let name = host.lowercased()
        return name.isEmpty ? nil : name
    }
}
