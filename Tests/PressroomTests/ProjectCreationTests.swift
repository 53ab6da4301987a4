import Foundation
import Testing

@testable import Pressroom

/// `pressroom init` and `pressroom new`: new projects and partnerships that build straight away,
/// and whose example details are pointed out until they are replaced.
@Suite struct ProjectCreationTests {
    @Test func initMakesAProjectThatBuilds() throws {
        let place = try TestProject("")
        let result = try Executable.run(["init", "safer-york", "--partnership", "york"], in: place.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Content/york/"), "\(result.stdout)")
        for path in ["Content/site.yaml", "Content/york/partnership.yaml", "Templates/layout.mustache", "Templates/assets"] {
            #expect(place.exists("safer-york/" + path), "\(path)")
        }
        #expect(!place.exists("safer-york/Content/alpha"))
        #expect(try place.read("safer-york/.gitignore") == "/Output/\n/Output-drafts/\n")
        let build = try Executable.run(["build", "--no-pdf"], in: place.root.appendingPathComponent("safer-york"))
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("; 0 errors,"), "\(build.stdout)")
        #expect(place.exists("safer-york/Output/york/index.html"))
    }

    @Test func initRefusesAnExistingProject() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let before = try project.outputSnapshot()
        let result = try Executable.run(["init"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        #expect(result.stderr.contains("already holds a project"), "\(result.stderr)")
        #expect(!project.exists("Content/my-partnership"))
        #expect(try project.outputSnapshot() == before)
    }

    @Test func newSkeletonPagesHaveNoStrayValues() throws {
        let project = try TestProject("")
        #expect(try Executable.run(["new", "york"], in: project.root).status == 0)
        let build = try Executable.run(["build", "--no-pdf"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        for (path, data) in try project.outputSnapshot() where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            #expect(page.firstMatch(of: /[>\n]\s*(false|true|nil|null)\s*</) == nil, "\(path) shows a lone value")
            #expect(page.firstMatch(of: /(href|src|content)="(false|true)"/) == nil, "\(path) links to a lone value")
        }
    }

    @Test func newSkeletonWarnsAboutExampleContactDetailsUntilReplaced() throws {
        let project = try TestProject("")
        #expect(try Executable.run(["new", "york"], in: project.root).status == 0)
        let check = try Executable.run(["check"], in: project.root)
        #expect(check.status == 0, "\(check.stderr)")
        let file = "Content/york/partnership.yaml"
        let phone = try project.line(of: "phone: 01632 960000", in: file)
        let email = try project.line(of: "email: contact@example.org", in: file)
        #expect(check.stderr.contains("\(file):\(phone):10: warning: contact phone is still the example"), "\(check.stderr)")
        #expect(check.stderr.contains("\(file):\(email):10: warning: contact email is still the example"), "\(check.stderr)")
        #expect(check.stderr.contains("warning: contact address is still the example"), "\(check.stderr)")

        try project.edit(file) {
            $0.replacingOccurrences(of: "01632 960000", with: "01904 551000")
                .replacingOccurrences(of: "contact@example.org", with: "safety@york.gov.uk")
                .replacingOccurrences(of: "Your office\n    Street\n", with: "West Offices\n    Station Rise\n")
        }
        let again = try Executable.run(["check"], in: project.root)
        #expect(again.status == 0)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
    }

    /// As `make install` lays it out: `<prefix>/bin/pressroom` and `<prefix>/share/pressroom/Templates`.
    @Test func installedProgramUsesItsTemplatesWhenTheProjectHasNone() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let prefix = project.root.appendingPathComponent("prefix")
        let program = prefix.appendingPathComponent("bin/pressroom")
        let templates = prefix.appendingPathComponent("share/pressroom/Templates")
        try FileManager.default.createDirectory(at: program.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: templates.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try #require(Executable.executable), to: program)
        try FileManager.default.moveItem(at: project.root.appendingPathComponent("Templates"), to: templates)

        let build = try Executable.run(["build", "--no-pdf"], in: project.root, program: program)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(project.exists("Output/alpha/strategy/introduction/index.html"))
        #expect(project.exists("Output/assets"))

        let made = try Executable.run(["init", "mine"], in: project.root, program: program)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(project.exists("mine/Templates/layout.mustache"))
    }
}
