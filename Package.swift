// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hemimatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hemimatch", targets: ["hemimatch"]),
        // The modules, for the fuzz targets in Fuzz/ (a package of their own, built with -sanitize=fuzzer).
        .library(name: "HemimatchModules", targets: ["VariantIO", "Tables", "Knowledge", "Annotation", "CallerEvidence", "Matching"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of the input files, for the run's provenance.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // htslib as installed by Debian's libhts-dev, found through pkg-config.
        .systemLibrary(
            name: "CHTSlib",
            pkgConfig: "htslib",
            providers: [.apt(["libhts-dev"])]
        ),
        // static inline wrappers for htslib's function-like macros.
        .target(name: "CHTSShims", dependencies: ["CHTSlib"]),
        // Reading and writing VCF/BCF (and FASTA) through htslib.
        .target(name: "VariantIO", dependencies: ["CHTSlib", "CHTSShims", "Tables"]),
        // Tab-separated tables with a header, read by column name: the knowledge base's and callers' alike.
        .target(name: "Tables"),
        // The knowledge base and the genome vocabulary it is written in (its bgzipped gene spans are
        // decompressed by htslib, through VariantIO).
        .target(name: "Knowledge", dependencies: ["Tables", "VariantIO"]),
        // What an allele does to a protein: annotators' consequences, HGVS, and the built-in
        // consequence engine on the knowledge base's transcript models (the transcript policy it
        // applies is a `Knowledge` word, so that the CLI takes it without importing this module).
        .target(name: "Annotation", dependencies: ["Knowledge", "Tables"]),
        // What callers reported: per-sample support, structural records, fusion and copy-number tables.
        .target(name: "CallerEvidence", dependencies: ["VariantIO", "Knowledge", "Tables"]),
        // Rules → findings, record by record and for rearrangements, concurrently and in input order.
        .target(name: "Matching", dependencies: ["VariantIO", "Knowledge", "Annotation", "CallerEvidence"]),
        // Which evidence reaches which sample: the variant file's profiled samples and normals, every
        // caller-table row to the sample it names (or the run stops).
        .target(name: "Attribution", dependencies: ["VariantIO", "CallerEvidence", "Tables"]),
        // SHA-256 of inputs and of the knowledge-base folder, for the run's provenance.
        .target(name: "Checksums", dependencies: ["VariantIO", "Knowledge", .product(name: "Crypto", package: "swift-crypto")]),
        // The result document (Codable) and the group decision.
        .target(name: "Profile", dependencies: ["Knowledge"]),
        // The clinical assessment: findings → one profile per sample (germline screen, evidence
        // thresholds, grouping, flags), read against the trial's cues in the knowledge base.
        .target(
            name: "Assessment", dependencies: ["Knowledge", "Tables", "Annotation", "CallerEvidence", "Attribution", "Matching", "Profile"]),
        // Bytes from results: text, JSON, TSV, cohort table, HTML, MultiQC.
        .target(name: "Reports", dependencies: ["Knowledge", "Profile", "Tables"]),
        // One library call per command (a file, a cohort, annotate tags, explain), with the run's
        // provenance and its typed warnings.
        .target(
            name: "Run",
            dependencies: [
                "VariantIO", "Knowledge", "Annotation", "CallerEvidence", "Attribution", "Matching", "Assessment", "Profile", "Reports",
                "Checksums",
            ]),
        // The commands: argument parsing, help, exit codes, each command's outputs as bytes per
        // destination, atomic output, signals, progress: no biology. Importable, so that tests parse
        // real argument lists in process.
        .target(
            name: "HemimatchCommands",
            dependencies: [
                "Run", "Assessment", "Reports", "Profile", "Knowledge", "VariantIO", "Checksums", "Attribution",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The executable: `main.swift` runs the root command.
        .executableTarget(name: "hemimatch", dependencies: ["HemimatchCommands"]),
        // What every test target shares: repository paths, child processes, golden files.
        .target(name: "HemimatchTestSupport", path: "Tests/HemimatchTestSupport"),
        // Today's bytes of every output, compared byte for byte (`make golden` records them).
        .testTarget(name: "GoldenTests", dependencies: ["HemimatchCommands", "HemimatchTestSupport"]),
        .testTarget(name: "VariantIOTests", dependencies: ["VariantIO", "CHTSlib", "HemimatchTestSupport"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables"]),
        .testTarget(name: "KnowledgeTests", dependencies: ["Knowledge", "HemimatchTestSupport"]),
        .testTarget(name: "AnnotationTests", dependencies: ["Annotation", "Knowledge", "VariantIO", "Run", "HemimatchTestSupport"]),
        .testTarget(name: "CallerEvidenceTests", dependencies: ["CallerEvidence", "Knowledge", "VariantIO", "HemimatchTestSupport"]),
        .testTarget(
            name: "MatchingTests",
            dependencies: ["Matching", "CallerEvidence", "VariantIO", "Knowledge", "Annotation", "Assessment", "HemimatchTestSupport"]),
        .testTarget(
            name: "AssessmentTests",
            dependencies: [
                "Assessment", "Attribution", "Matching", "CallerEvidence", "Annotation", "Knowledge", "Profile", "VariantIO", "HemimatchTestSupport",
            ]),
        .testTarget(name: "ProfileTests", dependencies: ["Profile"]),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution", "CallerEvidence", "VariantIO", "HemimatchTestSupport"]),
        .testTarget(name: "ChecksumsTests", dependencies: ["Checksums", "Knowledge", "HemimatchTestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Profile"]),
        .testTarget(
            name: "RunTests", dependencies: ["Run", "Attribution", "Profile", "Knowledge", "Reports", "Checksums", "HemimatchTestSupport"]),
        // Every command's behaviour, its argument lists parsed and run in process (the decision-level tier).
        .testTarget(name: "HemimatchCommandsTests", dependencies: ["HemimatchCommands", "HemimatchTestSupport"]),
        // End-to-end tests run the built `hemimatch` binary; `swift test` builds it with the tests.
        .testTarget(name: "HemimatchTests", dependencies: ["HemimatchTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
