import Foundation

/// Where the templates that come with Pressroom are: installed beside the program
/// (`<prefix>/share/pressroom/Templates` for `<prefix>/bin/pressroom`), or in the source folder
/// it was built in (`<checkout>/.build/debug/pressroom`).
public enum InstalledTemplates {
    /// The templates that come with the program at `executable`, or `nil` when there are none.
    public static func find(executable: URL) -> URL? {
        let bin = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates = [bin.deletingLastPathComponent().appendingPathComponent("share/pressroom/Templates")]
        var folder = bin
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                candidates.append(folder.appendingPathComponent("Templates"))
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("layout.mustache").path)
        }
    }

    /// The templates of the program running now.
    public static var current: URL? {
        Bundle.main.executableURL.flatMap { find(executable: $0) }
    }
}
