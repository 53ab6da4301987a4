import Foundation

extension PageValues {
    func partnershipValues(_ p: Partnership, from page: String) -> [String: Any] {
        let base = p.slug
        let helpPage = p.pages.first { $0.slug == "help" }
        let contact = p.contact
        var nav: [[String: Any]] = [["title": "Home", "url": link(page, "\(base)/index.html"), "current": page == "\(base)/index.html"]]
        for publication in p.publications {
            let target = "\(base)/\(publication.slug)/index.html"
            nav.append([
                "title": publication.shortTitle, "url": link(page, target), "current": page.hasPrefix("\(base)/\(publication.slug)/"),
            ])
        }
        for (title, folder) in [("News", "news")] {
            nav.append(["title": title, "url": link(page, "\(base)/\(folder)/index.html"), "current": page.hasPrefix("\(base)/\(folder)/")])
        }
        for document in p.pages {
            nav.append(["title": document.title, "url": link(page, document.outputPath), "current": page == document.outputPath])
        }
        nav.append(["title": "Contact", "url": link(page, "\(base)/contact/index.html"), "current": page == "\(base)/contact/index.html"])
        return [
            "name": p.name, "short_name": p.shortName, "area": p.area, "summary": p.summary,
            "convener": p.convener ?? false, "members": p.members,
            "home_url": link(page, "\(base)/index.html"),
            "brand_colour": p.brandColour, "brand_text_colour": Contrast.textColour(on: p.brandColour),
            "logo_url": p.logo.map { link(page, "\(base)/\($0.lastPathComponent)") } ?? false,
            "logo_alt": p.logoAlt ?? false,
            "nav": nav,
            "contact": [
                "address_lines": contact.addressLines, "phone": contact.phone ?? false,
                "phone_href": contact.phone.map(Self.telephoneLink) ?? false, "email": contact.email ?? false,
                "website": contact.website ?? false,
                "social": contact.social.map { ["name": $0.name, "url": $0.url] },
            ] as [String: Any],
            "help_lines": p.helpLines.map {
                ["name": $0.name, "phone": $0.phone, "phone_href": Self.telephoneLink($0.phone), "description": $0.description ?? false]
                    as [String: Any]
            },
            "alternative_formats": p.alternativeFormats,
            "contact_url": link(page, "\(base)/contact/index.html"),
            "accessibility_url": link(page, "\(base)/accessibility/index.html"),
            "help_url": helpPage.map { link(page, $0.outputPath) } ?? false,
            "data_url": link(page, "\(base)/data/index.html"),
            "news_url": link(page, "\(base)/news/index.html"),
        ]
    }

    /// `tel:` link for a phone number as people write it: `01606 364000` → `tel:01606364000`.
    static func telephoneLink(_ phone: String) -> String {
        "tel:" + phone.filter { $0.isNumber || $0 == "+" }
    }

    func kindValues(_ job: PageJob, _ p: Partnership) -> [String: Any] {
        let from = job.outputPath
        switch job.content {
        case .home:
            return [
                "publications": p.publications.map { publicationCard($0, p, from) },
                "news": p.news.prefix(3).map { newsCard($0, from) },
                "pages": p.pages.map {
                    ["title": $0.title, "url": link(from, $0.outputPath), "summary": $0.summary ?? false] as [String: Any]
                },
            ]
        case .contents(_, let publication):
            var values = publicationValues(publication, p, from, current: nil)
            values["summary"] = publication.summary ?? false
            values["published"] = publication.published.map(Self.longDate) ?? false
            values["kind_label"] = publication.kind == .strategy ? "Strategy" : "Annual review"
            return ["publication": values]
        case .chapter(_, let publication, let index):
            let neighbour = { (offset: Int) -> Any in
                let target = index + offset
                guard publication.chapters.indices.contains(target) else { return false }
                let chapter = publication.chapters[target]
                return ["title": chapter.title, "url": link(from, chapter.outputPath)]
            }
            return [
                "publication": publicationValues(publication, p, from, current: index), "previous": neighbour(-1), "next": neighbour(1),
            ]
        case .newsList:
            return ["news": p.news.map { newsCard($0, from) }]
        case .accessibility:
            return [
                "statement": [
                    "reviewed": Self.longDate(p.accessibilityReviewed),
                    "known_issues": p.knownAccessibilityIssues.isEmpty ? false as Any : p.knownAccessibilityIssues,
                    "email": p.contact.email ?? false, "phone": p.contact.phone ?? false,
                ] as [String: Any]
            ]
        case .data:
            let data = measures[p.slug] ?? MeasureData()
            return [
                "measures": data.measures.map { measure -> [String: Any] in
                    let latest = data.figures(measure.id)?.latest
                    return [
                        "id": measure.id, "title": measure.title, "unit": measure.unit.rawValue,
                        "desired_direction": MeasureComponents.directionText(measure.desiredDirection), "source": measure.source,
                        "latest_period": latest?.period ?? "Not yet available",
                        "latest_value": latest.map { FigureFormat.value($0.value, unit: measure.unit) } ?? "—",
                    ]
                },
                "csv_url": link(from, "\(p.slug)/data/measures.csv"), "json_url": link(from, "\(p.slug)/data/measures.json"),
            ]
        default:
            return [:]
        }
    }

    private func publicationCard(_ publication: Publication, _ p: Partnership, _ from: String) -> [String: Any] {
        [
            "title": publication.title, "period": publication.period ?? false,
            "url": link(from, "\(p.slug)/\(publication.slug)/index.html"), "summary": publication.summary ?? false,
        ]
    }

    private func publicationValues(_ publication: Publication, _ p: Partnership, _ from: String, current: Int?) -> [String: Any] {
        var values = publicationCard(publication, p, from)
        values["chapters"] = publication.chapters.enumerated().map { index, chapter in
            [
                "number": index + 1, "title": chapter.title, "url": link(from, chapter.outputPath),
                "summary": chapter.summary ?? false, "current": index == current,
            ] as [String: Any]
        }
        return values
    }

    private func newsCard(_ item: Document, _ from: String) -> [String: Any] {
        [
            "title": item.title, "url": link(from, item.outputPath), "date": item.date.map(Self.longDate) ?? false,
            "date_iso": item.date ?? false, "summary": item.summary ?? false,
        ]
    }
}
