import Foundation
import Testing

@testable import Pressroom

/// Removing the previous output once a build has replaced it: every file and folder goes, at
/// every depth, and a symbolic link goes without what it leads to.
@Suite struct FolderRemovalTests {
    @Test func removesFilesAndFoldersAtEveryDepth() throws {
        let project = try TestProject("")
        for path in [
            "Old/index.html", "Old/.hidden", "Old/alpha/index.html", "Old/alpha/strategy/index.html",
            "Old/alpha/strategy/introduction/index.html", "Old/alpha/strategy/introduction/deeper/still/page.html",
            "Old/beta/news/2024/item/index.html", "Old/assets/style.css",
        ] {
            try project.write(path, "x")
        }
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent("Old/alpha/empty"), withIntermediateDirectories: true)
        #expect(FolderRemoval.removeQuickly(project.root.appendingPathComponent("Old").path))
        #expect(!project.exists("Old"))
    }

    @Test func aSymbolicLinkIsRemovedAndWhatItLeadsToIsKept() throws {
        let project = try TestProject("")
        try project.write("Elsewhere/keep.html", "keep")
        try project.write("Elsewhere/inner/keep.html", "keep")
        try project.write("Old/alpha/strategy/index.html", "x")
        let manager = FileManager.default
        for (link, target) in [("Old/top", "Elsewhere"), ("Old/alpha/down", "Elsewhere"), ("Old/alpha/strategy/deep", "Elsewhere/inner")] {
            try manager.createSymbolicLink(
                atPath: project.root.appendingPathComponent(link).path,
                withDestinationPath: project.root.appendingPathComponent(target).path)
        }
        try manager.createSymbolicLink(
            atPath: project.root.appendingPathComponent("Old/alpha/strategy/file.html").path,
            withDestinationPath: project.root.appendingPathComponent("Elsewhere/keep.html").path)
        #expect(FolderRemoval.removeQuickly(project.root.appendingPathComponent("Old").path))
        #expect(!project.exists("Old"))
        #expect(try project.read("Elsewhere/keep.html") == "keep")
        #expect(try project.read("Elsewhere/inner/keep.html") == "keep")
    }

    @Test func aFolderThatIsNotThereIsNoError() throws {
        let project = try TestProject("")
        #expect(FolderRemoval.removeQuickly(project.root.appendingPathComponent("Missing").path))
        try FolderRemoval.remove(project.root.appendingPathComponent("Missing").path)
        #expect(!project.exists("Missing"))
    }

    @Test func aBuildOverAnOldOutputLeavesOnlyTheNewOne() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        try project.write("Output/gone/deep/inside/index.html", "from an old build")
        #expect(project.build().wroteOutput)
        #expect(!project.exists("Output/gone"))
        #expect(project.exists("Output/alpha/strategy/introduction/index.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
