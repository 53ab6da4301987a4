/// A JSON value, written as indented text with its keys in the order given. Open data is one
/// fixed shape of strings, numbers and lists, so it is written directly: Foundation's
/// `JSONEncoder` took a tenth of a whole build's time for the same bytes.
indirect enum JSONText: Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([(String, JSONText)])

    /// `.string(text)`, or `.null` when there is none.
    static func string(_ text: String?) -> JSONText { text.map(JSONText.string) ?? .null }
    /// `.number(value)`, or `.null` when there is none.
    static func number(_ value: Double?) -> JSONText { value.map(JSONText.number) ?? .null }

    /// The value as UTF-8 text, indented by two spaces a level, ending in a newline.
    var text: [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: 0)
        out.append(10)
        return out
    }

    static func == (a: JSONText, b: JSONText) -> Bool { a.text == b.text }
}

private extension JSONText {
    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .number(let value): out.append(contentsOf: Self.number(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                Self.newline(into: &out, indent: indent + 1, comma: n > 0)
                item.write(into: &out, indent: indent + 1)
            }
            Self.newline(into: &out, indent: indent, comma: false)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(UInt8(ascii: "{"))
            for (n, (key, value)) in members.enumerated() {
                Self.newline(into: &out, indent: indent + 1, comma: n > 0)
                Self.quote(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, indent: indent + 1)
            }
            Self.newline(into: &out, indent: indent, comma: false)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func newline(into out: inout [UInt8], indent: Int, comma: Bool) {
        if comma { out.append(UInt8(ascii: ",")) }
        out.append(10)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Whole numbers without a decimal point (`1234`), others as Swift's shortest exact form.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 10: out.append(contentsOf: "\\n".utf8)
            case 13: out.append(contentsOf: "\\r".utf8)
            case 9: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
