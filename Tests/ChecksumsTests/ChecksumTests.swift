import Checksums
import Foundation
import HemimatchTestSupport
import Testing

/// SHA-256 of an input file, as `sha256sum` prints it; streams that cannot be read twice are not hashed.
@Suite struct ChecksumTests {
    @Test func aFileHasSha256sumsDigest() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("abc.txt", Data("abc".utf8))
        #expect(try Checksum.sha256(of: path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try Checksum.Pending(path: path).value() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Standard input, a FIFO or a folder cannot be read twice (once to match, once to hash): no digest.
    @Test func whatIsNotARegularFileIsNotHashed() throws {
        let folder = try TemporaryDirectory()
        #expect(try Checksum.sha256(of: "-") == nil)
        #expect(try Checksum.sha256(of: folder.path("")) == nil)
    }

    /// What is read through an index is hashed as the index's bytes, then the records' bytes, in order.
    @Test func theRegionChecksumHashesTheIndexThenTheRecords() throws {
        let folder = try TemporaryDirectory()
        let index = try folder.write("calls.vcf.gz.tbi", Data("ab".utf8))
        let checksum = try Checksum.OfRegions(index: index)
        Data("c".utf8).withUnsafeBytes { checksum.update($0) }
        #expect(checksum.value == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(checksum.description == "the index \(index) and the records of the panel regions read through it")
    }
}
