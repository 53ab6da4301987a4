// swift-tools-version:6.0
// Two tiny preview servers, one per HTTP library, serving the same in-memory site.
// See README.md; `./run.sh` builds and measures both.
import PackageDescription

let package = Package(
    name: "servers",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Library-neutral parts: the generated site and the reload trigger.
        .target(name: "Fixture"),
        .executableTarget(
            name: "hb-server",
            dependencies: [
                "Fixture",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "ff-server",
            dependencies: [
                "Fixture",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
    ]
)
