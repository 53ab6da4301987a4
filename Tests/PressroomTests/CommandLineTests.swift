import Foundation
import Testing

@testable import Pressroom

/// The built `pressroom` executable, end to end: exit codes, what it prints, what it writes.
@Suite struct CommandLineTests {
    @Test func helpListsTheCommands() throws {
        let result = try Executable.run(["--help"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        for command in ["init", "build", "check", "new", "serve"] {
            #expect(result.stdout.contains(try Regex("\\n\\s+\(command)\\s+\\S")), "--help should list \(command):\n\(result.stdout)")
        }
    }

    @Test func buildWritesOutputAndSummarises() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 errors, 0 warnings"), "\(result.stdout)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(project.exists("Output/alpha/strategy/introduction/index.html"))
    }

    @Test func failedBuildExitsWithOnePrintsLocatedErrorsAndLeavesOutputIntact() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        #expect(try Executable.run(["build"], in: project.root).status == 0)
        let before = try project.outputSnapshot()
        try project.edit("Content/alpha/data/values.csv") { $0 + "knife-crme,2023/24,,1100,\n" }
        try project.write("Content/alpha/strategy/02-priorities.md", "---\ntitle: Our priorities\n---\n\nSee [the plan](03-plan.md).\n")

        let elsewhere = FileManager.default.temporaryDirectory
        let result = try Executable.run(["build", project.root.path], in: elsewhere)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "Content/alpha/data/values.csv:6:1: error: unknown measure 'knife-crme' (did you mean 'knife-crime'?); define it in measures.csv"
            ), "\(result.stderr)")
        #expect(
            lines.contains { $0.hasPrefix("Content/alpha/strategy/02-priorities.md:5:5: error: link to '03-plan.md'") }, "\(result.stderr)")
        let diagnostics = lines.filter { $0.wholeMatch(of: /[^:\s]+:\d+:\d+: (error|warning): .+/) != nil }
        #expect(diagnostics.count == lines.count - 1, "every line but the summary is path:line:col: severity: message\n\(result.stderr)")
        #expect(lines.last == "build failed: 2 errors, 0 warnings; Output/ was left as it was")
        #expect(try project.outputSnapshot() == before)
    }

    @Test func verboseBuildPrintsEachStepWithItsTime() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["build", "--verbose"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        for step in ["read content", "read measures", "load templates", "render Markdown", "make pages and files", "write output"] {
            #expect(result.stdout.contains(try Regex("(?m)^  \(step) +\\d+\\.\\d{3} s$")), "\(step) missing:\n\(result.stdout)")
        }
        #if os(Linux)
            // Linked in place of the C library's malloc (Package.swift, README "Choices, measured").
            #expect(result.stdout.contains(try Regex("(?m)^  memory allocator: mimalloc \\d+\\.\\d+\\.\\d+$")), "\(result.stdout)")
        #endif
    }

    @Test func buildOnAFolderThatDoesNotExistSaysSoAndCreatesNothing() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-missing-\(UUID().uuidString)/project")
        let result = try Executable.run(["build", missing.path], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first?.contains("error: the project folder does not exist") == true, "\(result.stderr)")
        #expect(lines.count == 2, "one message and the summary:\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing.deletingLastPathComponent().path))
    }

    @Test func buildOnAMissingFolderWritesNoOutputFolderAnywhere() throws {
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-place-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: place.appendingPathComponent("site"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: place) }
        let result = try Executable.run(["build", "sites", "--output", place.appendingPathComponent("out").path], in: place)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("error: the project folder does not exist (did you mean 'site'?);"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was written"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.path) == ["site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.appendingPathComponent("site").path).isEmpty)
    }

    @Test func buildOnAFileSaysItIsNotAFolder() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["build", "Content/alpha/partnership.yaml"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("partnership.yaml:1:1: error: this is a file, not a folder;"), "\(result.stderr)")
        #expect(!project.exists("Output"))
        #expect(!project.exists("Content/alpha/Output"))
    }

    @Test func buildOnAFolderWithoutContentSaysSoOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("has no Content/ folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func checkWritesNothing() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let result = try Executable.run(["check"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("check: "), "\(result.stdout)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: project.root.path).sorted()
        #expect(entries == ["Content", "Templates"])
    }

    @Test func checkReportsErrorsWithExitCodeOne() throws {
        let project = try TestProject(TestProject.minimalPartnership() + TestProject.chapter("\n[Our plan](03-plan.md)"))
        let result = try Executable.run(["check", project.root.path], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/alpha/strategy/01-introduction.md:6:1: error: link to '03-plan.md'"), "\(result.stderr)")
        #expect(!project.exists("Output"))
    }

    @Test func newCreatesAPartnershipThatBuildsCleanly() throws {
        let project = try TestProject("")
        let result = try Executable.run(["new", "north-yorkshire"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Content/north-yorkshire/"), "\(result.stdout)")
        #expect(project.exists("Content/north-yorkshire/partnership.yaml"))

        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(report.warnings.allSatisfy { $0.message.contains("still the example") }, "\(report.listing)")
        project.expect("Output/north-yorkshire/index.html", ["<h1>North Yorkshire Community Safety Partnership</h1>"])
        let build = try Executable.run(["build"], in: project.root)
        #expect(build.status == 0)
        #expect(build.stdout.contains("0 errors, 3 warnings"), "\(build.stdout)\(build.stderr)")
    }

    @Test func newUsesTheGivenName() throws {
        let project = try TestProject("")
        let result = try Executable.run(
            ["new", "york", "--name", "York Safer Streets", "--project", project.root.path], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try project.read("Content/york/partnership.yaml").hasPrefix("name: York Safer Streets\n"))
    }

    @Test(arguments: ["North Yorkshire", "north_yorkshire", "../escape", ""])
    func newWithABadNameFails(name: String) throws {
        let project = try TestProject("")
        let result = try Executable.run(["new", name], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: '\(name)' cannot be a folder name"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("Content").path).isEmpty)
    }

    @Test func newRefusesAnExistingFolder() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let before = try project.read("Content/alpha/partnership.yaml")
        let result = try Executable.run(["new", "alpha"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/alpha already exists"), "\(result.stderr)")
        #expect(try project.read("Content/alpha/partnership.yaml") == before)
    }
}
