import HemimatchTestSupport
import Testing
import VariantIO

/// What `TestData/tumor_normal.grch38.vcf` holds, record by record, read with `TumorNormal.request`.
enum TumorNormal {
    static let request = FieldRequest(info: ["CSQ"], formatIntegers: ["AD", "DP"])

    static let krasIntronCSQ =
        "A|intron_variant|MODIFIER|KRAS|ENSG00000133703|Transcript|ENST00000311936.8|protein_coding|"
        + "ENST00000311936.8:c.112-30G>T||YES|NM_004985.5"
    static let krasG12DCSQ =
        "T|missense_variant|MODERATE|KRAS|ENSG00000133703|Transcript|ENST00000256078.10|protein_coding|"
        + "ENST00000256078.10:c.35G>A|ENSP00000256078.5:p.Gly12Asp||,"
        + "T|missense_variant|MODERATE|KRAS|ENSG00000133703|Transcript|ENST00000311936.8|protein_coding|"
        + "ENST00000311936.8:c.35G>A|ENSP00000308495.3:p.Gly12Asp|YES|NM_004985.5"
    static let flt3ITDCSQ =
        "GAAGTACTTCTCGAAATCCAT|inframe_insertion|MODERATE|FLT3|ENSG00000122025|Transcript|ENST00000241453.12|"
        + "protein_coding|ENST00000241453.12:c.1813_1814insATGGATTTCGAGAAGTACTTC|"
        + "ENSP00000241453.7:p.Phe604_Glu605insMetAspPheGluLysTyrPhe|YES|NM_004119.3"

    /// One sample's call with GT, AD and DP.
    static func call(_ genotype: [Int?], ad: [Int], dp: Int) -> SampleCall {
        SampleCall(genotype: genotype, integers: ["AD": ad, "DP": [dp]], floats: [:])
    }

    static func record(
        _ ordinal: Int, _ contig: String, _ position: Int, _ ref: String, _ alt: String, filter: String,
        csq: String? = nil, tumor: SampleCall, normal: SampleCall
    ) -> VariantRecord {
        VariantRecord(
            ordinal: ordinal, contig: contig, position: position, id: ".", ref: ref, alts: [alt],
            filters: [filter], info: csq.map { ["CSQ": $0] } ?? [:], samples: [tumor, normal])
    }

    static let records: [VariantRecord] = [
        record(
            1, "chr1", 114713909, "G", "T", filter: "LowQual",
            tumor: call([0, 1], ad: [30, 4], dp: 34), normal: call([0, 0], ad: [40, 0], dp: 40)),
        record(
            2, "chr9", 5078360, "A", "G", filter: "PASS",
            tumor: call([0, 1], ad: [60, 25], dp: 85), normal: call([0, 0], ad: [50, 0], dp: 50)),
        record(
            3, "chr12", 25245300, "G", "A", filter: "PASS", csq: krasIntronCSQ,
            tumor: call([0, 1], ad: [70, 30], dp: 100), normal: call([0, 0], ad: [55, 0], dp: 55)),
        record(
            4, "chr12", 25245350, "C", "T", filter: "PASS", csq: krasG12DCSQ,
            tumor: call([0, 1], ad: [52, 48], dp: 100), normal: call([0, 0], ad: [61, 0], dp: 61)),
        record(
            5, "chr13", 28034105, "A", "AGAAGTACTTCTCGAAATCCAT", filter: "PASS", csq: flt3ITDCSQ,
            tumor: call([0, 1], ad: [80, 20], dp: 100), normal: call([0, 0], ad: [45, 0], dp: 45)),
        record(
            6, "chr17", 7675088, "C", "T", filter: "PASS",
            tumor: call([0, 1], ad: [40, 38], dp: 78), normal: call([0, 0], ad: [60, 0], dp: 60)),
    ]
}

@Suite("VariantReader: records of the tumor/normal test file")
struct VariantReaderRecordTests {
    @Test("every record decodes to its contig, position, alleles, filters, CSQ text, genotypes, AD and DP")
    func readsEveryRecord() throws {
        let (_, records) = try readAll(Repository.tumorNormalVCF, request: TumorNormal.request)
        #expect(records.count == 6)
        for (got, expected) in zip(records, TumorNormal.records) {
            #expect(got == expected, "record \(expected.ordinal)")
        }
    }

