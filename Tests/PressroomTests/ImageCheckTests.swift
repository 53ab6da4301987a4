import Foundation
import Testing

@testable import Pressroom

/// Images must be in a format browsers show and should be small enough for a phone; names with
/// spaces are published under their own name and linked with the spaces encoded.
@Suite struct ImageCheckTests {
    static let chapter = "Content/alpha/strategy/01-introduction.md"
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 0, count: 24)
    static let heic = Data([0, 0, 0, 0x18]) + Data("ftypheic".utf8) + Data(repeating: 0, count: 12)

    private func project(showing image: String) throws -> TestProject {
        try TestProject(TestProject.minimalPartnership() + TestProject.chapter("\n![A map of Alphashire](\(image))"))
    }

    @Test(arguments: [
        ("photo.heic", heic, "image 'photo.heic' is a HEIC file, which most browsers cannot show"),
        ("photo.jpg", heic, "image 'photo.jpg' is a HEIC file inside, whatever its name says"),
        ("map.tiff", Data([0x49, 0x49, 0x2A, 0x00, 1, 2, 3, 4]), "image 'map.tiff' is a TIFF file"),
        ("map.bmp", Data("BM".utf8) + Data(repeating: 0, count: 30), "image 'map.bmp' is a BMP file"),
        ("map.eps", Data("%!PS-Adobe-3.0 EPSF".utf8), "image 'map.eps' is a .eps file, which is not an image format browsers can show"),
    ])
    func anImageBrowsersCannotShowIsAnError(name: String, data: Data, message: String) throws {
        let project = try project(showing: name)
        try project.write("Content/alpha/strategy/\(name)", data: Self.png)
        let report = try project.buildFailsAfter { try $0.write("Content/alpha/strategy/\(name)", data: data) }
        report.expectError(in: Self.chapter, line: 6, column: 1, message)
        report.expectError(in: Self.chapter, line: 6, "save it as JPEG (photos), PNG (diagrams, screenshots) or WebP")
    }

    @Test func aLogoBrowsersCannotShowIsAnError() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let path = "Content/alpha/partnership.yaml"
        let report = try project.buildFailsAfter {
            try $0.write("Content/alpha/logo.heic", data: Self.heic)
            try $0.edit(path) { $0.replacingOccurrences(of: "logo: logo.svg", with: "logo: logo.heic") }
        }
        report.expectError(in: path, line: try project.line(of: "logo:", in: path), column: 1, "image 'logo.heic' is a HEIC file")
    }

    @Test func aLargeImageIsAWarningGivingItsSize() throws {
        let project = try project(showing: "map.png")
        try project.write("Content/alpha/strategy/map.png", data: Self.png + Data(repeating: 7, count: 2_400_000))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        report.expectWarning(
            in: Self.chapter, line: 6, column: 1, "image 'map.png' is 2.4 MB, which is slow to load on a phone; make it smaller than 1 MB")
        #expect(project.exists("Output/alpha/strategy/map.png"))
    }

    @Test func aSmallerImageTakesTheWarningAwayInTheSameWorkspace() throws {
        let project = try project(showing: "map.png")
        let workspace = Workspace(project: project.folder, keepsOutput: true)
        try project.write("Content/alpha/strategy/map.png", data: Self.png + Data(repeating: 7, count: 1_200_000))
        #expect(workspace.build(into: nil).warnings.count == 1)
        try project.write("Content/alpha/strategy/map.png", data: Self.png)
        let report = workspace.build(into: nil)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test(arguments: ["annual%20report.png", "<annual report.png>"])
    func anImageWithSpacesInItsNameIsLinkedEncodedAndCopiedUnderItsName(written: String) throws {
        let project = try project(showing: written)
        try project.write("Content/alpha/strategy/annual report.png", data: Self.png)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let html = try project.read(TestProject.introduction)
        let src = try #require(html.firstMatch(of: /<img src="([^"]*annual[^"]*)"/)).1
        #expect(src == "../annual%20report.png")
        let page = project.root.appendingPathComponent(TestProject.introduction).deletingLastPathComponent()
        let target = page.appendingPathComponent(String(src).removingPercentEncoding ?? "").standardizedFileURL
        #expect(FileManager.default.fileExists(atPath: target.path), "\(target.path)")
        #expect(try project.data("Output/alpha/strategy/annual report.png") == Self.png)
    }

    @Test func anImageWhoseAddressHasASpaceIsAWarningNotText() throws {
        let project = try project(showing: "annual report.png")
        try project.write("Content/alpha/strategy/annual report.png", data: Self.png)
        let report = project.build()
        report.expectWarning(
            in: Self.chapter, line: 6,
            "this looks like an image whose address 'annual report.png' has a space, which Markdown does not read as an image, so it is shown as text; "
                + "write each space as %20 (annual%20report.png) or put the address between < and > (<annual report.png>)")
    }
}
