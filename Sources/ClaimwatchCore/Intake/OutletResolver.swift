/// Picks an article's outlet: the file's own metadata, then the URL's host, then the outlet subfolder.
public enum OutletResolver {
    public static func resolve(
        metadata: String?, metadataSource: OutletSource, url: String?, subfolder: String?
    ) -> (name: String, source: OutletSource) {
        if let metadata, !metadata.isEmpty { return (metadata, metadataSource) }
        if let url, let host = host(of: url) { return (host, .urlHost) }
        if let subfolder, !subfolder.isEmpty { return (subfolder, .subfolder) }
        return ("unknown", .unknown)
    }

    /// The host of an http(s) URL, lower-cased and without a leading `www.`.
    public static func host(of url: String) -> String? {
        var rest = url.trimmingCharacters()[...]
        guard let scheme = rest.range(of: "://") else { return nil }
        rest = rest[scheme.upperBound...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var host = rest[..<end]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        var name = host.lowercased()
        if name.hasPrefix("www.") { name.removeFirst(4) }
        return name.isEmpty ? nil : name
    }
}
