import Mustache

/// How a template may use one field of a view.
indirect enum TemplateFieldKind: Sendable {
    /// Text, HTML, a number or a true/false flag.
    case value
    /// A list of plain values, shown with `{{.}}` inside the section.
    case values
    /// A list of views, each with these fields.
    case list(TemplateSchema)
    /// One view with these fields (or `false` when absent).
    case view(TemplateSchema)
}

/// The fields a template can ask a view for: checked against every template once, when the
/// templates are loaded, so that a misspelt or unknown name is reported before any page is made.
struct TemplateSchema: Sendable {
    var fields: [String: TemplateFieldKind]

    static let empty = TemplateSchema(fields: [:])

    /// This schema with the fields of `other` added.
    func adding(_ other: TemplateSchema) -> TemplateSchema {
        TemplateSchema(fields: fields.merging(other.fields) { first, _ in first })
    }
}

/// One field of a view: how templates may use it, and how to read it.
struct TemplateField<View>: Sendable {
    let kind: TemplateFieldKind
    let read: @Sendable (View) -> Any
    /// Reads the field with every view in it passed through `wrap`: how shared list items
    /// reach the item they show (`SharedTexts`). `nil` for fields that hold no views.
    let readWrapped: (@Sendable (View, (any TemplateView) -> Any) -> Any)?
    /// Adds the field's value to a fingerprint without asking what it is; `nil` when it can
    /// only be compared as `any Hashable`.
    let addKey: (@Sendable (View, inout Hasher) -> Void)?

    private init(
        kind: TemplateFieldKind, read: @escaping @Sendable (View) -> Any,
        readWrapped: (@Sendable (View, (any TemplateView) -> Any) -> Any)? = nil, addKey: (@Sendable (View, inout Hasher) -> Void)? = nil
    ) {
        self.kind = kind
        self.read = read
        self.readWrapped = readWrapped
        self.addKey = addKey
    }

    static func value(_ read: @escaping @Sendable (View) -> Any) -> TemplateField { TemplateField(kind: .value, read: read) }
    static func value(_ read: @escaping @Sendable (View) -> String) -> TemplateField {
        TemplateField(kind: .value, read: { TemplateText(read($0)) }, addKey: { $1.combine(read($0)) })
    }
    static func value(_ read: @escaping @Sendable (View) -> Int) -> TemplateField {
        TemplateField(kind: .value, read: { TemplateText(String(read($0))) }, addKey: { $1.combine(read($0)) })
    }
    static func value(_ read: @escaping @Sendable (View) -> Bool) -> TemplateField {
        TemplateField(kind: .value, read: { read($0) }, addKey: { $1.combine(read($0)) })
    }
    static func values(_ read: @escaping @Sendable (View) -> [String]) -> TemplateField {
        TemplateField(kind: .values, read: { read($0).map(TemplateText.init) })
    }
    /// Plain values that templates see as absent (`AbsentValue`) when there are none.
    static func valuesOrFalse(_ read: @escaping @Sendable (View) -> [String]) -> TemplateField {
        TemplateField(kind: .values, read: { view in read(view).isEmpty ? AbsentValue() as Any : read(view).map(TemplateText.init) })
    }
    /// A list of views; `key`, when given, adds to a fingerprint what the list depends on,
    /// more cheaply than making the list.
    static func list<Item: TemplateView>(
        key: (@Sendable (View, inout Hasher) -> Void)? = nil, _ read: @escaping @Sendable (View) -> [Item]
    ) -> TemplateField {
        TemplateField(kind: .list(Item.schema), read: read, readWrapped: { read($0).map($1) }, addKey: key)
    }
    /// A list that may be absent: templates then see `AbsentValue`.
    static func list<Item: TemplateView>(_ read: @escaping @Sendable (View) -> [Item]?) -> TemplateField {
        TemplateField(
            kind: .list(Item.schema), read: { read($0) as Any? ?? AbsentValue() },
            readWrapped: { view, wrap in read(view).map { $0.map(wrap) } as Any? ?? AbsentValue() })
    }
    /// A view that may be absent: templates then see `AbsentValue`.
    static func view<Item: TemplateView>(_ read: @escaping @Sendable (View) -> Item?) -> TemplateField {
        TemplateField(
            kind: .view(Item.schema), read: { read($0) as Any? ?? AbsentValue() }, readWrapped: { read($0).map($1) ?? AbsentValue() })
    }
    /// Text that may be absent: templates then see `AbsentValue`.
    static func optional(_ read: @escaping @Sendable (View) -> String?) -> TemplateField {
        TemplateField(kind: .value, read: { read($0).map(TemplateText.init) as Any? ?? AbsentValue() }, addKey: { $1.combine(read($0)) })
    }
}

/// What templates see of an optional value that is absent: a section on it is skipped, an
/// inverted one shown, and `{{value}}` writes nothing (where `false` would write "false"). It
/// is found, so the template engine does not go on to look for the name in the views around.
struct AbsentValue: MustacheCustomRenderable, Sendable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// Text as templates see it. The template engine asks every value it meets which of its
/// protocols the value conforms to; this type answers at once, where a plain `String` would be
/// reflected on and described, which made text the costliest part of rendering a page.
struct TemplateText: MustacheCustomRenderable, MustacheParent, Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }
    var renderText: String { text }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
}

/// A typed value that templates read. Its fields are listed once, in `fields`, which serves
/// both the template check and the lookups made while rendering.
protocol TemplateView: WrappingParent, Sendable {
    static var fields: [String: TemplateField<Self>] { get }
    /// A fingerprint of all of the view, for a small view shown as one item of a list, which is
    /// quicker to make than one of the fields a shared partial reads; `nil` for most views.
    var itemKey: Int? { get }
}

/// Something templates read whose fields can also be read with every view in them wrapped.
protocol WrappingParent: MustacheParent {
    func child(named name: String, wrapping wrap: (any TemplateView) -> Any) -> Any?
}

extension TemplateView {
    static var schema: TemplateSchema { TemplateSchema(fields: fields.mapValues(\.kind)) }

    var itemKey: Int? { nil }

    func child(named name: String) -> Any? {
        Self.fields[name]?.read(self)
    }

    func child(named name: String, wrapping wrap: (any TemplateView) -> Any) -> Any? {
        guard let field = Self.fields[name] else { return nil }
        return field.readWrapped?(self, wrap) ?? field.read(self)
    }

    /// Adds to `key` the values of the fields `names`, sorted when the templates load (`*` for
    /// every field), which are equal on two pages exactly when those fields read the same on
    /// both; `false` when one of them cannot be compared.
    func addSharedKey(reading names: [String], to key: inout Hasher) -> Bool {
        for name in names.contains("*") ? Self.fields.keys.sorted() : names {
            guard let field = Self.fields[name] else { return false }
            key.combine(name)
            if let addKey = field.addKey {
                addKey(self, &key)
            } else if let value = field.read(self) as? any Hashable {
                key.combine(value)
            } else {
                return false
            }
        }
        return true
    }
}
