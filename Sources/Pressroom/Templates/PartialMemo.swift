import Foundation
import Mustache

/// Partials rendered once for every set of pages that show them the same values: the header,
/// breadcrumbs and footer of all the chapters of a publication, say. In the templates pages are
/// rendered with, each such partial is a placeholder, which `MemoScope` fills from here.
final class PartialMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var partial: Int
        var values: [AnyHashable?]
    }

    /// The partials, in the order of their placeholders, with what each reads.
    let partials: [(name: String, reads: [PartialRead])]
    private let library: MustacheLibrary
    private var rendered: [Key: String] = [:]
    private let lock = NSLock()
    /// Beyond this many, the kept HTML is dropped and made again as needed.
    private let limit = 20_000

    init(partials: [String: Set<PartialRead>], library: MustacheLibrary) {
        self.partials = partials.keys.sorted().map { ($0, partials[$0]!.sorted { "\($0)" < "\($1)" }) }
        self.library = library
    }

    static func placeholder(_ index: Int) -> String { "pressroom_partial_\(index)" }

    /// The HTML of partial `index` for the page whose fields are `scope`.
    func html(_ index: Int, for scope: any MustacheParent) -> String {
        let (name, reads) = partials[index]
        var values: [AnyHashable?] = []
        for read in reads {
            switch read {
            case .value(let path):
                let value = Self.value(at: path, in: scope)
                guard value == nil || value is AnyHashable else { return render(name, scope) }
                values.append(value as? AnyHashable)
            case .presence(let path):
                values.append(Self.isPresent(Self.value(at: path, in: scope)))
            }
        }
        let key = Key(partial: index, values: values)
        lock.lock()
        let kept = rendered[key]
        lock.unlock()
        if let kept { return kept }
        let html = render(name, scope)
        lock.lock()
        if rendered.count >= limit { rendered = [:] }
        rendered[key] = html
        lock.unlock()
        return html
    }

    private func render(_ name: String, _ scope: any MustacheParent) -> String {
        library.getTemplate(named: name)?.render(scope, library: library) ?? ""
    }

    private static func value(at path: [String], in scope: any MustacheParent) -> Any? {
        var current: Any = scope
        for name in path {
            guard let parent = current as? any MustacheParent, let next = parent.child(named: name) else { return nil }
            current = next
        }
        return current
    }

    private static func isPresent(_ value: Any?) -> Bool {
        switch value {
        case nil: false
        case let flag as Bool: flag
        case let list as [Any]: !list.isEmpty
        default: true
        }
    }
}

/// The fields of a page, and the placeholders of memoized partials.
struct MemoScope: MustacheParent {
    let scope: any MustacheParent
    let memo: PartialMemo

    func child(named name: String) -> Any? {
        guard name.hasPrefix("pressroom_partial_"), let index = Int(name.dropFirst("pressroom_partial_".count)),
            memo.partials.indices.contains(index)
        else { return scope.child(named: name) }
        return memo.html(index, for: scope)
    }
}
