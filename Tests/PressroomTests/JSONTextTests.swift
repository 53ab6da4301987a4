import Foundation
import Testing

@testable import Pressroom

/// Open data JSON is written directly; every string and number must read back as it was.
@Suite struct JSONTextTests {
    @Test func stringsAndNumbersReadBackExactly() throws {
        let awkward = "Say \"no\" \\ to knives\n\tAreas: Bede / Camp Hill; £1.2m — 10%\u{1}\u{1F}"
        let numbers = [0, 1234, -7, 14.36, 9.6, 0.000012, 1e20, 123_456_789.125]
        let text = JSONText.object([
            ("text", .string(awkward)), ("numbers", .array(numbers.map(JSONText.number))), ("none", .null), ("yes", .bool(true)),
            ("empty", .array([])),
        ]).text
        let read = try #require(try JSONSerialization.jsonObject(with: Data(text)) as? [String: Any])
        #expect(read["text"] as? String == awkward)
        #expect((read["numbers"] as? [NSNumber])?.map(\.doubleValue) == numbers)
        #expect(read["none"] is NSNull)
        #expect(read["yes"] as? Bool == true)
        #expect((read["empty"] as? [Any])?.isEmpty == true)
        let written = String(decoding: text, as: UTF8.self)
        #expect(written.contains(#""numbers": ["#) && written.contains("\n    1234,\n"), "indented, whole numbers without .0")
        #expect(written.contains(#""empty": []"#))
        #expect(written.contains(#"\u0001\u001f"#), "control characters are escaped")
    }
}
