/// What a publication is called on the pages that show it: its kind ("Report") in captions,
/// cards and on the print cover, and its short title with the kind in breadcrumbs.
extension Publication.Kind {
    func label(_ strings: Strings = .english) -> String {
        switch self {
        case .strategy: strings.strategy
        case .annualReview: strings.annualReview
        case .report: strings.report
        case .plan: strings.plan
        }
    }
}

extension Publication {
    /// The short title, with the kind before it unless the title already names it:
    /// "Committee report", but "Strategy: Strategic framework".
    func trailTitle(_ strings: Strings = .english) -> String {
        let label = kind.label(strings)
        guard let noun = label.split(separator: " ").last?.lowercased() else { return shortTitle }
        let words = shortTitle.lowercased().split { !$0.isLetter }
        return words.contains { $0 == noun } ? shortTitle : strings.kindAndTitle(label, shortTitle)
    }
}
