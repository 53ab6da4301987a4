import Foundation
import Testing

@testable import Pressroom

/// Searches on UTF-8 bytes find what Foundation's Unicode search finds.
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
}
