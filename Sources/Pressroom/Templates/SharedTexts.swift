import Foundation
import Mustache

/// A view that can say which pages see the same value of one of its fields: pages whose keys
/// are equal for every field a shared partial reads get the same text from it.
protocol SharedFieldKeys {
    /// Adds to `key` what `names` inside the field read on this page (sorted; `*` for all of
    /// them, none for whether the field is there); `false` when the field belongs to one page alone.
    func addSharedKey(for field: String, reading names: [String], to key: inout Hasher) -> Bool
}

/// The texts of shared partials made so far, kept while the templates are unchanged.
final class SharedTexts: @unchecked Sendable {
    /// What a shared partial reads: fields of the page, with the names read inside each, or
    /// the fields of the list item it shows.
    enum Reads {
        case page([(field: String, names: [String])])
        case item([String])
        /// A list section showing each item with shared item partial `item` (`SharedLists`).
        case list(path: [String], item: Int)
    }

    /// A shared partial and a fingerprint of what it reads on a page: 64 bits, as every other
    /// fingerprint that decides whether an output is made again.
    private struct Key: Hashable {
        var part: Int
        var reads: Int
    }

    private let library: MustacheLibrary
    /// Each shared partial's own template and what it reads, by its number.
    private let parts: [(template: MustacheTemplate, reads: Reads)]
    /// The names read by each dotted-name stand-in (`DottedNames`): `*p3` → `page`, `title`.
    let paths: [[String]]
    /// Whether views are wrapped as pages are rendered, so that list items answer `*N` and
    /// every view answers `*pN`.
    let wrapsItems: Bool
    private let lock = NSLock()
    private var texts: [Key: String] = [:]
    /// The bytes of the texts kept.
    private var kept = 0
    /// Bytes kept at most (a menu entry is a hundred, a header a few thousand); past it the
    /// texts are dropped and made again as pages ask for them.
    private let limit = 64 << 20

    init(library: MustacheLibrary, parts: [(template: MustacheTemplate, reads: Reads)], paths: [[String]] = []) {
        self.library = library
        self.parts = parts
        self.paths = paths
        wrapsItems =
            !paths.isEmpty
            || parts.contains {
                if case .item = $0.reads { true } else { false }
            }
    }

    /// The text of shared partial `number` on the page `scope` shows.
    func text(_ number: Int, in scope: SharedScope) -> String? {
        guard number < parts.count, case .page(let reads) = parts[number].reads else { return nil }
        let template = parts[number].template
        guard let keys = scope.view as? SharedFieldKeys else { return template.render(scope, library: library) }
        var hasher = Hasher()
        for (field, names) in reads {
            hasher.combine(field)
            guard keys.addSharedKey(for: field, reading: names, to: &hasher) else { return template.render(scope, library: library) }
        }
        return text(number, key: hasher.finalize()) { template.render(scope, library: library) }
    }

    /// The list and item partial of shared list section `number`, when it is one.
    func list(_ number: Int) -> (path: [String], item: Int)? {
        guard number < parts.count, case .list(let path, let item) = parts[number].reads else { return nil }
        return (path, item)
    }

    /// The text of shared partial `number` for one item of a list.
    func text(_ number: Int, of item: any TemplateView) -> String? {
        guard number < parts.count, case .item(let names) = parts[number].reads else { return nil }
        let template = parts[number].template
        var hasher = Hasher()
        if let whole = item.itemKey {
            hasher.combine(whole)
        } else if !item.addSharedKey(reading: names, to: &hasher) {
            return template.render(item, library: library)
        }
        return text(number, key: hasher.finalize()) { template.render(item, library: library) }
    }

    private func text(_ number: Int, key reads: Int, render: () -> String) -> String {
        let key = Key(part: number, reads: reads)
        if let text = lock.withLock({ texts[key] }) { return text }
        let text = render()
        lock.withLock {
            guard texts[key] == nil else { return }
            if kept + text.utf8.count > limit {
                texts.removeAll()
                kept = 0
            }
            kept += text.utf8.count
            texts[key] = text
        }
        return text
    }

