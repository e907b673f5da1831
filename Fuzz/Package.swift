// swift-tools-version:6.0
// libFuzzer targets for hemimatch's parsers. Not part of the main build: `make fuzz` builds them with
// `-sanitize=fuzzer,address -use-ld=lld`; each main.swift hands its LLVMFuzzerTestOneInput to libFuzzer's
// driver, and `make fuzz` runs each for a bounded time from Corpus/<target>.
import PackageDescription

let modules: Target.Dependency = .product(name: "HemimatchModules", package: "hemimatch")
let targetDependencies: [Target.Dependency] = [modules, "FuzzDriver"]

let package = Package(
    name: "hemimatch-fuzz",
    dependencies: [.package(name: "hemimatch", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzAnnotation", dependencies: targetDependencies),
        .executableTarget(name: "FuzzStructural", dependencies: targetDependencies),
        .executableTarget(name: "FuzzTables", dependencies: targetDependencies),
        .executableTarget(name: "FuzzKnowledge", dependencies: targetDependencies),
    ],
    swiftLanguageModes: [.v6]
)
