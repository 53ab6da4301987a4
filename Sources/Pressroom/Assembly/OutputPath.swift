/// Paths inside `Output/`, and links between them that work on any web host and from disk.
enum OutputPath {
    /// The link from the page at `from` to the file at `to`, both relative to `Output/`.
    static func link(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        var common = 0
        while common < fromFolders.count, common < target.count - 1, fromFolders[common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        let path = (ups + target[common...].map(String.init)).joined(separator: "/")
        return path.isEmpty ? "index.html" : path
    }

    /// `../../` from the page at `path` to the top of `Output/`.
    static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    static func index(_ folder: String) -> String {
        folder.isEmpty ? "index.html" : "\(folder)/index.html"
    }
}
