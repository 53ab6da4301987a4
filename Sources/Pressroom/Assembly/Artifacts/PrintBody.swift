/// A chapter's web body made ready for the print document in one pass over its HTML: every id
/// (and every reference to one) takes the chapter's prefix, headings move one level down, links
/// to chapters of the same publication become links inside the document, and, when the site has
/// a `base_url`, other links become web addresses, so that they still work in a PDF.
///
/// The body is HTML the renderer wrote: text and attribute values are escaped, so every `<`
/// starts a tag and every attribute value is in double quotes.
struct PrintBody {
    /// The prefix of every id in the chapter.
    let prefix: String
    /// The chapters of the publication by their places from the top of the site, as links write
    /// them (`cheshire/strategy/priorities/index.html`): each chapter's section id and id prefix.
    /// The same for every chapter of the publication.
    let chapters: [String: (section: String, prefix: String)]
    /// The folders of the chapter's web page, which its relative links start from.
    let folders: [String]
    let baseURL: String?

    /// The key of `route` in `chapters`: its place from the top of the site, as a link writes it.
    static func key(_ route: Route) -> String {
        HTMLText.escape(Route(page: []).link(to: route))
    }

    func rewrite(_ html: String) -> String {
        var html = html
        html.makeContiguousUTF8()
        let source = html
        return source.utf8.withContiguousStorageIfAvailable { bytes in
            var out = Output(source: source, bytes: bytes)
            var i = 0
            while let open = Bytes.index(of: UInt8(ascii: "<"), in: bytes, from: i) {
                i = tag(from: open, in: &out)
            }
            return out.text
        } ?? html
    }
}

private extension PrintBody {
    /// The changes to the body, in order; the rewritten text is made once they are all known,
    /// in a string of exactly its length. It is joined from runs of the source that start and
    /// end at ASCII bytes, and the replacements, so it is never checked again as UTF-8.
    struct Output {
        let source: String
        /// The source's UTF-8 bytes, which the rewrite reads.
        let bytes: UnsafeBufferPointer<UInt8>
        private var edits: [(range: Range<Int>, replacement: String)] = []
        /// How many bytes longer the rewritten text is than the source.
        private var added = 0

        init(source: String, bytes: UnsafeBufferPointer<UInt8>) {
            self.source = source
            self.bytes = bytes
        }

        /// Puts `replacement` in place of the source's `range`.
        mutating func replace(_ range: Range<Int>, with replacement: String) {
            edits.append((range, replacement))
            added += replacement.utf8.count - range.count
        }

        var text: String {
            guard !edits.isEmpty else { return source }
            var text = ""
            text.reserveCapacity(bytes.count + added)
            let utf8 = source.utf8
            var copied = 0
            for (range, replacement) in edits {
                text += source[utf8.index(utf8.startIndex, offsetBy: copied)..<utf8.index(utf8.startIndex, offsetBy: range.lowerBound)]
                text += replacement
                copied = range.upperBound
            }
            text += source[utf8.index(utf8.startIndex, offsetBy: copied)...]
            return text
        }
    }

    /// Rewrites the tag starting at `start`; returns the index after it.
    func tag(from start: Int, in out: inout Output) -> Int {
        let bytes = out.bytes
        var i = start + 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "/") { i += 1 }
        // <h2 … or </h2>: one level down, never below <h6>.
        if i + 2 < bytes.count, bytes[i] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[i + 1]),
            !Self.isNameByte(bytes[i + 2])
        {
            out.replace(i + 1..<i + 2, with: String(UnicodeScalar(min(bytes[i + 1] + 1, UInt8(ascii: "6")))))
            i += 2
        }
        return attributes(from: i, in: &out)
    }

    /// Goes through attributes up to and including the tag's `>`, rewriting the values that
    /// hold ids or links.
    func attributes(from start: Int, in out: inout Output) -> Int {
        let bytes = out.bytes
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") { return i + 1 }
            guard Self.isNameByte(byte) else {
                i += 1
                continue
            }
            let nameStart = i
            while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "="), bytes[i + 1] == UInt8(ascii: "\"") else { continue }
            let valueStart = i + 2
            guard let valueEnd = Bytes.index(of: UInt8(ascii: "\""), in: bytes, from: valueStart) else { return bytes.count }
            if let kind = Self.attribute(bytes[nameStart..<i]) {
                if kind == .id {
                    // The commonest by far, and only a prefix to add.
                    out.replace(valueStart..<valueStart, with: prefix)
                } else {
                    let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                    out.replace(valueStart..<valueEnd, with: rewritten(value, kind))
                }
            }
            i = valueEnd + 1
        }
        return i
    }

    /// The attributes whose values hold ids or links.
    enum Attribute { case id, idList, link }

    static let attributes: [([UInt8], Attribute)] = [
        (Array("id".utf8), .id), (Array("href".utf8), .link), (Array("for".utf8), .id),
        (Array("aria-labelledby".utf8), .idList), (Array("aria-describedby".utf8), .idList), (Array("headers".utf8), .idList),
    ]

    static func attribute(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Attribute? {
        // Most attributes are none of these, and a different length rules each out at once.
        attributes.first { $0.0.count == name.count && $0.0.elementsEqual(name) }?.1
    }

    func rewritten(_ value: String, _ attribute: Attribute) -> String {
        switch attribute {
        case .id: prefix + value
        case .link: link(value)
        case .idList: value.split(separator: " ").map { prefix + $0 }.joined(separator: " ")
        }
    }

    func link(_ href: String) -> String {
        if href.hasPrefix("#") { return "#" + prefix + href.dropFirst() }
        if WebAddress.scheme(href) != nil { return href }
        let hash = href.utf8.firstIndex(of: UInt8(ascii: "#"))
        let path = String(href[..<(hash ?? href.endIndex)])
        let fragment = hash.map { String(href[href.index(after: $0)...]) } ?? ""
        // Links from one page to another climb with `../` to the folders they share.
        var folders = folders[...]
        var rest = Substring(path)
        while rest.hasPrefix("../") {
            guard !folders.isEmpty else { return href }
            folders = folders.dropLast()
            rest = rest.dropFirst(3)
        }
        let place = folders.map { HTMLText.escape(Route.encoded($0)) + "/" }.joined() + rest
        if let chapter = chapters[place] {
            return "#" + (fragment.isEmpty ? chapter.section : chapter.prefix + fragment)
        }
        guard let baseURL else { return href }
        if rest.hasSuffix("index.html") { rest = rest.dropLast("index.html".count) }
        let site = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let address = site + folders.map { Route.encoded($0) + "/" }.joined() + rest
        return hash == nil ? address : address + "#" + fragment
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            || byte == 0x3A
    }
}
