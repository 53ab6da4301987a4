import Foundation

extension Scaffold {
    /// `pressroom init`: a new project in `folder` (created if need be) with `Content/site.yaml`,
    /// one partnership made as `create` makes it, a `.gitignore` leaving out what builds write
    /// (unless there is one), and a copy of `templates`, so that the project
    /// builds without a Pressroom checkout. Refuses a folder that already holds a project.
    /// `templates` is `nil` when pressroom's own templates were not found. Returns the paths
    /// written, relative to `folder`.
    @discardableResult
    public static func createProject(
        in folder: URL, slug: String, name: String?, templates: URL?
    ) throws(ScaffoldError) -> [String] {
        let project = ProjectFolder(folder)
        for existing in [project.content, project.templates] where project.exists(existing) {
            throw ScaffoldError(
                message:
                    "\(existing.path) already exists, so this folder already holds a project; add a partnership with `pressroom new`, or choose an empty folder"
            )
        }
        guard ContentLoader.isSlug(slug) else {
            throw ScaffoldError(
                message: "'\(slug)' cannot be a folder name; use lower case letters, digits and hyphens, e.g. north-yorkshire")
        }
        guard let templates, project.isFolder(templates) else {
            throw ScaffoldError(
                message:
                    "the templates that come with pressroom were not found (in <prefix>/share/pressroom/Templates); reinstall it with `make install`"
            )
        }
        do {
            try FileManager.default.createDirectory(at: project.content, withIntermediateDirectories: true)
            try Data(siteFile.utf8).write(to: project.content.appendingPathComponent("site.yaml"))
            try FileManager.default.copyItem(at: templates, to: project.templates)
            let ignore = folder.appendingPathComponent(".gitignore")
            if !project.exists(ignore) { try Data("/Output/\n/Output-drafts/\n".utf8).write(to: ignore) }
        } catch {
            throw ScaffoldError(message: "could not write the project in \(folder.path): \(error.localizedDescription)")
        }
        let partnership = try create(slug: slug, name: name, in: project)
        return ["Content/site.yaml", "Templates/"] + partnership
    }

    private static let siteFile = """
        title: Community safety partnerships
        description: Strategies, reviews, news and help from our community safety partnership.
        # The address the site will have, for its sitemap, news feeds and the web addresses in PDFs:
        # base_url: https://www.example.org.uk/

        """
}
