// swift-tools-version:6.0
// libFuzzer targets for hemimatch's parsers. Not part of the main build: `make fuzz` builds them with
// `-sanitize=fuzzer,address -use-ld=lld`; each main.swift hands its LLVMFuzzerTestOneInput to libFuzzer's
// driver, and `make fuzz` runs each for a bounded time from Corpus/<target>.
import PackageDescription

let modules: Target.Dependency = .product(name: "HemimatchModules", package: "hemimatch")

let package = Package(
    name: "hemimatch-fuzz",
    dependencies: [.package(name: "hemimatch", path: "..")],
    targets: [
        .executableTarget(name: "FuzzAnnotation", dependencies: [modules]),
        .executableTarget(name: "FuzzStructural", dependencies: [modules]),
        .executableTarget(name: "FuzzTables", dependencies: [modules]),
        .executableTarget(name: "FuzzKnowledge", dependencies: [modules]),
    ],
    swiftLanguageModes: [.v6]
)