    /// The stand-in's number in a name the template engine looks up: `*3` → 3.
    static func number(_ name: String) -> Int? {
        name.utf8.first == UInt8(ascii: "*") ? Int(name.dropFirst()) : nil
    }
}

/// The fields of a page as a template sees them, with `*N` standing for the text of shared
/// partial N: the library holds `{{{*N}}}` in place of each shared partial's own template.
/// When some shared partials show list items, or templates hold dotted names, every view read
/// through it is wrapped in turn, so that an item, such as one entry of a menu, answers `*N`
/// for the partial showing it, and every view answers the dotted names' stand-ins, `*pN`.
/// A struct holding one reference: the template engine keeps it in an `Any` without a box of
/// its own, copies it by reference, and casts it more quickly than it casts a class.
struct SharedScope: MustacheParent {
    private let storage: Storage

    var view: any MustacheParent { storage.view }
    var wrapping: (any WrappingParent)? { storage.wrapping }

    init(view: any WrappingParent, texts: SharedTexts) {
        storage = Storage(view: view, item: nil, wrapping: texts.wrapsItems ? view : nil, texts: texts, keeps: true)
    }

    private init(item: any TemplateView, texts: SharedTexts) {
        storage = Storage(view: item, item: item, wrapping: item, texts: texts, keeps: false)
    }

    func child(named name: String) -> Any? {
        let texts = storage.texts
        // Every stand-in starts with `*`, which no field name does: one look at a byte passes the rest.
        if name.utf8.first == UInt8(ascii: "*"), let number = DottedNames.number(name), number < texts.paths.count {
            return dotted(name, texts.paths[number])
        }
        if let number = SharedTexts.number(name) {
            if let list = texts.list(number) {
                guard let items = items(of: list.path) else { return nil }
                return TemplateText(items.map { texts.text(list.item, of: $0) ?? "" }.joined())
            }
            let text = storage.item.map { texts.text(number, of: $0) } ?? texts.text(number, in: self)
            return text.map(TemplateText.init)
        }
        guard let wrapping = storage.wrapping else { return storage.view.child(named: name) }
        if let kept = storage.kept(name) { return kept }
        let value = wrapping.child(named: name) { SharedScope(item: $0, texts: texts) }
        storage.keep(name, value)
        return value
    }

    /// What `path` (`page`, `title`) reads from this view, as the template engine reads a dotted
    /// name: `nil` when the first name is not one of this view's fields, so that the engine
    /// looks in the views around it; nothing, but found, when a later name is missing.
    private func dotted(_ name: String, _ path: [String]) -> Any? {
        if let kept = storage.kept(name) { return kept }
        var value: Any? = child(named: path[0])
        if value != nil {
            for part in path.dropFirst() {
                // The engine would also call a lambda or take a custom representation here; no
                // view gives either.
                guard let parent = value as? MustacheParent, let next = parent.child(named: part) else {
                    value = AbsentValue()
                    break
                }
                value = next
            }
        }
        storage.keep(name, value)
        return value
    }

    private final class Storage {
        let view: any MustacheParent
        /// The view as a list item, when it is one.
        let item: (any TemplateView)?
        let wrapping: (any WrappingParent)?
        let texts: SharedTexts
        /// Whether fields read are kept: a page reads `page` and `partnership` many times over,
        /// where a view read through it, such as one entry of a menu, reads each field once.
        let keeps: Bool
        /// Fields already read, wrapped; names apart from values, so that looking through them
        /// copies no value.
        private var names: [String] = []
        private var values: [Any?] = []

        /// The value of field `name` when it has been read: `.some(nil)` when it is not there.
        func kept(_ name: String) -> Any?? {
            names.firstIndex(of: name).map { values[$0] }
        }

        func keep(_ name: String, _ value: Any?) {
            guard keeps, names.count < 24 else { return }
            if names.isEmpty {
                names.reserveCapacity(24)
                values.reserveCapacity(24)
            }
            names.append(name)
            values.append(value)
        }

        init(view: any MustacheParent, item: (any TemplateView)?, wrapping: (any WrappingParent)?, texts: SharedTexts, keeps: Bool) {
            self.view = view
            self.item = item
            self.wrapping = wrapping
            self.texts = texts
            self.keeps = keeps
        }
    }
}
