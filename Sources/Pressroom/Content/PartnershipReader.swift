import Foundation

/// Reads `partnership.yaml`.
struct PartnershipReader {
    let project: ProjectFolder
    let log: DiagnosticLog

    static let keys = [
        "name", "short_name", "area", "summary", "convener", "members", "brand_colour", "logo", "logo_alt",
        "contact", "help_lines", "alternative_formats", "accessibility", "leave_site_url",
        "suppress_below",
    ]

    /// What `yaml` says, recording every problem and reading on past it: a key that cannot be
    /// read gets its default, so that the partnership's documents and data are still checked.
    func read(_ yaml: YAMLMap, slug: String, folder: URL) -> Partnership {
        yaml.warnUnknownKeys(Self.keys, log: log)
        for key in ["name", "area", "summary", "members", "brand_colour", "contact", "alternative_formats", "accessibility"]
        where yaml.node(key) == nil {
            log.error(yaml.start, "missing required key '\(key)'; add `\(key): …` (see Content/README.md)")
        }
        let name = yaml.string("name", log: log) ?? slug
        var partnership = Self.placeholder(slug: slug, source: yaml.path, folder: folder)
        partnership.name = name
        partnership.shortName = yaml.string("short_name", log: log) ?? name
        partnership.area = yaml.string("area", log: log) ?? ""
        partnership.summary = yaml.string("summary", log: log) ?? ""
        partnership.convener = yaml.string("convener", log: log)
        partnership.members = yaml.strings("members", log: log)
        if let colour = yaml.string("brand_colour", log: log) {
            partnership.brandColour = colour
            checkBrandColour(colour, at: yaml.location("brand_colour"))
        }
        partnership.logo = log.recovering(nil) { () throws(ContentError) in try logo(yaml, folder: folder) }
        partnership.logoAlt = yaml.string("logo_alt", log: log)
        partnership.contact = log.recovering(partnership.contact) { () throws(ContentError) in try contact(yaml) }
        partnership.helpLines = log.recovering([]) { () throws(ContentError) in try helpLines(yaml) }
        partnership.alternativeFormats = yaml.string("alternative_formats", log: log) ?? ""
        if let accessibility = yaml.map("accessibility", log: log) {
            readAccessibility(accessibility, into: &partnership)
        }
        partnership.leaveSiteURL = log.recovering(Partnership.defaultLeaveSiteURL) { () throws(ContentError) in try leaveSiteURL(yaml) }
        partnership.suppressBelow = log.recovering(nil) { () throws(ContentError) in try suppressBelow(yaml) }
        return partnership
    }

    /// A partnership whose `partnership.yaml` could not be read: its name is its folder's, so
    /// that its publications, pages and data can still be checked.
    static func placeholder(slug: String, source: String, folder: URL) -> Partnership {
        Partnership(
            slug: slug, name: slug, shortName: slug, area: "", summary: "", convener: nil, members: [], brandColour: "#1d4f91",
            logo: nil, logoAlt: nil, contact: Contact(addressLines: [], social: []), helpLines: [], alternativeFormats: "",
            accessibilityReviewed: "", knownAccessibilityIssues: [], leaveSiteURL: Partnership.defaultLeaveSiteURL,
            publications: [], news: [], pages: [], source: source, folder: folder)
    }

    private func readAccessibility(_ accessibility: YAMLMap, into partnership: inout Partnership) {
        accessibility.warnUnknownKeys(["reviewed", "known_issues"], log: log)
        if accessibility.node("reviewed") == nil {
            log.error(accessibility.start, "missing required key 'reviewed' in accessibility; add `reviewed: 2024-11-01`")
        }
        if let reviewed = accessibility.string("reviewed", log: log) {
            CalendarDate.check(reviewed, name: "reviewed", at: accessibility.location("reviewed"), log: log)
            partnership.accessibilityReviewed = reviewed
        }
        partnership.knownAccessibilityIssues = accessibility.strings("known_issues", log: log)
    }

    private func suppressBelow(_ yaml: YAMLMap) throws(ContentError) -> Int? {
        let suppressBelow = try yaml.int("suppress_below")
        if let suppressBelow, suppressBelow < 1 {
            throw ContentError(
                yaml.location("suppress_below"),
                "suppress_below must be 1 or more: counts below it are shown as 'fewer than' it (e.g. 5), or leave it out")
        }
        return suppressBelow
    }

