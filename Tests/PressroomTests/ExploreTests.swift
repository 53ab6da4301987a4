import Foundation
import Testing
@testable import Pressroom

@Test func explore() throws {
    let project = try TestProject(TestProject.minimalPartnership())
    let report = project.build()
    print("DIAG:\n" + report.listing)
    try? FileManager.default.removeItem(atPath: "/tmp/explore")
    try FileManager.default.copyItem(at: project.root, to: URL(fileURLWithPath: "/tmp/explore"))
}
