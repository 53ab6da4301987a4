import Foundation

extension ProjectFolder {
    /// The project `folder` is in: the nearest folder, from `folder` upwards, that holds a
    /// `Content/` folder, so that pressroom can be run from anywhere inside a project. `folder`
    /// itself when none does, so that the message about a missing `Content/` names it.
    public static func root(enclosing folder: URL) -> URL {
        var candidate = folder.standardizedFileURL
        while true {
            var info = stat()
            let content = candidate.appendingPathComponent("Content").path
            if stat(content, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return candidate }
            let parent = candidate.deletingLastPathComponent().standardizedFileURL
            if parent.path == candidate.path { return folder }
            candidate = parent
        }
    }
}

extension ProjectFolder {
    /// Where `pressroom build --drafts` writes when no output folder is named: never `Output/`,
    /// the folder that gets published.
    public var draftOutput: URL { root.appendingPathComponent("Output-drafts") }
}
