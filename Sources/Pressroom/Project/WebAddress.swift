/// The one check for every address that reaches an `href` or `src`, whichever file it was
/// written in: Markdown links, and the web addresses, emails and social accounts of
/// `partnership.yaml` and `site.yaml`. Only http, https, mailto and tel are ever published.
enum WebAddress {
    static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The scheme of `url` as a browser reads it, lower-cased: browsers drop tabs and line
    /// breaks anywhere in an address and spaces or control characters at its ends, so
    /// `java\tscript:` is `javascript`. `nil` for a relative address.
    static func scheme(_ url: String) -> String? {
        if let scheme = plainScheme(url.utf8) { return scheme.isEmpty ? nil : scheme }
        let browserForm = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = String(String.UnicodeScalarView(browserForm)).drop { $0.asciiValue.map { $0 <= 0x20 } ?? false }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    /// The scheme read on bytes when the address starts plainly: "" for none, `nil` when a
    /// space, tab or line break comes before its first character that cannot be in a scheme,
    /// which `scheme` then reads as a browser would.
    private static func plainScheme(_ url: String.UTF8View) -> String? {
        guard let first = url.first, first > 0x20 else { return nil }
        var length = 0
        for byte in url {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"):
                length += 1
            case UInt8(ascii: ":"):
                let isLetter = (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
                return length > 0 && isLetter ? String(decoding: url.prefix(length), as: UTF8.self).lowercased() : ""
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return nil
            default:
                return ""
            }
        }
        return ""
    }

    /// Fails unless a link written in Markdown is relative or uses an allowed scheme.
    static func checkLink(_ url: String, at location: SourceLocation) throws(ContentError) {
        guard let scheme = scheme(url), !linkSchemes.contains(scheme) else { return }
        throw ContentError(location, "links starting '\(scheme):' are not allowed; use http, https, mailto or tel")
    }

    /// A full web address such as a website or a social account: `https://…` and nothing else.
    static func checkWebsite(_ url: String, key: String, at location: SourceLocation) throws(ContentError) -> String {
        let scheme = scheme(url)
        guard scheme == "https" || scheme == "http", url.hasPrefix(scheme! + "://"), !containsUnsafeCharacter(url) else {
            throw ContentError(
                location, "\(key) '\(url)' must be a full web address starting https://, e.g. https://www.example.org.uk")
        }
        return url
    }

    /// An email address, published as a `mailto:` link: one `@`, no spaces or punctuation that
    /// could change the link.
    static func checkEmail(_ email: String, key: String, at location: SourceLocation) throws(ContentError) -> String {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !email.contains(where: { " \t\r\n<>\"'`?&#%:;,()[]\\/".contains($0) || $0.isNewline })
        guard valid else {
            throw ContentError(location, "\(key) '\(email)' is not an email address; write it as name@example.org.uk")
        }
        return email
    }

    private static func containsUnsafeCharacter(_ url: String) -> Bool {
        url.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F || "\"<>\\`".unicodeScalars.contains($0) }
    }
}
