import Foundation
import Testing

@testable import Pressroom

/// The repository's own Content/ and Templates/: the example every partnership copies.
@Suite struct ExampleContentTests {
    static let repository = ProjectFolder(TestProject.repositoryRoot)

    @Test func exampleProjectBuildsWithoutErrorsOrWarnings() {
        let report = Pipeline.build(Self.repository, options: BuildOptions(write: false))
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(report.warnings.isEmpty, "\(report.listing)")
        #expect(!report.wroteOutput)
    }

    @Test func everyPartnershipGetsAHomePageAndOpenData() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = Pipeline.build(Self.repository, options: BuildOptions(outputFolder: output))
        #expect(report.wroteOutput, "\(report.listing)")
        let partnerships = try FileManager.default.contentsOfDirectory(
            atPath: TestProject.repositoryRoot.appendingPathComponent("Content").path
        )
        .filter {
            FileManager.default.fileExists(atPath: TestProject.repositoryRoot.appendingPathComponent("Content/\($0)/partnership.yaml").path)
        }
        #expect(partnerships.count >= 5)
        for slug in partnerships {
            for file in ["index.html", "data/measures.csv", "data/measures.json", "contact/index.html"] {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(slug)/\(file)").path), "\(slug)/\(file)")
            }
        }
    }
}
