public enum Stopwords {
    /// Function words that carry no topic. Negations are kept out of this list on purpose.
    public static let english: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "of", "in", "on", "at", "to", "for",
        "from", "by", "with", "about", "as", "into", "over", "after", "before", "during", "while", "since",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
        "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "this", "that", "these", "those", "it", "its", "they", "them", "their", "theirs", "he", "him", "his",
        "she", "her", "hers", "we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my", "mine",
        "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "there", "here",
        "so", "such", "also", "too", "very", "just", "only", "even", "both", "each", "any", "all", "some",
        "more", "most", "other", "another", "same", "own", "up", "down", "out", "off", "again", "further",
        "once", "said", "says", "say", "according", "s", "t", "into", "onto", "upon", "via", "per",
        "mr", "mrs", "ms", "dr", "one's", "yet", "still", "already", "now", "then",
    ]
}
