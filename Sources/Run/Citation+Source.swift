import Knowledge
import Profile

extension Citation {
    /// A knowledge-base source as a report cites it: the one conversion between the two modules'
    /// types (`Profile` is a leaf and cannot know `Knowledge`).
    init(_ source: Source) {
        self.init(id: source.id, citation: source.citation, url: source.url)
    }
}