    @Test("only the LowQual record fails `passes`")
    func passes() throws {
        let (_, records) = try readAll(Repository.tumorNormalVCF)
        #expect(records.map(\.passes) == [false, true, true, true, true, true])
        #expect(
            records.map(\.locus) == [
                "chr1:114713909", "chr9:5078360", "chr12:25245300", "chr12:25245350",
                "chr13:28034105", "chr17:7675088",
            ])
    }

    @Test("without a FieldRequest only GT is decoded and no INFO is copied")
    func defaultRequestDecodesGenotypeOnly() throws {
        let (_, records) = try readAll(Repository.tumorNormalVCF)
        try #require(records.count == 6)
        let fourth = records[3]
        #expect(fourth.info.isEmpty)
        #expect(
            fourth.samples == [
                SampleCall(genotype: [0, 1], integers: [:], floats: [:]),
                SampleCall(genotype: [0, 0], integers: [:], floats: [:]),
            ])
    }

    @Test("requested fields the header does not declare are left out")
    func undeclaredRequestedFields() throws {
        let request = FieldRequest(info: ["CSQ", "ANN"], formatIntegers: ["AD", "AU"], formatFloats: ["AF"])
        let (_, records) = try readAll(Repository.tumorNormalVCF, request: request)
        #expect(records.map { $0.info.byTag.keys.sorted() } == [[], [], ["CSQ"], ["CSQ"], ["CSQ"], []])
        #expect(records.allSatisfy { $0.samples.allSatisfy { $0.integers.byTag.keys.sorted() == ["AD"] && $0.floats.isEmpty } })
    }

    @Test("the predicate sees every record's contig and 1-based position, in file order")
    func predicateSeesLoci() throws {
        let reader = try VariantReader(path: Repository.tumorNormalVCF)
        var seen: [String] = []
        while try reader.next(where: { contig, position, _ in
            seen.append("\(contig):\(position)")
            return false
        }) != nil {}
        #expect(seen == TumorNormal.records.map(\.locus))
    }

    @Test("contigName maps htslib contig ids to the header's contig names")
    func contigNamesFromIDs() throws {
        let reader = try VariantReader(path: Repository.tumorNormalVCF)
        #expect((0..<5).map { reader.contigName(Int32($0)) } == ["chr1", "chr9", "chr12", "chr13", "chr17"])
    }
}

@Suite("VariantReader: next(where:) skips records the predicate rejects")
struct VariantReaderPredicateTests {
    @Test("keeping chr12 only returns the two KRAS records and still counts all six as read")
    func keepsOneContig() throws {
        let reader = try VariantReader(path: Repository.tumorNormalVCF, request: TumorNormal.request)
        var kept: [VariantRecord] = []
        var readCounts: [Int] = []
        while let record = try reader.next(where: { contig, _, _ in contig == "chr12" }) {
            kept.append(record)
            readCounts.append(reader.recordsRead)
        }
        #expect(kept == [TumorNormal.records[2], TumorNormal.records[3]])
        #expect(readCounts == [3, 4])
        #expect(reader.recordsRead == 6)
    }

    @Test("a predicate on position keeps exactly the records inside the window, with their file ordinals")
    func keepsPositionWindow() throws {
        let reader = try VariantReader(path: Repository.tumorNormalVCF)
        var kept: [VariantRecord] = []
        while let record = try reader.next(where: { _, position, _ in (20_000_000...30_000_000).contains(position) }) {
            kept.append(record)
        }
        #expect(kept.map(\.ordinal) == [3, 4, 5])
        #expect(kept.map(\.position) == [25245300, 25245350, 28034105])
        #expect(reader.recordsRead == 6)
    }

    @Test("a predicate that keeps nothing reads to the end and returns nil")
    func keepsNothing() throws {
        let reader = try VariantReader(path: Repository.tumorNormalVCF)
        #expect(try reader.next(where: { _, _, _ in false }) == nil)
        #expect(reader.recordsRead == 6)
        #expect(try reader.next(where: { _, _, _ in true }) == nil)
        #expect(reader.recordsRead == 6)
    }
}

@Suite("VariantReader: bgzipped VCF and BCF copies read back the same records")
struct VariantReaderCompressedTests {
    /// The compressed forms `bcftools view` writes.
    enum CopyFormat: String, CaseIterable, Sendable {
        case bgzippedVCF = "z"
        case bcf = "b"

        var fileName: String { self == .bcf ? "copy.bcf" : "copy.vcf.gz" }
    }

