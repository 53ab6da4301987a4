import Foundation

/// Runs one input through one of Pressroom's readers, as a build would: the entry point of the
/// fuzzer (`make fuzz`) and of the tests that replay the inputs it found.
///
/// The first byte chooses the file the rest of the input becomes. The file is written to a
/// scratch project folder and read back by the code a build uses; Markdown is parsed and
/// rendered with real measure components. Problems in the file go to a log that is thrown
/// away: only a crash matters here.
public enum FuzzTarget {
    /// The file an input becomes, chosen by its first byte modulo the number of cases.
    enum Reader: UInt8, CaseIterable, Sendable {
        /// A page: front matter and a Markdown body, rendered with a fixed set of measures.
        case page
        /// A news item, read with its front matter fields as a build reads it, then rendered.
        case newsItem
        case partnership
        case publication
        case site
        /// `measures.csv`, `values.csv` or `outcomes.yaml` beside fixed versions of the other two,
        /// then a page that shows every measure, outcome and priority read.
        case measures, values, outcomes
    }

    /// Runs the reader chosen by the first byte of `input` on the bytes after it.
    public static func run(_ input: Data) {
        guard let first = input.first else { return }
        run(Reader.allCases[Int(first) % Reader.allCases.count], file: Data(input.dropFirst()))
    }

    /// Runs `reader` on `file`, the contents of the file it reads. One input runs at a time.
    static func run(_ reader: Reader, file: Data) {
        FuzzProject.shared.lock.withLock { FuzzProject.shared.run(reader, file: file) }
    }
}

/// The scratch project the inputs are written into, in the temporary folder, one per process.
private final class FuzzProject: @unchecked Sendable {
    static let shared = FuzzProject()

    let lock = NSLock()
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-fuzz-\(getpid())")
    let project: ProjectFolder
    /// A second project that holds nothing but `Content/site.yaml`.
    let siteProject: ProjectFolder
    let partnership: URL
    private(set) var fixedMeasures = MeasureData()

    private init() {
        try? FileManager.default.removeItem(at: root)
        atexit { try? FileManager.default.removeItem(at: FuzzProject.shared.root) }
        project = ProjectFolder(root.appendingPathComponent("project"))
        siteProject = ProjectFolder(root.appendingPathComponent("site"))
        partnership = project.content.appendingPathComponent("fuzz")
        for folder in ["news", "pages", "report", "data"] {
            try? FileManager.default.createDirectory(at: partnership.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try? FileManager.default.createDirectory(at: siteProject.content, withIntermediateDirectories: true)
        write(Data(Self.chapter.utf8), to: "report/01-introduction.md")
        write(Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), to: "logo.svg")
        fixedMeasures = measureData(nil, file: Data(), log: DiagnosticLog())
    }

    func run(_ reader: FuzzTarget.Reader, file: Data) {
        let log = DiagnosticLog()
        let documents = DocumentReader(project: project, log: log, includeDrafts: true, cache: ContentCache())
        switch reader {
        case .page:
            let url = write(file, to: "pages/page.md")
            guard let text = try? project.readText(url) else { return }
            let parts = try? FrontMatter.split(text, path: project.relativePath(url), log: log)
            render(parts?.body ?? text, path: project.relativePath(url), firstLine: parts?.bodyLine ?? 1, measures: fixedMeasures, log: log)
        case .newsItem:
            write(file, to: "news/2024-01-31-item.md")
            let news = documents.documents(in: partnership.appendingPathComponent("news"), kind: .news) { Route.newsItem("fuzz", $0) }
            for item in news {
                render(item.body, path: item.source, firstLine: item.bodyLine, measures: fixedMeasures, log: log)
            }
        case .partnership:
            let url = write(file, to: "partnership.yaml")
            guard let text = try? project.readText(url), let yaml = try? YAMLMap.parse(text, path: project.relativePath(url), log: log)
            else {
                return
            }
            _ = PartnershipReader(project: project, log: log).read(yaml, slug: "fuzz", folder: partnership)
        case .publication:
            write(file, to: "report/publication.yaml")
            _ = documents.publication(in: partnership.appendingPathComponent("report"), partnershipSlug: "fuzz")
        case .site:
            try? file.write(to: siteProject.content.appendingPathComponent("site.yaml"))
            _ = ContentLoader(project: siteProject, log: log, includeDrafts: true, cache: ContentCache()).loadSite()
        case .measures, .values, .outcomes:
            let measures = measureData(reader, file: file, log: log)
            render(Self.page(showing: measures), path: "Content/fuzz/pages/measures.md", firstLine: 1, measures: measures, log: log)
        }
    }

    @discardableResult
    private func write(_ file: Data, to path: String) -> URL {
        let url = partnership.appendingPathComponent(path)
        try? file.write(to: url)
        return url
    }

    /// Reads the data folder with `file` as the file `reader` names and fixed versions of the others.
    private func measureData(_ reader: FuzzTarget.Reader?, file: Data, log: DiagnosticLog) -> MeasureData {
        write(reader == .measures ? file : Data(Self.measuresCSV.utf8), to: "data/measures.csv")
        write(reader == .values ? file : Data(Self.valuesCSV.utf8), to: "data/values.csv")
        write(reader == .outcomes ? file : Data(Self.outcomesYAML.utf8), to: "data/outcomes.yaml")
        return MeasureReader(project: project, log: log).read(partnershipFolder: partnership)
    }

    private func render(_ body: String, path: String, firstLine: Int, measures: MeasureData, log: DiagnosticLog) {
        let document = MarkdownDocument(parsing: body, path: path, firstLine: firstLine)
        let resolver = FuzzResolver(components: MeasureComponents(data: measures, areaName: "Fuzzshire"))
        let renderer = HTMLRenderer(document: document, resolver: resolver, scope: IDScope(reserved: ["main"]), log: log)
        renderer.numbersParagraphs = true
        _ = renderer.render()
    }
}

/// Answers the renderer as a page does: addresses are checked and kept as written, and
/// components and figures are made by the real measure components.
private struct FuzzResolver: MarkdownResolver {
    let components: MeasureComponents

