import Knowledge
import Testing

/// A knowledge-base folder's `sha256sum` listing against its release's manifest.
@Suite struct KnowledgeBaseManifestTests {
    @Test func theSameListingMatches() {
        #expect(KnowledgeBaseManifest(recorded: ["aa  genes.tsv", "bb  rules.tsv"], present: ["bb  rules.tsv", "aa  genes.tsv"]) == .matches)
    }

    @Test func changedMissingAndUnlistedFilesAreEachNamed() {
        let manifest = KnowledgeBaseManifest(
            recorded: ["aa  genes.tsv", "bb  rules.tsv", "cc  VERSION"],
            present: ["aa  genes.tsv", "xx  rules.tsv", "dd  extra.tsv"])
        #expect(manifest == .modified(changed: ["rules.tsv"], missing: ["VERSION"], unlisted: ["extra.tsv"]))
        #expect(manifest.description == "MODIFIED since its release: changed rules.tsv; missing VERSION; not in the manifest extra.tsv")
    }
}