    @Test("bcftools copies decode to the records of the text file", arguments: CopyFormat.allCases, [1, 2])
    func copiesMatchText(format: CopyFormat, threads: Int) throws {
        let folder = try TemporaryDirectory()
        let copy = try bcftoolsCopy(of: Repository.tumorNormalVCF, format: format.rawValue, to: folder.path(format.fileName))
        let reader = try VariantReader(path: copy, threads: threads, request: TumorNormal.request)
        #expect(reader.isBCF == (format == .bcf))
        #expect(reader.header.samples == ["TUMOR", "NORMAL"])
        #expect(reader.header.metaValue("normal_sample") == "NORMAL")
        #expect(reader.header.contigs.map(\.length) == [248956422, 138394717, 133275309, 114364328, 83257441])
        var records: [VariantRecord] = []
        while let record = try reader.next(where: { _, _, _ in true }) { records.append(record) }
        #expect(records == TumorNormal.records)
        #expect(reader.recordsRead == 6)
    }

    @Test("the text file is not BCF")
    func textIsNotBCF() throws {
        #expect(try VariantReader(path: Repository.tumorNormalVCF).isBCF == false)
    }

    @Test("20,000 records read back from a bgzipped file with two threads, in order")
    func manyRecordsWithThreads() throws {
        let folder = try TemporaryDirectory()
        let text = try folder.write("many.vcf", SyntheticVCF.text(samples: ["S1"], records: SyntheticVCF.manyRecords(20_000)))
        let copy = try bcftoolsCopy(of: text, format: "z", to: folder.path("many.vcf.gz"))
        let (_, records) = try readAll(copy, threads: 2, request: FieldRequest(info: ["DP"], formatIntegers: ["AD"]))
        #expect(records.count == 20_000)
        #expect(records.map(\.ordinal) == Array(1...20_000))
        #expect(records.last?.position == 1000 + 10 * 19_999)
        #expect(records.last?.id == "rs19999")
        #expect(records.last?.info == ["DP": String(20 + 19_999 % 97)])
        #expect(records.last?.samples.first?.integers == ["AD": [19_999 % 53, 19_999 % 31]])
    }

    /// Lines of every length, some longer than a BGZF block (64 KiB), so that lines cross blocks,
    /// read from htslib's blocks in place with 1, 2 and 4 decompression threads: the same records,
    /// kept and dropped alike, and the same count of records read.
    @Test("lines across BGZF blocks read alike with 1, 2 and 4 threads")
    func linesAcrossBlocksWithThreads() throws {
        let folder = try TemporaryDirectory()
        let records = SyntheticVCF.manyRecords(1_000).enumerated().map { index, columns in
            var columns = columns
            columns[2] += String(repeating: "x", count: index % 10 == 0 ? 70_000 + index : index % 400)
            return columns
        }
        let text = try folder.write("long.vcf", SyntheticVCF.text(samples: ["S1"], records: records))
        let copy = try bcftoolsCopy(of: text, format: "z", to: folder.path("long.vcf.gz"))
        var kept: [[VariantRecord]] = []
        for threads in [1, 2, 4] {
            let reader = try VariantReader(path: copy, threads: threads, request: FieldRequest(info: ["DP"], formatIntegers: ["AD"]))
            var found: [VariantRecord] = []
            while let record = try reader.next(where: { _, position, _ in (position / 10) % 7 == 0 }) { found.append(record) }
            #expect(reader.recordsRead == 1_000, "\(threads) threads")
            kept.append(found)
        }
        #expect(kept[0].count == 143)
        #expect(kept[0].map(\.position) == (0..<1_000).filter { (100 + $0) % 7 == 0 }.map { 1000 + 10 * $0 })
        #expect(
            kept[0].map(\.id)
                == kept[0].map { record in
                    let index = (record.position - 1000) / 10
                    return "rs\(index)" + String(repeating: "x", count: index % 10 == 0 ? 70_000 + index : index % 400)
                })
        #expect(kept[1] == kept[0])
        #expect(kept[2] == kept[0])
    }
}

