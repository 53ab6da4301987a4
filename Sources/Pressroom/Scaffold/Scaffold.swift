import Foundation

public struct ScaffoldError: Error {
    public var message: String
}

/// `pressroom new`: a new partnership folder that builds as it is, ready to be edited.
public enum Scaffold {
    /// Creates `Content/<slug>/` and returns the files written.
    @discardableResult
    public static func create(slug: String, name: String?, in project: ProjectFolder) throws(ScaffoldError) -> [String] {
        guard ContentLoader.isSlug(slug) else {
            throw ScaffoldError(
                message: "'\(slug)' cannot be a folder name; use lower case letters, digits and hyphens, e.g. north-yorkshire")
        }
        let folder = project.content.appendingPathComponent(slug)
        guard !project.exists(folder) else {
            throw ScaffoldError(message: "Content/\(slug) already exists; choose another name or edit that folder")
        }
        let title =
            name ?? slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            + " Community Safety Partnership"
        let files = Self.files(title: title, today: Self.today())
        do {
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            throw ScaffoldError(message: "could not write Content/\(slug): \(error.localizedDescription)")
        }
        return files.keys.sorted().map { "Content/\(slug)/\($0)" }
    }

    private static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        return formatter.string(from: Date())
    }
}