    private func checkBrandColour(_ colour: String, at location: SourceLocation) {
        guard let ratio = Contrast.ratio(colour, "#ffffff") else {
            log.error(location, "brand_colour '\(colour)' is not a colour; write it as \"#RRGGBB\", e.g. \"#1d4f91\"")
            return
        }
        if ratio < 4.5 {
            log.error(
                location,
                "brand_colour '\(colour)' has a contrast of \(String(format: "%.2f", ratio)):1 with the white text "
                    + "of the header; it needs at least 4.5:1, so choose a darker shade")
        }
    }

    private func logo(_ yaml: YAMLMap, folder: URL) throws(ContentError) -> URL? {
        guard let file = try yaml.string("logo") else { return nil }
        guard let url = project.resolve(file, from: folder, within: folder) else {
            throw ContentError(
                yaml.location("logo"), "logo '\(file)' is outside the partnership folder; put the file in \(project.relativePath(folder))/")
        }
        if !project.exists(url) {
            log.error(yaml.location("logo"), "logo file '\(file)' does not exist in \(project.relativePath(folder))/")
        } else {
            do {
                try ImageFile.check(url, written: file, at: yaml.location("logo"), log: log)
            } catch {
                log.record(error)
            }
        }
        if (try yaml.string("logo_alt")) == nil {
            log.error(yaml.location("logo"), "the logo needs alt text; add `logo_alt:` with the words the logo shows")
        }
        return url
    }

    private func contact(_ yaml: YAMLMap) throws(ContentError) -> Contact {
        guard let map = try yaml.map("contact") else {
            return Contact(addressLines: [], social: [])
        }
        map.warnUnknownKeys(["address", "phone", "email", "website", "social"], log: log)
        let social = map.maps("social", log: log).compactMap { item in
            item.warnUnknownKeys(["name", "url"], log: log)
            let url = log.recovering(nil) { () throws(ContentError) in
                try WebAddress.checkWebsite(item.requiredString("url"), key: "url", at: item.location("url"))
            }
            let name = item.requiredString("name", log: log)
            return url.flatMap { url in name.map { SocialLink(name: $0, url: url) } }
        }
        let contact = Contact(
            addressLines: (map.string("address", log: log) ?? "").split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty },
            phone: map.string("phone", log: log),
            email: log.recovering(nil) { () throws(ContentError) in
                try map.string("email").map { email throws(ContentError) in
                    try WebAddress.checkEmail(email, key: "email", at: map.location("email"))
                }
            },
            website: log.recovering(nil) { () throws(ContentError) in
                try map.string("website").map { url throws(ContentError) in
                    try WebAddress.checkWebsite(url, key: "website", at: map.location("website"))
                }
            },
            social: social)
        if contact.phone == nil && contact.email == nil {
            log.error(map.start, "contact needs at least an email or a phone number; add `email:` or `phone:`")
        }
        warnAboutPlaceholders(map)
        return contact
    }

    /// The skeleton's example contact details, still there: they would be published as they are.
    private func warnAboutPlaceholders(_ contact: YAMLMap) {
        for key in ["phone", "email", "address"] {
            guard let node = contact.node(key), let placeholder = Scaffold.placeholderContact[key],
                node.scalar?.string.trimmingSpacesAndNewlines == placeholder
            else { continue }
            let what = key == "address" ? "postal address" : key == "phone" ? "phone number" : "email address"
            log.warning(
                contact.location(of: node),
                "contact \(key) is still the example that `pressroom new` wrote; replace it with the partnership's own \(what)")
        }
    }

    private func leaveSiteURL(_ yaml: YAMLMap) throws(ContentError) -> String {
        guard let url = try yaml.string("leave_site_url") else { return Partnership.defaultLeaveSiteURL }
        return try WebAddress.checkWebsite(url, key: "leave_site_url", at: yaml.location("leave_site_url"))
    }

    private func helpLines(_ yaml: YAMLMap) throws(ContentError) -> [HelpLine] {
        try yaml.maps("help_lines").compactMap { item in
            item.warnUnknownKeys(["name", "phone", "description"], log: log)
            let name = item.requiredString("name", log: log)
            let phone = item.requiredString("phone", log: log)
            let description = item.string("description", log: log)
            guard let name, let phone else { return nil }
            return HelpLine(name: name, phone: phone, description: description)
        }
    }
}
