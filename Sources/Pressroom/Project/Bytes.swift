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

    /// Where the first byte from `low` through `high`, both ASCII, comes in `bytes` at or after `start`.
    static func firstIndex(from low: UInt8, through high: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        firstIndex(in: bytes, at: start, low: low, high: high, inside: true)
    }

    /// Where the first byte that is not from `low` through `high`, both ASCII, comes in `bytes`
    /// at or after `start`: every byte of a character beyond ASCII is one.
    static func firstIndex(outside low: UInt8, through high: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        firstIndex(in: bytes, at: start, low: low, high: high, inside: false)
    }

    /// Eight bytes are looked at together: a lane of the word is marked when its byte is ASCII,
    /// above `low - 1` and below `high + 1`, with no carry from one lane to the next; when
    /// looking for bytes outside the range, the unmarked lanes are the ones.
    private static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, low: UInt8, high: UInt8, inside: Bool) -> Int? {
        precondition(low > 0 && low <= high && high < 0x80, "an ASCII range")
        var index = start
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let seven = ones &* 0x7F, top = ones &* 0x80
            let below = ones &* (127 &+ UInt64(high) &+ 1), above = ones &* (127 &- UInt64(low) &+ 1)
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let low7 = word & seven
                let marked = (below &- low7) & ~word & (low7 &+ above) & top
                let wanted = inside ? marked : ~marked & top
                if wanted != 0 { return index + wanted.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count {
            if (bytes[index] >= low && bytes[index] <= high) == inside { return index }
            index += 1
        }
        return nil
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
