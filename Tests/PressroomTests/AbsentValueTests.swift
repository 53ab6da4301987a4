import Foundation
import Testing

@testable import Pressroom

/// An optional value that is absent writes nothing, skips a section on it and shows an inverted
/// one, wherever a template reads it: written out, in a section, or by a dotted name.
@Suite struct AbsentValueTests {
    @Test func anAbsentValueWritesNothing() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        try project.edit("Templates/chapter.mustache") {
            """
            <p class="absent">[{{partnership.contact.website}}]{{#partnership}}[{{contact.website}}]{{/partnership}}\
            {{#partnership.contact.website}}web{{/partnership.contact.website}}\
            {{^partnership.contact.website}}no web{{/partnership.contact.website}}</p>

            """ + $0
        }
        #expect(project.build().errors.isEmpty)
        project.expect(TestProject.introduction, ["<p class=\"absent\">[][]no web</p>"])
    }
}
