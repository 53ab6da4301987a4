import Mustache

/// How templates escape `{{value}}`: the same five characters as the Mustache library, on
/// UTF-8 bytes rather than one `Character` at a time. Every template starts with a pragma that
/// chooses it, added when the template is loaded, so template files stay plain Mustache.
struct HTMLEscaping: MustacheContentType {
    static let name = "PRESSROOM_HTML"
    /// The line put before every template's first line; being alone on its line, it renders as nothing.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Makes the escaping known to the Mustache library; done once, before any template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
