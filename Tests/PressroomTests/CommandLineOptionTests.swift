import Foundation
import Testing

@testable import Pressroom

/// The built executable's options: version, output folder, web address, how much it prints and
/// in what colour, and finding the project from inside it.
@Suite struct CommandLineOptionTests {
    @Test func versionPrintsTheProgramAndItsVersion() throws {
        let result = try Executable.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "pressroom \(PressroomVersion.number)\n")
    }

    @Test func shortOutputOptionWritesThere() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["build", "-o", "Site", "--no-pdf"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(project.exists("Site/alpha/strategy/introduction/index.html"))
        #expect(!project.exists("Output"))
    }

    @Test func baseURLOptionOverridesSiteFile() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + "\n-- Content/site.yaml --\ntitle: Test\nbase_url: https://www.example.org.uk/\n")
        let result = try Executable.run(["build", "--no-pdf", "--base-url", "https://staging.example.org.uk/preview/"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        project.expect(
            "Output/sitemap.xml",
            ["<loc>https://staging.example.org.uk/preview/alpha/strategy/introduction/</loc>", "! www.example.org.uk"])
    }

    @Test(arguments: ["ftp://example.org/", "www.example.org", "javascript:alert(1)"])
    func badBaseURLIsAnErrorAndWritesNothing(address: String) throws {
        let project = try TestProject(TestProject.minimalPartnership())
        for command in ["build", "check"] {
            let result = try Executable.run([command, "--base-url", address], in: project.root)
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "error: --base-url '\(address)' must be a full web address starting https://, e.g. https://www.example.org.uk\n")
        }
        #expect(!project.exists("Output"))
    }

    @Test func quietPrintsOnlyProblems() throws {
        let project = try TestProject("")
        #expect(try Executable.run(["new", "york"], in: project.root).status == 0)
        for command in ["build", "check"] {
            let result = try Executable.run(
                [command, "--quiet", "--no-pdf"].filter { command == "build" || $0 != "--no-pdf" }, in: project.root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty, "\(result.stdout)")
            let lines = result.stderr.split(separator: "\n")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.contains(": warning: ") }, "\(result.stderr)")
        }
        let clean = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["build", "-q", "--no-pdf"], in: clean.root)
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stdout)\(result.stderr)")
    }

    @Test func quietAndVerboseTogetherAreRefused() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["build", "--quiet", "--verbose"], in: project.root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--quiet and --verbose cannot be used together"), "\(result.stderr)")
        #expect(!project.exists("Output"))
    }

    @Test func verboseCheckPrintsEachStep() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["check", "--verbose"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(try Regex("(?m)^  render Markdown +\\d+\\.\\d{3} s$")), "\(result.stdout)")
    }

    @Test func problemsArePlainWhenPipedAndColouredWhenAsked() throws {
        let project = try TestProject(TestProject.minimalPartnership() + TestProject.chapter("\n[Our plan](03-plan.md)"))
        let piped = try Executable.run(["check"], in: project.root)
        #expect(piped.status == 1)
        #expect(!piped.stderr.contains("\u{1B}"), "\(piped.stderr)")
        #expect(piped.stderr.contains(": error: link to '03-plan.md'"))

        let always = try Executable.run(["check", "--color", "always"], in: project.root)
        #expect(always.stderr.contains("01-introduction.md:6:1: \u{1B}[1;31merror:\u{1B}[0m link to '03-plan.md'"), "\(always.stderr)")
        let never = try Executable.run(["check", "--color", "never"], in: project.root, environment: ["NO_COLOR": ""])
        #expect(!never.stderr.contains("\u{1B}"))
    }

    @Test func colourFollowsTheTerminalAndNoColor() {
        #expect(TerminalColour.auto.isOn(outputIsTerminal: true, environment: [:]))
        #expect(!TerminalColour.auto.isOn(outputIsTerminal: false, environment: [:]))
        #expect(!TerminalColour.auto.isOn(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(TerminalColour.auto.isOn(outputIsTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(TerminalColour.always.isOn(outputIsTerminal: false, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalColour.never.isOn(outputIsTerminal: true, environment: [:]))
        let warning = Diagnostic(.warning, SourceLocation(path: "a.md", line: 2, column: 3), "look")
        #expect(warning.formatted(colour: true) == "a.md:2:3: \u{1B}[1;33mwarning:\u{1B}[0m look")
        #expect(warning.formatted(colour: false) == "a.md:2:3: warning: look")
    }

    @Test func commandsFindTheProjectFromAFolderInsideIt() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let inside = project.root.appendingPathComponent("Content/alpha/strategy")
        let check = try Executable.run(["check"], in: inside)
        #expect(check.status == 0, "\(check.stderr)")
        let build = try Executable.run(["build", "--no-pdf"], in: inside)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(project.exists("Output/alpha/strategy/introduction/index.html"))
        #expect(!project.exists("Content/alpha/strategy/Output"))
        let new = try Executable.run(["new", "beta"], in: inside)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(project.exists("Content/beta/partnership.yaml"))
    }

    @Test func draftBuildWritesBesideTheFolderThatGetsPublished() throws {
        let project = try TestProject(DraftTests.tree)
        let result = try Executable.run(["build", "--drafts", "--no-pdf"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!project.exists("Output"))
        #expect(project.exists("Output-drafts/alpha/strategy/next-steps/index.html"))
        project.expect("Output-drafts/sitemap.xml", ["strategy/introduction/", "! next-steps", "! coming-soon"])

        let chosen = try Executable.run(["build", "--drafts", "--no-pdf", "-o", "Review"], in: project.root)
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(project.exists("Review/alpha/strategy/next-steps/index.html"))
        #expect(!project.exists("Output"))
    }
}