    func link(_ url: String, at location: SourceLocation) throws(ContentError) -> String {
        try WebAddress.checkLink(url, at: location)
        return url
    }

    func image(_ url: String, at location: SourceLocation) throws(ContentError) -> String {
        try link(url, at: location)
    }

    func component(_ name: String, _ body: String, at location: SourceLocation, tableID: String) throws(ContentError) -> String? {
        if let plan = try PlanBlocks.html(name, body, at: location, tableID: tableID, log: DiagnosticLog()) { return plan }
        if name == TaggedList.blockName { return try TaggedList(parsing: body, at: location).items.isEmpty ? "" : "<ul></ul>" }
        guard MeasureComponents.isComponent(name) else { return nil }
        return try components.block(name, options: ComponentOptions.block(body, at: location, log: DiagnosticLog()), tableID: tableID)
    }

    func figure(_ name: String, _ arguments: String, at location: SourceLocation) throws(ContentError) -> String {
        try components.inline(name, options: ComponentOptions.inline(arguments, at: location))
    }
}

extension FuzzProject {
    /// Markdown that shows (up to eight of) each of `data`'s measures, outcomes and priorities
    /// through every component and figure.
    fileprivate static func page(showing data: MeasureData) -> String {
        var markdown = "## Figures\n\n"
        for measure in data.measures.prefix(8) {
            markdown += "```measure-callout\nmeasure: \(measure.id)\n```\n\n```measure-series\nmeasure: \(measure.id)\n```\n\n"
            markdown += "In {{period \(measure.id)}}: {{value \(measure.id)}}, {{change \(measure.id)}}.\n\n"
        }
        for outcome in data.outcomes.prefix(8) {
            markdown += "```measure-table\noutcome: \(outcome.id)\n```\n\n"
        }
        for priority in data.priorities.prefix(8) {
            markdown += "```outcome-framework\npriority: \(priority.id)\n```\n\n"
        }
        return markdown
    }

    fileprivate static let chapter = "---\ntitle: Introduction\n---\nWhy this report matters.\n"

    fileprivate static let measuresCSV = """
        id,title,unit,desired_direction,source,description
        knife-crime,Knife crime offences,count,reduce,Police,Offences with a knife or sharp object
        repeat-victims,Repeat victims of domestic abuse,percentage,reduce,Police,
        stalking,Stalking offences,"rate per 1,000",increase,Police,
        homicides,Homicides,"rate per 100,000",none,Office for National Statistics,
        spend,Spending on prevention,pounds,increase,County Council,
        rank,Rank among similar areas,rank,reduce,Home Office,

        """

    fileprivate static let valuesCSV = """
        measure,period,area,value,national
        knife-crime,2021/22,,1400,1500
        knife-crime,2022/23,,1234,1300
        knife-crime,2022/23,North,720,
        repeat-victims,2022/23,,37,
        repeat-victims,2023/24,,34.5,
        stalking,2023/24,,4.5,
        homicides,2022/23,,1.2,
        homicides,2023/24,,1.2,
        spend,2022/23,,1500,
        spend,2023/24,,1200.5,
        rank,2022/23,,5,
        rank,2023/24,,3,

        """

    fileprivate static let outcomesYAML = """
        priorities:
          - id: fewer-victims
            title: Fewer victims of serious violence
            outcomes:
              - id: less-knife-crime
                title: Less knife crime
                measures: [knife-crime, rank]
              - id: safer-homes
                title: Safer homes
                measures: [repeat-victims, stalking, homicides]

        """
}
