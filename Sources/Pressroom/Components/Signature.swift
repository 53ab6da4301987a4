/// The signature under a foreword, written as a fenced block:
///
///     ```signature
///     name: John Dwyer
///     role: Police and Crime Commissioner for Cheshire
///     photo: ../images/john-dwyer.jpg
///     photo_alt: decorative
///     ```
///
/// `role` may be a list, one line each. A photo needs `photo_alt`: who it shows, or `decorative`
/// when the name beside it says all there is to say.
enum Signature {
    static let blockName = "signature"
    static let options = ["name", "role", "photo", "photo_alt"]

    /// HTML for a `signature` block; `photo` checks that a photo's file exists and gives its address.
    static func html(
        _ options: ComponentOptions, photo address: (String, SourceLocation) throws(ContentError) -> String
    ) throws(ContentError) -> String {
        try options.allow(Self.options)
        let name = try options.required("name")
        var html = "<div class=\"signature\">\n"
        switch (options.value("photo"), options.value("photo_alt")) {
        case (let photo?, let alt?):
            let src = try address(photo, options.location(of: "photo"))
            let text = alt.lowercased() == "decorative" ? "" : alt
            html += "<img class=\"signature__photo\" src=\"\(HTMLText.escape(src))\" alt=\"\(HTMLText.escape(text))\">\n"
        case (.some, nil):
            throw ContentError(
                options.location(of: "photo"),
                "the signature's photo has no alt text; add `photo_alt:` saying who it shows, or `photo_alt: decorative` "
                    + "if the name beside it is enough")
        case (nil, .some):
            throw ContentError(options.location(of: "photo_alt"), "'photo_alt' without a photo; add `photo: file.jpg` or remove it")
        case (nil, nil):
            break
        }
        html += "<p class=\"signature__name\">\(HTMLText.escape(name))</p>\n"
        for role in options.list("role") {
            html += "<p class=\"signature__role\">\(HTMLText.escape(role))</p>\n"
        }
        return html + "</div>\n"
    }
}
