// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Pressroom",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pressroom", targets: ["pressroom"]),
        .library(name: "Pressroom", targets: ["Pressroom"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        .target(
            name: "Pressroom",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "PressroomServer",
            dependencies: [
                "Pressroom",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "pressroom",
            dependencies: [
                "Pressroom",
                "PressroomServer",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "rebuild-bench",
            dependencies: ["Pressroom", .target(name: "CMimalloc", condition: .when(platforms: [.linux]))]),
        .executableTarget(name: "pressroom-fuzz", dependencies: ["Pressroom"]),
        .testTarget(name: "PressroomTests", dependencies: ["Pressroom"], exclude: ["Goldens", "FuzzCrashes"]),
    ]
)
