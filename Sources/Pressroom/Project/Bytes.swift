import Foundation

/// Searches on UTF-8 bytes, for the few places that look for text in whole files.
enum Bytes {
    /// Whether `text` contains `needle`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard let base = haystack.baseAddress, let pattern = wanted.baseAddress else { return wanted.isEmpty }
                var start = 0
                while start + wanted.count <= haystack.count {
                    guard let hit = memchr(base + start, Int32(pattern.pointee), haystack.count - start) else { return false }
                    let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    if offset + wanted.count <= haystack.count, memcmp(base + offset, pattern, wanted.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// Whether `data` contains `byte`.
    static func contains(_ data: Data, _ byte: UInt8) -> Bool {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }
}
