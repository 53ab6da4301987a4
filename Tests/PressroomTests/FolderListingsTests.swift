import Foundation
import Testing

@testable import Pressroom

/// A folder's entries are reused while it is unchanged, and a listing always finds what a
/// fresh walk finds.
@Suite struct FolderListingsTests {
    @Test func aKeptListingFindsWhatAFreshWalkFinds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("listings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = FileManager.default
        func write(_ path: String) throws {
            let url = root.appendingPathComponent(path)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
            // Past one tick of the clock that stamps folders, so that the next change shows.
            Thread.sleep(forTimeInterval: 0.03)
        }
        try write("a/one.md")
        try write("a/b/two.md")
        try write("a/.hidden")
        let kept = FolderListings(settled: 0)
        func expectFresh(_ comment: Comment) {
            #expect(kept.files(below: root.path).sorted() == FolderListings().files(below: root.path).sorted(), comment)
        }
        #expect(kept.files(below: root.path).sorted() == ["a/b/two.md", "a/one.md"].map { root.path + "/" + $0 })
        #expect(kept.files(below: root.path).count == 2)
        #expect(kept.reads == 3, "nothing changed, so the three folders' entries are reused")
        try write("a/b/three.md")
        expectFresh("a file added to a folder below")
        #expect(kept.reads == 4, "only the folder that changed is read again")
        try files.removeItem(at: root.appendingPathComponent("a/one.md"))
        Thread.sleep(forTimeInterval: 0.03)
        expectFresh("a file removed")
        try write("a/c/d/four.md")
        expectFresh("a new folder with a file in it")
        try files.moveItem(at: root.appendingPathComponent("a/c/d/four.md"), to: root.appendingPathComponent("a/c/d/five.md"))
        Thread.sleep(forTimeInterval: 0.03)
        expectFresh("a file renamed")
        #expect(kept.files(below: root.path).contains(root.path + "/a/c/d/five.md"))
    }

    @Test func aFolderChangedJustNowIsWalkedAgain() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("listings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("one.md"))
        let listings = FolderListings()
        _ = listings.files(below: root.path)
        _ = listings.files(below: root.path)
        // A change in the same tick of the clock would not change the folder's stamp.
        #expect(listings.reads == 2)
    }
}
