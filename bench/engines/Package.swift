// swift-tools-version:5.9
// Micro-benchmark of the two candidate template engines. Not part of Pressroom's build.
import PackageDescription

let package = Package(
    name: "engine-bench",
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/stencilproject/Stencil", from: "0.15.1"),
    ],
    targets: [
        .executableTarget(
            name: "engine-bench",
            dependencies: [
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Stencil", package: "Stencil"),
            ]
        )
    ]
)
