import Foundation
import Testing

@testable import Pressroom

/// Every address that reaches an `href` or `src` passes one check, whichever file it came
/// from; and nothing outside the project folder is read, whatever the route.
@Suite struct UnsafeAddressTests {
    static let partnership = "Content/alpha/partnership.yaml"
    static let chapter = "Content/alpha/strategy/01-introduction.md"

    private func project(_ extra: String = "") throws -> TestProject {
        try TestProject(TestProject.minimalPartnership() + extra)
    }

    // MARK: Addresses in partnership.yaml and site.yaml

    @Test(arguments: [
        (
            "  email: safety@alpha.example.org", "  email: javascript:alert(1)//@x.org",
            "email 'javascript:alert(1)//@x.org' is not an email"
        ),
        (
            "  email: safety@alpha.example.org", "  email: safety@alpha.example.org\n  website: javascript:alert(1)",
            "website 'javascript:alert(1)'"
        ),
        (
            "  email: safety@alpha.example.org", "  email: safety@alpha.example.org\n  website: \"java\\tscript:alert(1)\"",
            "website 'java"
        ),
        (
            "  email: safety@alpha.example.org",
            "  email: safety@alpha.example.org\n  social:\n    - name: X\n      url: data:text/html,<script>alert(1)</script>",
            "url 'data:text/html"
        ),
        ("accessibility:", "leave_site_url: vbscript:msgbox\naccessibility:", "leave_site_url 'vbscript:msgbox'"),
    ])
    func unsafeAddressInPartnershipFileIsAnError(original: String, replacement: String, message: String) throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.partnership) { $0.replacingOccurrences(of: original, with: replacement) }
        }
        let key = String(message.prefix { $0 != " " }) + ":"
        let line = try project.line(of: key, in: Self.partnership)
        report.expectError(in: Self.partnership, line: line, message)
    }

    /// The scheme of an address as a browser reads it: tabs and line breaks inside it and
    /// spaces before it are ignored, and any character that cannot be in a scheme means none.
    @Test(
        arguments: [
            ("https://example.org", "https"), ("HTTP://example.org", "http"), ("mailto:help@example.org", "mailto"), ("tel:101", "tel"),
            ("java\tscript:alert(1)", "javascript"), ("java\r\nscript:x", "javascript"), (" \u{1}javascript:x", "javascript"),
            ("a+b.c-d:x", "a+b.c-d"), ("chapter.md", nil), ("../a:b", nil), ("1abc:x", nil), (":x", nil), ("café:x", nil),
            ("x\u{0}:y", nil), ("", nil), ("#top", nil),
        ] as [(String, String?)])
    func schemeIsReadAsABrowserReadsIt(address: String, scheme: String?) {
        #expect(WebAddress.scheme(address) == scheme, "\(address)")
    }

    @Test func unsafeBaseURLInSiteSettingsIsAnError() throws {
        let project = try project()
        let report = try project.buildFailsAfter("-- Content/site.yaml --\ntitle: Portal\nbase_url: javascript:alert(1)\n")
        report.expectError(in: "Content/site.yaml", line: 2, column: 1, "base_url 'javascript:alert(1)' must be a full web address")
    }

    @Test func safeAddressesArePublished() throws {
        let project = try project()
        try project.edit(Self.partnership) {
            $0.replacingOccurrences(
                of: "  email: safety@alpha.example.org",
                with:
                    "  email: safety@alpha.example.org\n  website: https://alpha.example.org/\n  social:\n    - name: Alpha on Mastodon\n      url: https://social.example.org/@alpha"
            )
        }
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        let contact = try project.read("Output/alpha/contact/index.html")
        #expect(contact.contains("href=\"https://alpha.example.org/\""))
        #expect(contact.contains("href=\"https://social.example.org/@alpha\""))
        #expect(contact.contains("href=\"mailto:safety@alpha.example.org\""))
    }

    // MARK: Addresses in Markdown, as a browser reads them

    @Test(arguments: ["java&#9;script:alert(1)", "JavaScript:alert(1)", "&#32;javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4="])
    func scriptAddressInAMarkdownLinkIsAnError(address: String) throws {
        let project = try project()
        let report = try project.buildFailsAfter(TestProject.chapter("\nSee [our plan](\(address)).\n"))
        report.expectError(in: Self.chapter, line: 6, "are not allowed")
    }

    @Test func scriptAddressInAnImageIsAnError() throws {
        let project = try project()
        let report = try project.buildFailsAfter(TestProject.chapter("\n![A chart](javascript:alert(1))\n"))
        report.expectError(in: Self.chapter, line: 6, "image addresses starting 'javascript:' are not allowed")
    }

    // MARK: Symbolic links out of the project

    private func outsideFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-outside-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aChapterLinkedFromOutsideTheProjectIsNotRead() throws {
        let secret = try outsideFile("---\ntitle: Secret\n---\n\nSECRET-MARKER\n")
        defer { try? FileManager.default.removeItem(at: secret) }
        let project = try project()
        let report = try project.buildFailsAfter {
            try FileManager.default.createSymbolicLink(
                atPath: $0.root.appendingPathComponent("Content/alpha/strategy/03-secret.md").path, withDestinationPath: secret.path)
        }
        report.expectError(in: "Content/alpha/strategy/03-secret.md", line: 1, "symbolic link to")
        #expect(!report.diagnostics.contains { $0.message.contains("SECRET-MARKER") })
    }

    @Test func aPartnershipFolderLinkedFromOutsideIsNotRead() throws {
        let outside = try TestProject(TestProject.minimalPartnership(slug: "beta"), templates: false)
        let project = try project()
        let report = try project.buildFailsAfter {
            try FileManager.default.createSymbolicLink(
                atPath: $0.root.appendingPathComponent("Content/beta").path,
                withDestinationPath: outside.root.appendingPathComponent("Content/beta").path)
        }
        report.expectError(in: "Content/beta/partnership.yaml", line: 1, "outside the project folder")
    }

    @Test func anImageOrAssetLinkedFromOutsideIsNotCopied() throws {
        let secret = try outsideFile("SECRET")
        defer { try? FileManager.default.removeItem(at: secret) }
        let project = try project()
        let report = try project.buildFailsAfter {
            let root = $0.root
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("Content/alpha/strategy/chart.png").path, withDestinationPath: secret.path)
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("Templates/assets/secret.css").path, withDestinationPath: secret.path)
            try $0.write(Self.chapter, "---\ntitle: Introduction\n---\n\n![A chart of knife crime](chart.png)\n")
        }
        report.expectError(in: Self.chapter, line: 5, "points outside the Content folder")
        report.expectError(in: "Templates/assets/secret.css", line: 1, "outside the project folder")
    }

    @Test func aSymbolicLinkInsideTheProjectIsFollowed() throws {
        let project = try project()
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("Content/alpha/pages/support.md").path,
            withDestinationPath: project.root.appendingPathComponent("Content/alpha/pages/help.md").path)
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(try project.read("Output/alpha/support/index.html").contains(#"call <a href="tel:999">999</a>"#))
    }
}
