import Foundation
import Testing

@testable import Pressroom

/// Whole builds of the minimal partnership: a chapter starts with its content on a phone (its
/// lists folded behind disclosures, each list written once), and the not-found page works from
/// any depth and offers help.
@Suite struct LayoutTests {
    @Test func chapterFoldsItsContentsAndOnThisPageBehindClosedDisclosures() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        let chapter = TestProject.introduction
        project.expect(
            chapter,
            [
                #"<nav class="publication-contents" aria-labelledby="publication-contents-heading">"#,
                #"<summary class="fold__summary"><span id="publication-contents-heading">Contents</span></summary>"#,
                #"<h2 class="publication-contents__heading fold__heading">Contents</h2>"#,
                #"<a href="index.html" aria-current="page"><span class="publication-contents__number">1</span> Introduction</a>"#,
                #"<nav class="on-this-page" aria-labelledby="on-this-page-heading">"#,
                #"<summary class="fold__summary"><span id="on-this-page-heading">On this page</span></summary>"#,
                #"<h2 class="on-this-page__heading fold__heading">On this page</h2>"#,
                ##"<a href="#why-we-have-a-strategy">Why we have a strategy</a>"##,
                "! <details class=\"fold\" open", "! <script",
            ])
        let html = try project.read(chapter)
        #expect(html.components(separatedBy: #"<details class="fold">"#).count - 1 == 2)
        #expect(html.components(separatedBy: "publication-contents__list").count - 1 == 1, "one copy of the chapter list")
        #expect(html.components(separatedBy: "on-this-page__list").count - 1 == 1, "one copy of the headings")
        let contents = try #require(html.range(of: "publication-contents__list"))
        let headings = try #require(html.range(of: "on-this-page__list"))
        let body = try #require(html.range(of: #"<div class="prose">"#))
        #expect(contents.lowerBound < headings.lowerBound && headings.lowerBound < body.lowerBound)
    }

    @Test func mainNavigationIsAMenuDisclosureThatKeepsTheCurrentPage() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            TestProject.introduction,
            [
                #"<nav class="site-nav" aria-label="Main">"#,
                #"<details class="fold fold--phone site-nav__fold">"#,
                #"<summary class="fold__summary site-nav__menu">Menu</summary>"#,
                #"<li><a href="../index.html" aria-current="page">Serious Violence Strategy</a></li>"#,
            ])
    }

    @Test func stylesheetShowsFoldsOpenOnWideScreensWithoutScript() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/assets/style.css",
            [
                "@supports selector(::details-content) {", ".fold > .fold__summary { display: none; }",
                ".fold::details-content { content-visibility: visible; }",
                ".fold--phone::details-content { content-visibility: visible; }",
            ])
    }

    @Test func notFoundPageOffersTheNationalNumbersAsTapToCallLinks() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/404.html",
            [
                #"<p class="not-found-help__danger">If you are in danger, call <a href="tel:999">999</a>.</p>"#,
                #"<p class="help-lines__phone"><a href="tel:101">101</a></p>"#,
                #"<p class="help-lines__phone"><a href="tel:0800555111">0800 555 111</a></p>"#,
            ])
    }

    @Test func notFoundPageLinksEachPartnershipAndItsHelpPageFromTheSiteRoot() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + TestProject.minimalPartnership(slug: "beta", name: "Beta Partnership"))
        try project.remove("Content/beta/pages/help.md")
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(
            "Output/404.html",
            [
                #"<a class="link-list__title" href="/alpha/index.html">Alpha Community Safety Partnership</a>"#,
                #"<a href="/alpha/help/index.html">Help and advice<span class="visually-hidden"> from Alpha Community Safety Partnership</span></a>"#,
                #"<a class="link-list__title" href="/beta/index.html">Beta Partnership</a>"#,
                "! /beta/help/", #"! aria-labelledby="not-found-areas-heading" hidden"#,
            ])
        try project.write("Content/site.yaml", "title: Partnerships\nbase_url: https://example.org/csp/\n")
        project.build()
        project.expect(
            "Output/404.html",
            [
                #"<a class="link-list__title" href="/csp/beta/index.html">Beta Partnership</a>"#,
                #"<a href="/csp/alpha/help/index.html">Help and advice"#,
            ])
    }

    @Test func notFoundPageOpenedFromDiskLinksFromItsOwnFolder() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        try project.write("Content/site.yaml", "title: Partnerships\nbase_url: https://example.org/csp\n")
        project.build()
        project.expect(
            "Output/404.html",
            [
                #"<div class="prose" data-site-root="/csp/">"#, "if (window.location.protocol !== 'file:') { return; }",
                "document.querySelectorAll('a[href], link[rel=\"stylesheet\"][href]')",
            ])
    }
}
