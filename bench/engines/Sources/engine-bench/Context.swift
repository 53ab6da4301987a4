// The context of one chapter page, shaped like Pressroom's (see Templates/README.md),
// as plain Swift dictionaries so that both engines read exactly the same values.

/// About 5 KB of HTML, as the Markdown renderer would make it: inserted unescaped.
func chapterBody() -> String {
    let paragraph = """
        <p>Partners in Cheshire, Halton &amp; Warrington share information each week so that \
        youth workers, school nurses and neighbourhood officers can reach young people before \
        violence escalates. The Serious Violence Duty asks every specified authority to \
        &ldquo;work together and plan&rdquo; to prevent and reduce serious violence.<sup \
        id="fnref-1"><a href="#fn-1">1</a></sup></p>
        """
    var html = ""
    for section in 1...5 {
        html += "<h2 id=\"section-\(section)\">What we will do in year \(section)</h2>\n"
        html += paragraph + "\n"
        html += "<ul>\n<li>Fund detached youth work in the night-time economy</li>\n"
        html += "<li>Place navigators in the emergency department</li>\n</ul>\n"
        html += "<h3 id=\"measures-\(section)\">How we will know</h3>\n" + paragraph + "\n"
    }
    html += "<table><caption>Sharp object admissions</caption><thead><tr><th>Year</th>"
    html += "<th>Admissions</th></tr></thead><tbody><tr><td>2022/23</td><td>98</td></tr>"
    html += "<tr><td>2023/24</td><td>87</td></tr></tbody></table>\n"
    return html
}

func chapterContext() -> [String: Any] {
    let navTitles = ["Home", "Strategy", "Annual review", "News", "Data", "Help and advice",
                     "Contact us", "Accessibility"]
    let nav: [[String: Any]] = navTitles.enumerated().map { index, title in
        ["title": title, "url": "../../\(title.lowercased().replacingOccurrences(of: " ", with: "-"))/",
         "current": index == 1]
    }
    let contents: [[String: Any]] = (1...30).map { number in
        ["number": number, "title": "Chapter \(number): prevention & early intervention",
         "url": "../chapter-\(number)/", "current": number == 7]
    }
    let toc: [[String: Any]] = (1...5).flatMap { section -> [[String: Any]] in
        [["id": "section-\(section)", "text": "What we will do in year \(section)", "level": 2],
         ["id": "measures-\(section)", "text": "How we will know", "level": 3]]
    }
    let contact: [String: Any] = [
        "address_lines": ["Office of the Police & Crime Commissioner", "Clemonds Hey, Oakmere Road",
                          "Winsford CW7 2UA"],
        "phone": "01606 364000", "phone_href": "tel:+441606364000",
        "email": "engagement@cheshire.pcc.pnn.gov.uk", "website": "https://www.cheshire-pcc.gov.uk",
        "social": [["name": "Facebook", "url": "https://www.facebook.com/CheshirePCC"],
                   ["name": "X (Twitter)", "url": "https://x.com/CheshirePCC"]],
    ]
    let helpLines: [[String: Any]] = [
        ["name": "Emergency", "phone": "999", "phone_href": "tel:999",
         "description": "If you or someone else is in immediate danger."],
        ["name": "Crimestoppers", "phone": "0800 555 111", "phone_href": "tel:+44800555111",
         "description": "Tell us what you know, 100% anonymously."],
    ]
    let partnership: [String: Any] = [
        "name": "Cheshire Serious Violence Partnership", "short_name": "Cheshire",
        "area": "Cheshire, Halton & Warrington", "brand_colour": "#1D4F91",
        "brand_text_colour": "#FFFFFF", "home_url": "../../", "nav": nav, "contact": contact,
        "help_lines": helpLines, "contact_url": "../../contact/",
        "accessibility_url": "../../accessibility/", "help_url": "../../pages/help/",
        "alternative_formats": "If you need this in large print, easy read or another language, \"email us\".",
    ]
    return [
        "root": "../../../",
        "site": ["title": "Community safety partnerships", "language": "en-GB"],
        "page": ["title": "Prevention & early intervention", "summary": "What partners will do <first>.",
                 "leave_site": true, "leave_site_url": "https://www.bbc.co.uk/weather",
                 "toc": toc, "body": chapterBody()],
        "publication": ["title": "Serious Violence Strategy 2024–2029", "url": "../", "contents": contents],
        "previous": ["title": "Chapter 6: what the data tells us", "url": "../chapter-6/"],
        "next": ["title": "Chapter 8: enforcement", "url": "../chapter-8/"],
        "breadcrumbs": [["title": "Cheshire", "url": "../../"],
                        ["title": "Serious Violence Strategy 2024–2029", "url": "../"]],
        "partnership": partnership,
    ]
}