@Suite("VariantReader: field decoding on small synthetic files")
struct VariantReaderFieldTests {
    @Test("a sites-only VCF reads with no samples and records without calls")
    func sitesOnly() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "sites.vcf",
            SyntheticVCF.text(
                samples: [],
                records: [
                    ["chr1", "100", "rs1", "A", "G", "50", "PASS", "DP=12"],
                    ["chr1", "200", ".", "C", "T,G", ".", ".", "."],
                ]))
        let (header, records) = try readAll(path, request: FieldRequest(info: ["DP"], formatIntegers: ["AD"]))
        #expect(header.samples.isEmpty)
        #expect(
            records == [
                VariantRecord(
                    ordinal: 1, contig: "chr1", position: 100, id: "rs1", ref: "A", alts: ["G"], filters: ["PASS"],
                    info: ["DP": "12"], samples: []),
                VariantRecord(
                    ordinal: 2, contig: "chr1", position: 200, id: ".", ref: "C", alts: ["T", "G"], filters: [],
                    info: [:], samples: []),
            ])
        #expect(records.map(\.passes) == [true, true])
    }

    @Test("INFO integers, floats and flags come back as text; FILTER lists keep every value")
    func infoTypesAndFilters() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "info.vcf",
            SyntheticVCF.text(
                samples: [],
                records: [
                    ["chr1", "100", ".", "A", "G,T", ".", "q10;s50", "DP=7;AF=0.5,0.25;SOMATIC"],
                    ["chr1", "101", ".", "A", ".", ".", "PASS", "DP=3"],
                ]))
        let (_, records) = try readAll(path, request: FieldRequest(info: ["DP", "AF", "SOMATIC"]))
        #expect(records.count == 2)
        #expect(records.first?.info == ["DP": "7", "AF": "0.5,0.25", "SOMATIC": "1"])
        #expect(records.first?.filters == ["q10", "s50"])
        #expect(records.first?.passes == false)
        // A `.` ALT is no allele at all; an absent flag is no entry.
        #expect(records.last?.alts == [])
        #expect(records.last?.info == ["DP": "3"])
    }

    @Test("missing genotype alleles are nil; missing AD/DP/AF values are dropped; float FORMAT fields decode")
    func missingSampleValues() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "calls.vcf",
            SyntheticVCF.text(
                samples: ["T", "N"],
                records: [
                    ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT:AD:DP:AF", "0|1:12,4:16:0.25", "./.:.:.:."],
                    ["chr1", "200", ".", "A", "G", ".", "PASS", ".", "GT", "1", "0/."],
                ]))
        let (_, records) = try readAll(path, request: FieldRequest(formatIntegers: ["AD", "DP"], formatFloats: ["AF"]))
        #expect(records.count == 2)
        #expect(
            records.first?.samples.first
                == SampleCall(
                    genotype: [0, 1], integers: ["AD": [12, 4], "DP": [16]],
                    floats: ["AF": [0.25]]))
        #expect(records.first?.samples.last?.genotype == [nil, nil])
        #expect(records.first?.samples.last?.floats == [:])
        #expect(records.last?.samples.map(\.genotype) == [[1], [0, nil]])
    }

    @Test("only requested fields are decoded, DP in each of its roles, and a tag htslib first meets mid-file is learnt")
    func requestedFieldsByHeaderID() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "fields.vcf",
            SyntheticVCF.text(
                samples: ["T"],
                records: [
                    ["chr1", "100", ".", "A", "G", ".", "PASS", "DP=7;AF=0.5;SOMATIC", "GT:AD:DP:AF", "0/1:12,4:16:0.25"],
                    ["chr1", "200", ".", "A", "G", ".", "PASS", "NEWTAG=abc;DP=9", "GT:DP", "0/1:20"],
                ]))
        let (_, records) = try readAll(path, request: FieldRequest(info: ["DP", "NEWTAG", "SOMATIC"], formatIntegers: ["DP"]))
        #expect(records.map(\.info) == [["DP": "7", "SOMATIC": "1"], ["NEWTAG": "abc", "DP": "9"]])
        #expect(records.map { $0.samples.map(\.integers) } == [[["DP": [16]]], [["DP": [20]]]])
        #expect(records.map { $0.samples.map(\.floats) } == [[[:]], [[:]]])
    }

    // AD=10,.,5 decodes to [10, 5], so the second ALT's reads sit at the first ALT's index.
    @Test
    func partlyMissingADKeepsAllelePositions() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "ad.vcf",
            SyntheticVCF.text(
                samples: ["T"],
                records: [
                    ["chr1", "100", ".", "A", "G,T", ".", "PASS", ".", "GT:AD", "0/2:10,.,5"]
                ]))
        let (_, records) = try readAll(path, request: FieldRequest(formatIntegers: ["AD"]))
        let ad = records.first?.samples.first?.integers["AD"]
        // The unusable vector is left out (never [10, 5], which would credit the second ALT's reads to the first).
        #expect(ad == nil)
    }

    @Test("FORMAT values stored in 8, 16 and 32 bits, vectors shorter than others, no GT, and a tag of another declared type")
    func formatStorageKinds() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "kinds.vcf",
            SyntheticVCF.text(
                samples: ["T", "N"],
                records: [
                    ["chr1", "100", ".", "A", "G,T", ".", "PASS", ".", "GT:AD:DP:AF", "0/1/2:200,40000,3:70000:0.25,0.5", "1:5,6:11:0.125"],
                    ["chr1", "200", ".", "A", "G", ".", "PASS", ".", "GT:AD", "0/1:300,-5", "0/0:.,2"],
                    ["chr1", "300", ".", "A", "G", ".", "PASS", ".", "AD", "7,8", "9,0"],
                ]))
        let (_, records) = try readAll(path, request: FieldRequest(formatIntegers: ["AD", "DP"], formatFloats: ["AF"]))
        #expect(
            records.map(\.samples) == [
                [
                    SampleCall(genotype: [0, 1, 2], integers: ["AD": [200, 40000, 3], "DP": [70000]], floats: ["AF": [0.25, 0.5]]),
                    SampleCall(genotype: [1], integers: ["AD": [5, 6], "DP": [11]], floats: ["AF": [0.125]]),
                ],
                [
                    SampleCall(genotype: [0, 1], integers: ["AD": [300, -5]], floats: [:]),
                    SampleCall(genotype: [0, 0], integers: [:], floats: [:]),
                ],
                // Without GT: no genotype.
                [SampleCall(genotype: [], integers: ["AD": [7, 8]], floats: [:]), SampleCall(genotype: [], integers: ["AD": [9, 0]], floats: [:])],
            ])
        #expect(records.last?.samples.map(\.genotype) == [[], []])
        // AF is declared a Float: asked for as integers it is not read (as htslib's getters decline it).
        let (_, asIntegers) = try readAll(path, request: FieldRequest(formatIntegers: ["AF", "DP"]))
        #expect(asIntegers.first?.samples.map(\.integers) == [["DP": [70000]], ["DP": [11]]])
    }

    /// BCF chooses a field's storage record by record: a record whose Integer AD is stored as floats (a
    /// writer's fault) reads AD as absent, whether it comes before or after one stored as integers
    /// (the layout worked out for one record is not reused for the other).
    @Test("an Integer FORMAT field stored as floats in one record of a BCF is absent there and read in the others")
    func formatStorageChangesBetweenRecords() throws {
        let folder = try TemporaryDirectory()
        let integers = try folder.write(
            "integers.vcf", SyntheticVCF.text(samples: ["T"], records: [["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT:AD", "0/1:3,4"]]))
        let floats = try folder.write(
            "floats.vcf",
            SyntheticVCF.text(samples: ["T"], records: [["chr1", "200", ".", "A", "G", ".", "PASS", ".", "GT:AD", "0/1:5.5,6.5"]])
                .replacing("ID=AD,Number=R,Type=Integer", with: "ID=AD,Number=R,Type=Float"))
        let integersBCF = try bcftoolsCopy(of: integers, format: "b", to: folder.path("integers.bcf"))
        let floatsBCF = try bcftoolsCopy(of: floats, format: "b", to: folder.path("floats.bcf"))
        try runTool("bcftools", ["view", "--no-version", "-h", "-o", folder.path("header.txt"), integersBCF])
        try runTool("bcftools", ["reheader", "-h", folder.path("header.txt"), "-o", folder.path("floats-as-integers.bcf"), floatsBCF])
        let mismatched = folder.path("floats-as-integers.bcf")
        let request = FieldRequest(formatIntegers: ["AD"])
        let present = SampleCall(genotype: [0, 1], integers: ["AD": [3, 4]], floats: [:])
        let absent = SampleCall(genotype: [0, 1], integers: [:], floats: [:])
        for (name, parts, expected) in [
            ("integers-first.bcf", [integersBCF, mismatched], [present, absent]),
            ("floats-first.bcf", [mismatched, integersBCF], [absent, present]),
        ] {
            try runTool("bcftools", ["concat", "--naive", "--no-version", "-Ob", "-o", folder.path(name)] + parts)
            let (_, records) = try readAll(folder.path(name), request: request)
            #expect(records.map(\.samples) == expected.map { [$0] }, "\(name)")
        }
    }

    @Test("a record on a contig the header does not declare is read with that contig's name")
    func undeclaredContig() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "contig.vcf",
            SyntheticVCF.text(
                samples: ["T"],
                records: [
                    ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"],
                    ["chr7", "140753336", ".", "A", "T", ".", "PASS", ".", "GT", "0/1"],
                ]))
        let reader = try VariantReader(path: path)
        #expect(reader.header.contigs == [Contig(name: "chr1", length: 248956422)])
        var loci: [String] = []
        while let record = try reader.next(where: { _, _, _ in true }) { loci.append(record.locus) }
        #expect(loci == ["chr1:100", "chr7:140753336"])
    }
}
