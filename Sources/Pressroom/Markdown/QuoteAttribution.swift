/// Who said the words of a block quote, written as its last paragraph, or its last line, after
/// a dash:
///
///     > We want somewhere safe to go after school.
///     >
///     > — A young person, consultation 2023
///
/// `Paraphrased:` before the attribution, or a note in brackets after it that says so
/// (`(paraphrased)`, `(shortened and paraphrased)`), marks words that are not the speaker's own.
struct QuoteAttribution {
    /// The attribution, without its dash or paraphrase note.
    var content: [MarkdownInline]
    /// The note that marks a paraphrase, such as "(paraphrased)"; `nil` for the speaker's own words.
    var paraphrase: String?

    /// A block quote's blocks split into the words and who said them, or `nil` when it names nobody.
    static func split(_ blocks: [MarkdownBlock]) -> (words: [MarkdownBlock], attribution: QuoteAttribution)? {
        guard let last = blocks.last, case .paragraph(let inlines) = last.kind else { return nil }
        if blocks.count > 1, let attribution = QuoteAttribution(inlines) { return (Array(blocks.dropLast()), attribution) }
        for index in inlines.indices.reversed().dropLast() {
            guard case .softBreak = inlines[index] else { continue }
            guard let attribution = QuoteAttribution(Array(inlines[(index + 1)...])) else { continue }
            var words = blocks
            words[words.count - 1].kind = .paragraph(Array(inlines[..<index]))
            return (words, attribution)
        }
        return nil
    }

    /// The attribution in a block quote's last paragraph, or `nil` when it does not start with a dash.
    init?(_ paragraph: [MarkdownInline]) {
        var content = HTMLRenderer.joiningText(paragraph)
        guard case .text(let first, let position) = content.first,
            let dash = Self.dashes.first(where: { first.hasPrefix($0) })
        else { return nil }
        var text = Self.trimmingStart(first.dropFirst(dash.count))
        var paraphrase: String?
        if let prefix = Self.paraphrasePrefixes.first(where: { text.lowercased().hasPrefix($0) }) {
            text = Self.trimmingStart(text.dropFirst(prefix.count))
            text = Substring(text.prefix(1).uppercased() + text.dropFirst())
            paraphrase = "(paraphrased)"
        }
        content[0] = .text(String(text), position)
        if paraphrase == nil, case .text(let last, let position) = content.last, let (rest, note) = Self.paraphraseNote(last) {
            paraphrase = note
            content[content.count - 1] = .text(rest, position)
        }
        content.removeAll {
            if case .text(let text, _) = $0 { return text.isEmpty }
            return false
        }
        guard !content.plainText.trimmingSpacesAndNewlines.isEmpty else { return nil }
        self.content = content
        self.paraphrase = paraphrase
    }

    /// An em dash, an en dash (`--` after typographic dashes), a quotation dash, or `-- ` as typed.
    private static let dashes = ["—", "–", "―", "-- "]
    private static let paraphrasePrefixes = ["paraphrased:", "paraphrase:"]

    private static func trimmingStart(_ text: Substring) -> Substring {
        text.drop { $0 == " " || $0 == "\u{A0}" }
    }

    /// A closing note in brackets that mentions a paraphrase, `(paraphrased)`, and the text before it.
    private static func paraphraseNote(_ text: String) -> (rest: String, note: String)? {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("),
            trimmed[open...].lowercased().contains("paraphras")
        else { return nil }
        var rest = trimmed[..<open].trimmingSpaces
        if rest.hasSuffix(",") { rest.removeLast() }
        return (rest, String(trimmed[open...]))
    }
}
