import Foundation
import Testing

@testable import Pressroom

/// The parts of content paths, read from bytes, agree with Foundation's `NSString` methods.
@Suite struct PathTextTests {
    static let samples = [
        "Content/alpha/strategy/01-introduction.md", "Content/alpha/.gitkeep", "Content/alpha/data/values.csv",
        "Content/alpha/news/2024-03-14-strategy-published.md", "Content/alpha/logo.tar.gz", "Content/alpha/report.",
        "Content/alpha/café plan.MD", "Content/alpha/👩‍👧 family.md", "Content/alpha/pages/help",
    ]

    @Test func agreesWithFoundation() {
        for path in Self.samples {
            let foundation = path as NSString
            #expect(path.lastPathPart == foundation.lastPathComponent, "\(path)")
            #expect(path.folderPart == foundation.deletingLastPathComponent, "\(path)")
            #expect(path.nameEnding == foundation.pathExtension, "\(path)")
            #expect(path.deletingNameEnding == foundation.deletingPathExtension, "\(path)")
        }
    }

    /// Foundation on Linux stops the program on `deletingLastPathComponent` of a bare name.
    @Test func aNameWithoutFoldersHasNoFolderPart() {
        #expect("introduction.md".folderPart == "")
        #expect("introduction.md".lastPathPart == "introduction.md")
        #expect(".gitkeep".nameEnding == "")
        #expect("introduction".deletingNameEnding == "introduction")
    }
}
