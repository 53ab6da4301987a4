import Foundation

/// An image shown in a page (or as a logo or a signature's photo): it must be in a format every
/// browser shows, and should be small enough to load quickly on a phone.
enum ImageFile {
    /// Above this many bytes an image is reported as too large (1 MB).
    static let largestSize = 1_000_000

    /// Formats every current browser shows in `<img>`, by their usual file name endings.
    static let shownEndings: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"]

    /// Fails for an image browsers cannot show (`photo.heic`, `map.tiff`, or a `.jpg` that is
    /// a HEIC photo inside); records a warning for one larger than `largestSize`.
    static func check(_ file: URL, written reference: String, at location: SourceLocation, log: DiagnosticLog) throws(ContentError) {
        let ending = file.pathExtension.lowercased()
        let format = Self.format(ofStartOf: file)
        let convert = "save it as JPEG (photos), PNG (diagrams, screenshots) or WebP, and use that file"
        if let format, !format.shown {
            let inside = format.endings.contains(ending) ? "" : " inside, whatever its name says"
            throw ContentError(
                location, "image '\(reference)' is a \(format.name) file\(inside), which most browsers cannot show; \(convert)")
        }
        if format == nil, !shownEndings.contains(ending) {
            let kind = ending.isEmpty ? "has no file ending" : "is a .\(ending) file"
            throw ContentError(location, "image '\(reference)' \(kind), which is not an image format browsers can show; \(convert)")
        }
        guard let size = FileStamp.of(path: file.path)?.size, size > largestSize else { return }
        log.warning(
            location,
            "image '\(reference)' is \(String(format: "%.1f", Double(size) / 1_000_000)) MB, which is slow to load on a phone; "
                + "make it smaller than 1 MB: compress it, or save it at most 2,000 pixels wide (a photo as JPEG, a diagram as PNG)")
    }

    /// A format recognised from the first bytes of a file.
    struct Format: Equatable {
        var name: String
        var endings: [String]
        var shown: Bool
    }

    /// The format of `file` from its first bytes, when they say; `nil` for text (such as SVG)
    /// and for formats not recognised here.
    static func format(ofStartOf file: URL) -> Format? {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: 16)) ?? Data())
        let starts = { (prefix: [UInt8]) in bytes.starts(with: prefix) }
        let ascii = { (range: Range<Int>) in bytes.count >= range.upperBound ? String(decoding: bytes[range], as: UTF8.self) : "" }
        if starts([0xFF, 0xD8, 0xFF]) { return Format(name: "JPEG", endings: ["jpg", "jpeg"], shown: true) }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return Format(name: "PNG", endings: ["png"], shown: true) }
        if ascii(0..<4) == "GIF8" { return Format(name: "GIF", endings: ["gif"], shown: true) }
        if ascii(0..<4) == "RIFF", ascii(8..<12) == "WEBP" { return Format(name: "WebP", endings: ["webp"], shown: true) }
        if ascii(4..<8) == "ftyp" {
            let brand = ascii(8..<12)
            if ["avif", "avis"].contains(brand) { return Format(name: "AVIF", endings: ["avif"], shown: true) }
            if ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"].contains(brand) {
                return Format(name: "HEIC", endings: ["heic", "heif"], shown: false)
            }
        }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
            return Format(name: "TIFF", endings: ["tif", "tiff"], shown: false)
        }
        if ascii(0..<2) == "BM" { return Format(name: "BMP", endings: ["bmp"], shown: false) }
        if ascii(0..<4) == "8BPS" { return Format(name: "Photoshop", endings: ["psd"], shown: false) }
        if ascii(0..<4) == "%PDF" { return Format(name: "PDF", endings: ["pdf"], shown: false) }
        return nil
    }
}
