import Mustache

/// The values of one page render. Looking up a name that is not here means no scope had it:
/// the template asks for something Pressroom does not provide, which is recorded.
final class TemplateScope: MustacheParent {
    private let values: [String: Any]
    private(set) var missing: Set<String> = []

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        missing.insert(name)
        return nil
    }
}
