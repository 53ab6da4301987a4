import Testing

@testable import Pressroom

/// Text put into HTML: the five characters that could end text or an attribute are escaped,
/// and nothing else is touched.
@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("Fewer knife crimes", "Fewer knife crimes"),
        (#"A & B <c> "d" 'e'"#, "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;"),
        ("= ? ; : @ [ ] { | } ~ ` ^ _ 1-2/3", "= ? ; : @ [ ] { | } ~ ` ^ _ 1-2/3"),
        ("£1.2m – 10% ✓ café", "£1.2m – 10% ✓ café"),
        ("", ""),
        ("<", "&lt;"),
    ])
    func onlyTheFiveCharactersAreEscaped(text: String, html: String) {
        #expect(HTMLText.escape(text) == html)
    }
}
