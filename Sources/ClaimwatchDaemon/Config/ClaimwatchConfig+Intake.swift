import ClaimwatchCore
import Foundation
import Logging

extension ClaimwatchConfig {
    /// The intake reader this configuration describes: outlet aliases and the suffix list.
    public func articleReader(logger: Logger) -> ArticleReader {
        ArticleReader(outlets: OutletResolver(aliases: outletAliases, suffixes: loadPublicSuffixList(logger: logger)))
    }

    /// The Public Suffix List from `intake.public_suffix_list`, or a small built-in list (with a
    /// warning) when the file cannot be read.
    func loadPublicSuffixList(logger: Logger) -> PublicSuffixList {
        guard let data = FileManager.default.contents(atPath: publicSuffixList) else {
            logger.warning(
                "cannot read the Public Suffix List at \(publicSuffixList) (intake.public_suffix_list); using a built-in list of common suffixes. Install the 'publicsuffix' package."
            )
            return .fallback
        }
        return PublicSuffixList(listText: String(decoding: data, as: UTF8.self))
    }
}
