import Foundation
import Testing

@testable import Pressroom

/// Where builds write: a staging folder per build on disk, swapped in whole, or memory.
@Suite struct OutputSinkTests {
    @Test func twoBuildsInOneProcessDoNotShareAStagingFolder() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let first = try DiskSink(destination: project.root.appendingPathComponent("one"))
        let second = try DiskSink(destination: project.root.appendingPathComponent("one"))
        first.write(.portal, Data("first".utf8))
        second.write(.portal, Data("second".utf8))
        try first.commit()
        #expect(try project.read("one/index.html") == "first")
        try second.commit()
        #expect(try project.read("one/index.html") == "second")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func stagingFoldersOfInterruptedBuildsAreRemovedByTheNextBuild() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let abandoned = DiskSink.stagingName(for: project.output, process: try Self.finishedProcess()) + "leftover"
        try project.write("\(abandoned)/index.html", "half a site")
        let report = project.build()
        #expect(report.wroteOutput)
        #expect(!project.exists(abandoned), "the staging folder of a process that has ended should be removed")
    }

    @Test func aStagingFolderOfARunningBuildIsLeftAlone() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let running = DiskSink.stagingName(for: project.output, process: 1) + "busy"
        try project.write("\(running)/index.html", "being written")
        project.build()
        #expect(project.exists(running))
    }

    @Test func memorySinkShowsNothingUntilCommitAndKeepsTheLastSiteOnDiscard() throws {
        let sink = MemorySink()
        sink.write(.portal, Data("one".utf8))
        #expect(sink.files.isEmpty)
        try sink.commit()
        #expect(sink.files["index.html"] == Data("one".utf8))
        sink.write(.portal, Data("two".utf8))
        sink.discard()
        #expect(sink.files["index.html"] == Data("one".utf8))
    }

    @Test func aBuildIntoMemoryWritesNothingToDisk() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let sink = MemorySink()
        let report = Workspace(project: project.folder).build(into: sink)
        #expect(report.wroteOutput)
        #expect(sink.files["alpha/strategy/introduction/index.html"] != nil)
        #expect(sink.files["assets/style.css"] != nil)
        #expect(!project.exists("Output"))
    }

    /// The id of a process that has already ended.
    private static func finishedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
