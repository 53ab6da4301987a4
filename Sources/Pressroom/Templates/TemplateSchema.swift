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

    static func value(_ read: @escaping @Sendable (View) -> Any) -> TemplateField { TemplateField(kind: .value, read: read) }
    static func values(_ read: @escaping @Sendable (View) -> [String]) -> TemplateField { TemplateField(kind: .values, read: read) }
    static func list<Item: TemplateView>(_ read: @escaping @Sendable (View) -> [Item]) -> TemplateField {
        TemplateField(kind: .list(Item.schema), read: read)
    }
    /// A view that may be absent: templates then see `false`.
    static func view<Item: TemplateView>(_ read: @escaping @Sendable (View) -> Item?) -> TemplateField {
        TemplateField(kind: .view(Item.schema), read: { read($0) ?? false })
    }
    /// Text that may be absent: templates then see `false`.
    static func optional(_ read: @escaping @Sendable (View) -> String?) -> TemplateField {
        TemplateField(kind: .value, read: { read($0) ?? false })
    }
}

/// A typed value that templates read. Its fields are listed once, in `fields`, which serves
/// both the template check and the lookups made while rendering.
protocol TemplateView: MustacheParent, Sendable {
    static var fields: [String: TemplateField<Self>] { get }
}

extension TemplateView {
    static var schema: TemplateSchema { TemplateSchema(fields: fields.mapValues(\.kind)) }

    func child(named name: String) -> Any? {
        Self.fields[name]?.read(self)
    }
}
