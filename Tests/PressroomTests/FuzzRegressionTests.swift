import Foundation
import Testing

@testable import Pressroom

/// Inputs that once crashed a reader, saved by the fuzzer (see `Fuzz/README.md`) in
/// `FuzzCrashes/`: each must now run through its reader without crashing.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzCrashes")

    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix(".") }.sorted()

    @Test func everySavedInputIsThere() {
        #expect(!Self.inputs.isEmpty, "no inputs in \(Self.folder.path)")
    }

    @Test(arguments: inputs) func runsWithoutCrashing(_ name: String) throws {
        let input = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(input.first != nil, "\(name) is empty; its first byte chooses the reader")
        FuzzTarget.run(input)
    }
}
