import Foundation
import Testing

@testable import Pressroom

/// Trimming looks at UTF-8 bytes first; it must agree with Foundation's character sets.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "\t\n", "plain", "  two sides  ", "\u{A0}no-break space\u{A0}", " \u{2003}em space", "café ", " naïve",
        "\n<li>item</li>\n\n", "line\r\n", "\u{2028}separator", "e\u{301} ", " 😀 ", "\u{85}next line",
    ]

    @Test func agreesWithFoundation() {
        for text in Self.samples {
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(
                text.trimmingSpacesAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            #expect(text.trimmingNewlines == text.trimmingCharacters(in: .newlines), "\(text.debugDescription)")
        }
    }
}
