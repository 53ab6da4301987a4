/// The number a report's paragraph starts with, as committee reports number them, so that
/// people can cite and link to it:
///
///     2.18 The Home Office has set a series of requirements…
///
/// The number has at least two parts (`2.18`, `3.1.2`) and a space after it, and the words
/// after it do not start with a small letter or a digit, so that "2.5 million people" stays a
/// sentence. Only a chapter of a report (`kind: report`) numbers its paragraphs, and only its
/// paragraphs at the top level, not those in lists or quotes.
struct ParagraphNumber {
    /// As written: `2.18`.
    var number: String
    /// Where the number is written.
    var position: MarkdownPosition
    /// The paragraph without its number.
    var content: [MarkdownInline]

    /// The id of the paragraph, within its page: `para-2-18`.
    var name: String { "para-" + number.split(separator: ".").joined(separator: "-") }

    init?(_ paragraph: [MarkdownInline]) {
        let inlines = HTMLRenderer.joiningText(paragraph)
        guard case .text(let first, let position)? = inlines.first else { return nil }
        let number = first.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ (1...3).contains($0.count) }) else { return nil }
        let rest = first.dropFirst(number.count)
        let spaces = rest.prefix { $0 == " " || $0 == "\u{A0}" }
        let words = rest.dropFirst(spaces.count)
        guard !spaces.isEmpty else { return nil }
        if let next = words.first, next.isLowercase || next.isNumber { return nil }
        var after = position
        after.column += number.count + spaces.count
        let content = (words.isEmpty ? [] : [MarkdownInline.text(String(words), after)]) + inlines.dropFirst()
        guard !content.plainText.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        self.number = String(number)
        self.position = position
        self.content = content
    }
}
