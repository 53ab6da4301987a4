import Foundation

/// A community-safety partnership: one folder under `Content/`, one website under `Output/`.
public struct Partnership: Sendable, Hashable {
    public static let defaultLeaveSiteURL = "https://www.bbc.co.uk/weather"

    public var slug: String
    public var name: String
    public var shortName: String
    public var area: String
    public var summary: String
    public var convener: String?
    public var members: [String]
    public var brandColour: String
    public var logo: URL?
    public var logoAlt: String?
    public var contact: Contact
    public var helpLines: [HelpLine]
    public var alternativeFormats: String
    public var accessibilityReviewed: String
    public var knownAccessibilityIssues: [String]
    /// Where "Leave this site" goes: a neutral page that gives nothing away.
    public var leaveSiteURL: String
    /// Counts below this are published only as "fewer than" it (`suppress_below`), on every
    /// page, chart, print document and open data file.
    public var suppressBelow: Int? = nil
    public var publications: [Publication]
    public var news: [Document]
    public var pages: [Document]
    /// `partnership.yaml`, relative to the project folder.
    public var source: String
    public var folder: URL
}

public struct Contact: Sendable, Hashable {
    public var addressLines: [String]
    public var phone: String?
    public var email: String?
    public var website: String?
    public var social: [SocialLink]
}

public struct SocialLink: Sendable, Hashable {
    public var name: String
    public var url: String
}

public struct HelpLine: Sendable, Hashable {
    public var name: String
    public var phone: String
    public var description: String?
}

/// A strategy, annual review, report or plan: ordered chapters under one title and period.
public struct Publication: Sendable, Hashable {
    /// What a publication is, as `kind:` in `publication.yaml` names it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case strategy
        case annualReview = "annual-review"
        /// A report to a council committee or board: numbered paragraphs, recommendations, appendices.
        case report
        /// A plan, such as a delivery plan.
        case plan

        /// Whether a paragraph that starts with its number (`2.18 The council…`) is a numbered
        /// paragraph, with an id that other pages can link to.
        public var numbersParagraphs: Bool {
            switch self {
            case .report: true
            case .strategy, .annualReview, .plan: false
            }
        }
    }

    public var slug: String
    public var title: String
    /// The name in menus and breadcrumbs, e.g. `Strategy`; the title when not given.
    public var shortTitle: String
    public var period: String?
    public var kind: Kind
    public var summary: String?
    public var published: String?
    public var chapters: [Document]
    public var source: String
    /// Tags its chapters can mark commitments with (`tags:` in `publication.yaml`).
    public var tags: [Tag] = []
    /// What the tags say about a commitment, e.g. `Who asked for it` (`tags_title:`).
    public var tagsTitle: String? = nil
}

/// The whole portal: settings from `site.yaml` and every partnership.
public struct Site: Sendable, Hashable {
    public var title: String
    public var description: String
    public var baseURL: String?
    public var partnerships: [Partnership]
}
