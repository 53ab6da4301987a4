/// Escaping for text and attribute values placed in HTML, on UTF-8 bytes: text with nothing
/// to escape (most of it) is returned as it is.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = firstToEscape(in: bytes) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    /// The first byte to escape. The five all lie from `"` to `>`, with the digits and some
    /// punctuation between; letters and spaces are passed over eight bytes at a time.
    private static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while let next = Bytes.firstIndex(from: UInt8(ascii: "\""), through: UInt8(ascii: ">"), in: bytes, at: index) {
            if needsEscaping(bytes[next]) { return next }
            index = next + 1
        }
        return nil
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

}
