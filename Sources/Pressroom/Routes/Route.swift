import Foundation

/// A place in the published site: the one type that knows the URL scheme. Pages have pretty
/// addresses (a folder with an `index.html`); links between places are relative, so a site
/// works from disk, from any host and from a sub-folder of one.
public struct Route: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Folder names from the top of the site, e.g. `["cheshire", "strategy", "foreword"]`.
    public let folders: [String]
    /// The file in the last folder: `index.html` for a page, or e.g. `measures.csv`.
    public let file: String
    /// Worked out once: a build looks routes up in tables several times each.
    private let hash: Int
    /// Whether every name is written in a link as it is (`encoded` leaves it alone).
    private let plain: Bool

    /// A page: the `index.html` of `folders`.
    public init(page folders: [String]) {
        self.init(file: "index.html", in: folders)
    }

    /// A file that is not a page, such as open data, an asset or a copied image.
    public init(file: String, in folders: [String]) {
        self.folders = folders
        self.file = file
        var hasher = Hasher()
        hasher.combine(folders)
        hasher.combine(file)
        hash = hasher.finalize()
        plain = folders.allSatisfy(Self.isPlain) && Self.isPlain(file)
    }

    public static func == (a: Route, b: Route) -> Bool {
        a.hash == b.hash && a.file == b.file && a.folders == b.folders
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// The path inside the output folder, e.g. `cheshire/strategy/foreword/index.html`.
    public var path: String {
        folders.isEmpty ? file : folders.joined(separator: "/") + "/" + file
    }

    public var description: String { path }

    public var isPage: Bool { file == "index.html" }

    /// From this place back to the top of the site: `../../` for `cheshire/strategy/index.html`.
    public var toRoot: String {
        String(repeating: "../", count: folders.count)
    }

    /// The relative link from this place to `target`, optionally to a fragment inside it.
    /// Links to pages end in `index.html`, so they also work when the site is opened from disk.
    public func link(to target: Route, fragment: String? = nil) -> String {
        var common = 0
        while common < folders.count, common < target.folders.count, folders[common] == target.folders[common] {
            common += 1
        }
        let climbs = folders.count - common
        let down = target.folders[common...]
        guard target.plain else {
            var path = String(repeating: "../", count: climbs)
            for folder in down {
                path += Self.encoded(folder)
                path += "/"
            }
            path += Self.encoded(target.file)
            if let fragment { path += "#" + fragment }
            return path
        }
        // Names that need no encoding are copied straight into a string of the right length.
        var length = climbs * 3 + target.file.utf8.count + (fragment.map { $0.utf8.count + 1 } ?? 0)
        for folder in down { length += folder.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            func put(_ text: String) {
                var text = text
                text.withUTF8 { bytes in
                    guard let start = bytes.baseAddress, let place = buffer.baseAddress else { return }
                    (place + end).initialize(from: start, count: bytes.count)
                    end += bytes.count
                }
            }
            for _ in 0..<climbs { put("../") }
            for folder in down {
                put(folder)
                put("/")
            }
            put(target.file)
            if let fragment {
                put("#")
                put(fragment)
            }
            return end
        }
    }

    /// The address of this place under `baseURL`: pages without `index.html`.
    public func address(under baseURL: String) -> String {
        let folderPart = folders.map { Self.encoded($0) + "/" }.joined()
        return (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + folderPart + (isPage ? "" : Self.encoded(file))
    }

    public static func < (a: Route, b: Route) -> Bool { a.path < b.path }

    /// A folder or file name as it is written in a link: `annual report.pdf` → `annual%20report.pdf`.
    static func encoded(_ name: String) -> String {
        guard !isPlain(name) else { return name }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#")
        return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
    }

    /// Whether `name` is written in a link as it is: ASCII letters, digits, `-`, `.` and `_`.
    private static func isPlain(_ name: String) -> Bool {
        name.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
                || byte == 0x2E || byte == 0x5F
        }
    }
}
