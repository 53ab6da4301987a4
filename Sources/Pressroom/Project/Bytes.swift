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

    /// Where `byte` first comes in `bytes` at or after `start`.
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count, let hit = memchr(base + start, Int32(byte), bytes.count - start) else {
            return nil
        }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// Whether `data` contains `byte`.
    static func contains(_ data: Data, _ byte: UInt8) -> Bool {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }
}

extension Substring {
    /// Where the two ASCII characters `pair` (`{{`) first stand together, looked for on UTF-8
    /// bytes rather than with Foundation's Unicode search.
    func firstRange(ofPair pair: StaticString) -> Range<Index>? {
        precondition(pair.utf8CodeUnitCount == 2, "a pair of ASCII characters")
        let (first, second) = (pair.utf8Start[0], pair.utf8Start[1])
        let bytes = utf8
        var from = bytes.startIndex
        while let found = bytes[from...].firstIndex(of: first) {
            let next = bytes.index(after: found)
            if next < bytes.endIndex, bytes[next] == second { return found..<bytes.index(after: next) }
            from = next
        }
        return nil
    }
}
