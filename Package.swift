// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hemimatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hemimatch", targets: ["hemimatch"]),
        // The modules, for the fuzz targets in Fuzz/ (a package of their own, built with -sanitize=fuzzer).
        .library(name: "HemimatchModules", targets: ["VariantIO", "Knowledge", "Annotation", "Structural", "Matching"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of the input files, for the run's provenance.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTML report's template (logic-less, HTML-escapes every value).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
        .target(name: "VariantIO", dependencies: ["CHTSlib", "CHTSShims"]),
        .target(name: "Knowledge"),
        .target(name: "Annotation"),
        .target(name: "Profile"),
        .target(name: "Matching", dependencies: ["VariantIO", "Knowledge", "Annotation", "Profile", "Structural"]),
        .target(name: "Reports", dependencies: ["Profile", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Structural", dependencies: ["Knowledge"]),
        .executableTarget(
            name: "hemimatch",
            dependencies: [
                "VariantIO", "Knowledge", "Annotation", "Matching", "Profile", "Reports", "Structural",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // What every test target shares: repository paths, child processes, golden files.
        .target(name: "HemimatchTestSupport", path: "Tests/HemimatchTestSupport"),
        // Today's bytes of every output, compared byte for byte (`make golden` records them).
        .testTarget(name: "GoldenTests", dependencies: ["HemimatchTestSupport"]),
        .testTarget(name: "VariantIOTests", dependencies: ["VariantIO", "CHTSlib"]),
        .testTarget(name: "KnowledgeTests", dependencies: ["Knowledge"]),
        .testTarget(name: "AnnotationTests", dependencies: ["Annotation"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "VariantIO", "Knowledge", "Annotation", "Profile"]),
        .testTarget(name: "ProfileTests", dependencies: ["Profile"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Profile"]),
        .testTarget(name: "StructuralTests", dependencies: ["Structural"]),
        // End-to-end tests run the built `hemimatch` binary; `swift test` builds it with the tests.
        .testTarget(name: "HemimatchTests"),
    ],
    swiftLanguageModes: [.v6]
)
