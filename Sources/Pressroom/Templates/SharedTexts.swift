import Foundation
import Mustache

/// A view that can say which pages see the same value of one of its fields: pages whose keys
/// are equal for every field a shared partial reads get the same text from it.
protocol SharedFieldKeys {
    /// Adds to `key` what `names` inside the field read on this page (`*` for all of them, none
    /// for whether the field is there); `false` when the field belongs to one page alone.
    func addSharedKey(for field: String, reading names: Set<String>, to key: inout Hasher) -> Bool
}

/// The texts of shared partials made so far, kept while the templates are unchanged.
final class SharedTexts: @unchecked Sendable {
    /// A shared partial and a fingerprint of what it reads on a page: 64 bits, as every other
    /// fingerprint that decides whether an output is made again.
    private struct Key: Hashable {
        var part: Int
        var reads: Int
    }

    private let library: MustacheLibrary
    /// Each shared partial's own template and the fields it reads, by its number.
    private let parts: [(template: MustacheTemplate, reads: [(field: String, names: Set<String>)])]
    private let lock = NSLock()
    private var texts: [Key: String] = [:]
    /// Texts kept at most; past it they are dropped and made again as pages ask for them.
    private let limit = 4096

    init(library: MustacheLibrary, parts: [(template: MustacheTemplate, reads: [(field: String, names: Set<String>)])]) {
        self.library = library
        self.parts = parts
    }

    /// The text of shared partial `number` on the page `scope` shows.
    func text(_ number: Int, in scope: SharedScope) -> String {
        let part = parts[number]
        guard let keys = scope.view as? SharedFieldKeys else { return part.template.render(scope, library: library) }
        var hasher = Hasher()
        for (field, names) in part.reads {
            hasher.combine(field)
            guard keys.addSharedKey(for: field, reading: names, to: &hasher) else { return part.template.render(scope, library: library) }
        }
        let key = Key(part: number, reads: hasher.finalize())
        if let text = lock.withLock({ texts[key] }) { return text }
        let text = part.template.render(scope, library: library)
        lock.withLock {
            if texts.count >= limit { texts.removeAll() }
            texts[key] = text
        }
        return text
    }
}

/// The fields of a page as a template sees them, with `*N` standing for the text of shared
/// partial N: the library holds `{{{*N}}}` in place of each shared partial's own template.
/// A class, so that the template engine's casts of it copy a reference.
final class SharedScope: MustacheParent {
    let view: any MustacheParent
    let texts: SharedTexts

    init(view: any MustacheParent, texts: SharedTexts) {
        self.view = view
        self.texts = texts
    }

    func child(named name: String) -> Any? {
        if name.utf8.first == UInt8(ascii: "*"), let number = Int(name.dropFirst()) {
            return TemplateText(texts.text(number, in: self))
        }
        return view.child(named: name)
    }
}
