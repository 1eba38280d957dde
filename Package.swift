// swift-tools-version:6.0
//
// switchyard — GitOps switchover for Huawei Cloud SDRS protection groups.
//
// Module map (see docs/architecture.md):
//   SwitchyardCore       pure model and logic (desired state, live state, diff, plan, apply decisions)
//   HuaweiCloudWire      Codable bodies of the SDRS and ECS APIs, error-body parsing
//   HuaweiCloudSigner    SDK-HMAC-SHA256 signing and verification, pure
//   HuaweiCloudClient    CloudAPI over AsyncHTTPClient + signer + wire
//   SwitchyardExecutor   apply executor and write-ahead journal (effects around the core's decisions)
//   SDRSEmulator         Hummingbird 2 emulator of the SDRS and ECS APIs
//   switchyard           the CLI
//   sdrs-emulator        a thin executable serving SDRSEmulator
//   SwitchyardBuildInfo  version, commit and build date of this build (`switchyard version`,
//                        `sdrs-emulator --version`); CSwitchyardBuildInfo holds the values that
//                        scripts/release passes in SWITCHYARD_BUILD_* (a plain build says "development")
//   SwitchyardBench      benchmark harness: fixtures, child-process measurement, the table
//   switchyard-bench     the benchmark command (BENCHMARKS.md)
//   SwitchyardFuzzing    one never-crashing entry point per hostile input (desired state, saved
//                        plan, journal, signed request); with SWITCHYARD_FUZZ=1 the manifest also
//                        has the libFuzzer executable switchyard-fuzz (built by scripts/fuzz only)
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// scripts/release sets these; a plain `swift build` leaves them unset and the build says it is a
// development build. Only characters that are safe inside a C string literal are kept.
let buildInfoDefines: [CSetting] = ["SWITCHYARD_BUILD_VERSION", "SWITCHYARD_BUILD_COMMIT", "SWITCHYARD_BUILD_DATE"].compactMap { name in
    guard let value = Context.environment[name], !value.isEmpty else { return nil }
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.:+_")
    return .define(name, to: "\"\(String(value.filter(allowed.contains)))\"")
}

let package = Package(
    name: "switchyard",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "switchyard", targets: ["switchyard"]),
        .executable(name: "sdrs-emulator", targets: ["sdrs-emulator"]),
        .executable(name: "switchyard-bench", targets: ["switchyard-bench"]),
        .library(name: "SwitchyardCore", targets: ["SwitchyardCore"]),
        .library(name: "SwitchyardExecutor", targets: ["SwitchyardExecutor"]),
        .library(name: "SDRSEmulator", targets: ["SDRSEmulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(
            name: "SwitchyardCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HuaweiCloudWire",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HuaweiCloudSigner",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HuaweiCloudClient",
            dependencies: [
                "SwitchyardCore",
                "HuaweiCloudWire",
                "HuaweiCloudSigner",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SDRSEmulator",
            dependencies: [
                "HuaweiCloudWire",
                "HuaweiCloudSigner",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CSwitchyardBuildInfo",
            cSettings: buildInfoDefines
        ),
        .target(
            name: "SwitchyardBuildInfo",
            dependencies: ["CSwitchyardBuildInfo", "SwitchyardCore"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "switchyard",
            dependencies: [
                "SwitchyardBuildInfo",
                "SwitchyardCore",
                "HuaweiCloudClient",
                "SDRSEmulator",
                "SwitchyardExecutor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "sdrs-emulator",
            dependencies: [
                "SDRSEmulator",
                "SwitchyardBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SwitchyardBench",
            dependencies: [
                "SwitchyardCore",
                "SDRSEmulator",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "switchyard-bench",
            dependencies: [
                "SwitchyardBench",
                "SDRSEmulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SwitchyardExecutor",
            dependencies: [
                "SwitchyardCore",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SwitchyardTestSupport",
            dependencies: ["SwitchyardCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SwitchyardLiveTestSupport",
            dependencies: [
                "SwitchyardCore",
                "HuaweiCloudClient",
                "HuaweiCloudSigner",
                "SDRSEmulator",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SwitchyardFuzzing",
            dependencies: ["SwitchyardCore", "SwitchyardExecutor", "HuaweiCloudSigner", "SwitchyardTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SwitchyardFuzzingTests",
            dependencies: ["SwitchyardFuzzing", "HuaweiCloudSigner", "SwitchyardCore", "SwitchyardTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SwitchyardCoreTests",
            dependencies: ["SwitchyardCore", "SwitchyardTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SwitchyardExecutorTests",
            dependencies: [
                "SwitchyardLiveTestSupport",
                "SwitchyardExecutor",
                "SwitchyardCore",
                "SwitchyardTestSupport",
                "HuaweiCloudClient",
                "HuaweiCloudSigner",
                "SDRSEmulator",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HuaweiCloudSignerTests",
            dependencies: ["HuaweiCloudSigner"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HuaweiCloudWireTests",
            dependencies: ["HuaweiCloudWire"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SDRSEmulatorTests",
            dependencies: [
                "SDRSEmulator",
                "HuaweiCloudSigner",
                "HuaweiCloudWire",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HuaweiCloudClientTests",
            dependencies: [
                "SwitchyardLiveTestSupport",
                "HuaweiCloudClient",
                "HuaweiCloudSigner",
                "HuaweiCloudWire",
                "SDRSEmulator",
                "SwitchyardCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SwitchyardBenchTests",
            dependencies: ["SwitchyardBench", "SwitchyardCore", "SDRSEmulator", "switchyard-bench"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "switchyardTests",
            dependencies: ["switchyard", "sdrs-emulator", "SDRSEmulator", "SwitchyardFuzzing", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
    ]
)

// The libFuzzer executable exists only for `scripts/fuzz`, which sets SWITCHYARD_FUZZ=1 and builds
// it with `-sanitize=fuzzer,address` into .build-fuzz: a normal build never sees them.
if Context.environment["SWITCHYARD_FUZZ"] == "1" {
    package.targets += [
        .target(name: "CLibFuzzerDriver", path: "Fuzz/CLibFuzzerDriver"),
        .executableTarget(
            name: "switchyard-fuzz",
            dependencies: ["SwitchyardFuzzing", "CLibFuzzerDriver"],
            path: "Fuzz/switchyard-fuzz",
            swiftSettings: swiftSettings
        ),
    ]
}
