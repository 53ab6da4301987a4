import Foundation
import Testing

@testable import Pressroom

/// Searches on UTF-8 bytes find what Foundation's Unicode search finds, and those that look at
/// eight bytes at a time find what a byte-by-byte search finds, in every lane of the word and in
/// the bytes after the last whole word.
@Suite struct BytesTests {
    static let samples = [
        "", "{", "{{", "no figure here", "a {{value knife-crime}} b", "café {{value x}} and {{change y}}", "{ {not one}",
        "😀{{value x}}", "e\u{301}{{x}}", "ends with {", "}}{{", "{{{triple}}}",
    ]

    @Test func findsPairsWhereFoundationDoes() {
        for text in Self.samples {
            for pair: StaticString in ["{{", "}}"] {
                let expected = text[...].range(of: pair.description)
                #expect(text[...].firstRange(ofPair: pair) == expected, "\(text.debugDescription) \(pair)")
                if pair.description == "{{" { #expect(Bytes.contains(text, "{{") == (expected != nil), "\(text.debugDescription)") }
            }
        }
    }

    @Test(arguments: [(UInt8(0x28), UInt8(0x39)), (0x01, 0x7F), (0x7F, 0x7F), (0x30, 0x30), (0x41, 0x5A)])
    func everyByteInEveryPlaceIsFoundExactlyWhenItIsInOrOutsideTheRange(low: UInt8, high: UInt8) {
        for byte in UInt8.min...UInt8.max {
            for place in 0..<19 {
                var bytes = [UInt8](repeating: byte == 0x61 ? 0x62 : 0x61, count: 19)
                if (low...high).contains(0x61) || (low...high).contains(0x62) { bytes = [UInt8](repeating: 0x80, count: 19) }
                bytes[place] = byte
                let found = bytes.withUnsafeBufferPointer { Bytes.firstIndex(from: low, through: high, in: $0, at: 0) }
                #expect(found == ((low...high).contains(byte) ? place : nil), "byte \(byte) at \(place)")
                // Outside the range, with every other byte inside it.
                var inside = [UInt8](repeating: byte == low ? high : low, count: 19)
                inside[place] = byte
                let outside = inside.withUnsafeBufferPointer { Bytes.firstIndex(outside: low, through: high, in: $0, at: 0) }
                #expect(outside == ((low...high).contains(byte) ? nil : place), "byte \(byte) at \(place), outside")
            }
        }
    }

    @Test func theSearchStartsWhereItIsTold() {
        let bytes = Array("call 0800 111 or 999, please".utf8)
        let digits = bytes.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            var start = 0
            while let index = Bytes.firstIndex(from: 0x30, through: 0x39, in: buffer, at: start) {
                found.append(index)
                start = index + 1
            }
            return found
        }
        #expect(digits == bytes.indices.filter { (0x30...0x39).contains(bytes[$0]) })
        #expect(bytes.withUnsafeBufferPointer { Bytes.firstIndex(from: 0x30, through: 0x39, in: $0, at: bytes.count) } == nil)
    }
}
