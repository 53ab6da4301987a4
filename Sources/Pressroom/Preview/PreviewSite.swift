import Foundation

/// A project being previewed: built into memory (drafts included unless asked otherwise),
/// built again when its files change, with the pages of its last good build and the problems
/// of the last build, if it failed. `Output/` is never touched.
public final class PreviewSite: @unchecked Sendable {
    public let project: ProjectFolder
    public let includeDrafts: Bool
    /// The site's address instead of `base_url` in `Content/site.yaml`, when given.
    public let baseURL: String?
    /// What open pages are told: which pages changed, and whether the project builds.
    public let events = PreviewEvents()
    private let workspace: Workspace
    private let sink = MemorySink()
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var problems: [Diagnostic] = []

    public init(project: ProjectFolder, includeDrafts: Bool = true, baseURL: String? = nil) {
        self.project = project
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        workspace = Workspace(project: project, keepsOutput: true)
    }

    /// One file of the last good build, by its path in the site (`kent/news/index.html`), as a
    /// browser gets it: pages carry the live-reload script.
    public func file(_ path: String) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return files[path]
    }

    /// The errors of the last build; empty when it built.
    public var currentProblems: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return problems
    }

    /// Builds again and tells open pages what changed. One build at a time.
    @discardableResult
    public func rebuild() -> PreviewUpdate {
        let start = DispatchTime.now().uptimeNanoseconds
        var options = BuildOptions(includeDrafts: includeDrafts)
        options.baseURL = baseURL
        let report = workspace.build(options, into: sink)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        lock.lock()
        let hadProblems = !problems.isEmpty
        problems = report.errors
        guard report.errors.isEmpty else {
            lock.unlock()
            events.send(.problems(report.errors.map(\.description)))
            return PreviewUpdate(report: report, seconds: seconds, changedPaths: [])
        }
        let built = sink.files
        let removed = files.keys.filter { built[$0] == nil }
        let changedPaths = Set(report.changed.map(\.path))
        var served: [String: Data] = [:]
        served.reserveCapacity(built.count)
        for (path, data) in built {
            // Pages get the live-reload script once per change, not once per request.
            let kept = changedPaths.contains(path) ? nil : files[path]
            served[path] = kept ?? (ContentType.of(path).hasPrefix("text/html") ? LiveReload.inject(into: data) : data)
        }
        files = served
        lock.unlock()
        let changed = (Array(changedPaths) + removed).sorted()
        if hadProblems { events.send(.fixed) }
        if !changed.isEmpty { events.send(.reload(paths: changed)) }
        return PreviewUpdate(report: report, seconds: seconds, changedPaths: changed)
    }
}

/// What one build of a preview did.
public struct PreviewUpdate: Sendable {
    public var report: BuildReport
    public var seconds: Double
    /// The files that differ from the last good build: new, changed or gone.
    public var changedPaths: [String]
}
