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

    func read(_ yaml: YAMLMap, slug: String, folder: URL) throws(ContentError) -> Partnership {
        yaml.warnUnknownKeys(Self.keys, log: log)
        var missing: [String] = []
        for key in ["name", "area", "summary", "members", "brand_colour", "contact", "alternative_formats", "accessibility"]
        where yaml.node(key) == nil {
            missing.append(key)
        }
        for key in missing {
            log.error(yaml.start, "missing required key '\(key)'; add `\(key): …` (see Content/README.md)")
        }
        let name = try yaml.string("name") ?? slug
        let brandColour = try yaml.string("brand_colour") ?? "#1d4f91"
        if yaml.node("brand_colour") != nil {
            checkBrandColour(brandColour, at: yaml.location("brand_colour"))
        }
        let accessibility = try yaml.map("accessibility")
        accessibility?.warnUnknownKeys(["reviewed", "known_issues"], log: log)
        if let accessibility, accessibility.node("reviewed") == nil {
            log.error(accessibility.start, "missing required key 'reviewed' in accessibility; add `reviewed: 2024-11-01`")
        }
        if let accessibility, let reviewed = try accessibility.string("reviewed") {
            CalendarDate.check(reviewed, name: "reviewed", at: accessibility.location("reviewed"), log: log)
        }
        let suppressBelow = try yaml.int("suppress_below")
        if let suppressBelow, suppressBelow < 1 {
            throw ContentError(
                yaml.location("suppress_below"),
                "suppress_below must be 1 or more: counts below it are shown as 'fewer than' it (e.g. 5), or leave it out")
        }
        var partnership = Partnership(
            slug: slug,
            name: name,
            shortName: try yaml.string("short_name") ?? name,
            area: try yaml.string("area") ?? "",
            summary: try yaml.string("summary") ?? "",
            convener: try yaml.string("convener"),
            members: try yaml.strings("members"),
            brandColour: brandColour,
            logo: try logo(yaml, folder: folder),
            logoAlt: try yaml.string("logo_alt"),
            contact: try contact(yaml),
            helpLines: try helpLines(yaml),
            alternativeFormats: try yaml.string("alternative_formats") ?? "",
            accessibilityReviewed: try accessibility?.string("reviewed") ?? "",
            knownAccessibilityIssues: try accessibility?.strings("known_issues") ?? [],
            leaveSiteURL: try leaveSiteURL(yaml),
            publications: [], news: [], pages: [],
            source: yaml.path, folder: folder)
        partnership.suppressBelow = suppressBelow
        return partnership
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
        let social = try map.maps("social").map { item throws(ContentError) in
            item.warnUnknownKeys(["name", "url"], log: log)
            let url = try WebAddress.checkWebsite(item.requiredString("url"), key: "url", at: item.location("url"))
            return SocialLink(name: try item.requiredString("name"), url: url)
        }
        let contact = Contact(
            addressLines: (try map.string("address") ?? "").split(separator: "\n").map {
                $0.trimmingSpaces
            }.filter { !$0.isEmpty },
            phone: try map.string("phone"),
            email: try map.string("email").map { email throws(ContentError) in
                try WebAddress.checkEmail(email, key: "email", at: map.location("email"))
            },
            website: try map.string("website").map { url throws(ContentError) in
                try WebAddress.checkWebsite(url, key: "website", at: map.location("website"))
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
        try yaml.maps("help_lines").map { item throws(ContentError) in
            item.warnUnknownKeys(["name", "phone", "description"], log: log)
            return HelpLine(
                name: try item.requiredString("name"), phone: try item.requiredString("phone"),
                description: try item.string("description"))
        }
    }
}
